/**
 * Flowable BPMN processes for handling cases (Art. 14, 15, 23), filing grid changes (Art. 7) and admitting
 * matters (Art. 10, 11), with a façade in domain words. Filled by issue 4; this module uses kernel-rules only
 * through its public API (enforced by ArchUnit).
 */
package org.wangge.kernel.process;
