package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a constraint rule inserts (with {@code insertLogical}) when its article is breached. The
 * engine turns it into a {@link org.wangge.kernel.rules.Finding} with citation, severity and
 * messages from the rule's metadata and the constraint catalogue; because it is a logical fact, it
 * disappears by itself when the facts that made it fire change.
 *
 * <p>In a rule's consequence: {@code insertLogical(Breach.of(kcontext, "Grid", $g.id(), $asOf.date(),
 * "households", $g.households()));}
 *
 * @param constraintId the constraint ID, from the rule's {@code @constraintId} metadata
 * @param ruleName     the rule that fired
 * @param subjectKind  the kind of element in breach, e.g. {@code Grid}
 * @param subjectId    its id
 * @param occurredOn   the day of the conduct or state in breach; a breach before the rule's
 *                     in-force date gives no finding (Art. 24)
 * @param evidence     the facts and values that made the rule fire, by name, in order, typed (String for ids and
 *                     codes, numbers, Boolean, LocalDate, LocalDateTime, enums, collections of these): evidence,
 *                     never prose; the pack's messages.tsv words it per language
 */
public record Breach(
        String constraintId,
        String ruleName,
        String subjectKind,
        String subjectId,
        LocalDate occurredOn,
        Map<String, Object> evidence) {

    /** Copies the evidence. */
    public Breach {
        Objects.requireNonNull(constraintId, "constraintId");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(occurredOn, "occurredOn");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * Builds a breach from inside a rule's consequence.
     *
     * @param kcontext     the rule context ({@code kcontext} in DRL)
     * @param subjectKind  the kind of element in breach
     * @param subjectId    its id
     * @param occurredOn   the day of the conduct or state in breach
     * @param evidence     alternating names and values: {@code "households", 260, "min", 300}; values keep their type
     * @return the breach
     * @throws IllegalStateException when the rule has no {@code @constraintId} metadata
     * @throws IllegalArgumentException when the evidence is not in name/value pairs
     */
    public static Breach of(RuleContext kcontext, String subjectKind, String subjectId, LocalDate occurredOn,
            Object... evidence) {
        Object id = kcontext.getRule().getMetaData().get("constraintId");
        if (id == null) {
            throw new IllegalStateException("rule \"" + kcontext.getRule().getName()
                    + "\" inserts a Breach but has no @constraintId metadata");
        }
        if (evidence.length % 2 != 0) {
            throw new IllegalArgumentException("rule \"" + kcontext.getRule().getName()
                    + "\": evidence must be name/value pairs, got " + evidence.length + " items");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            Object value = evidence[i + 1];
            // Collections are copied in a stable order, so that a logical breach equals itself across firings.
            if (value instanceof java.util.Set<?> set && !(set instanceof java.util.SortedSet<?>)) {
                value = java.util.List.copyOf(new java.util.TreeSet<Object>(set));
            } else if (value instanceof java.util.Collection<?> c) {
                value = java.util.List.copyOf(c);
            }
            map.put(String.valueOf(evidence[i]), value);
        }
        return new Breach(String.valueOf(id), kcontext.getRule().getName(), subjectKind, subjectId, occurredOn, map);
    }
}
