/** Rule-pack loading, validation, sandboxing and sessions. Not API: may change without notice. */
package org.wangge.kernel.rules.internal;
