package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.util.List;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Verb;

/**
 * The validated metadata of one rule.
 *
 * @param name         the rule's name
 * @param file         its file
 * @param line         the line it starts on, or 0 when unknown (decision tables)
 * @param constraintId the constraint it encodes, or null for a definition or table rule
 * @param citation     the provision it cites
 * @param severity     the severity it declares, for constraint rules (the engine may raise a POLICY WARNING)
 * @param inForceFrom  the day it is in force from
 * @param definition   for a definition rule, what it derives; null otherwise
 * @param basis        for constraint rules, its {@code @basis}; null otherwise
 * @param verb         for constraint rules, the verb of the provision it encodes (its {@code @verb}, or the
 *                     constraint's only verb)
 * @param policies     the parameter names and {@code table:} names of its {@code @policy}, in order; empty when none
 * @param messageKey   for constraint rules, the key of its template in messages.tsv ({@code @message}, default the
 *                     constraint ID)
 */
public record RuleMeta(
        String name,
        String file,
        int line,
        String constraintId,
        Citation citation,
        Severity severity,
        LocalDate inForceFrom,
        String definition,
        Basis basis,
        Verb verb,
        List<String> policies,
        String messageKey) {

    /** Copies the policies. */
    public RuleMeta {
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /**
     * Metadata of a rule written before bases (a definition rule).
     *
     * @param name         name
     * @param file         file
     * @param line         line
     * @param constraintId constraint
     * @param citation     citation
     * @param severity     severity
     * @param inForceFrom  in force from
     * @param definition   definition
     */
    public RuleMeta(String name, String file, int line, String constraintId, Citation citation, Severity severity,
            LocalDate inForceFrom, String definition) {
        this(name, file, line, constraintId, citation, severity, inForceFrom, definition, null, null, List.of(), constraintId);
    }

    /** @return whether the rule encodes a constraint (rather than deriving a fact) */
    public boolean isConstraint() {
        return constraintId != null;
    }
}
