/**
 * Not API: the process steps the BPMN files call (beans {@code wanggeCase}, {@code wanggeGrid}, {@code wanggeMatter},
 * {@code wanggeMisconduct}, {@code wanggeAudit}), the engine configuration and the per-engine clock. Public only
 * because the engine's expression language calls them.
 */
package org.wangge.kernel.process.internal;
