package org.wangge.kernel.rules;

/** How grave a finding is (CATALOGUE.md, "Severity"). */
public enum Severity {
    /** A "shall" (应当) or "shall not" (不得) of the text is breached. */
    VIOLATION,
    /** A "generally" (一般) provision, or a "timely" (及时) limit a local policy parameter turns into a number. */
    WARNING,
    /** Information, not a breach: e.g. a subject outside the pack's jurisdiction (ZG-02-01). */
    NOTICE
}
