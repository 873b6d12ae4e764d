package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Severity;

/**
 * The validated metadata of one rule.
 *
 * @param name         the rule's name
 * @param file         its file
 * @param line         the line it starts on, or 0 when unknown (decision tables)
 * @param constraintId the constraint it encodes, or null for a definition or table rule
 * @param citation     the provision it cites
 * @param severity     the severity, for constraint rules
 * @param inForceFrom  the day it is in force from
 * @param definition   for a definition rule, what it derives; null otherwise
 */
public record RuleMeta(
        String name,
        String file,
        int line,
        String constraintId,
        Citation citation,
        Severity severity,
        LocalDate inForceFrom,
        String definition) {

    /** @return whether the rule encodes a constraint (rather than deriving a fact) */
    public boolean isConstraint() {
        return constraintId != null;
    }
}
