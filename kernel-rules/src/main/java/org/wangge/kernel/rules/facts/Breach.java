package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.wangge.kernel.rules.PersonalDataKind;

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
 *                     never prose; the pack's messages.tsv words it per language. Personal data is typed (issue 18 ¶2):
 *                     the model's {@code PersonName}, {@code ResidentIdNumber}, {@code MobileNumber} or
 *                     {@code LandlineNumber}, or a {@link Personal} that {@link #of} makes of a plain string under a
 *                     key the rule declares personal with {@code @personalEvidence("key=KIND, …")} (a
 *                     {@link PersonalDataKind}); the finding keeps only its masked form and its kind
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

    /** The rule metadata that declares which evidence keys hold personal data: {@code @personalEvidence("idNumber=RESIDENT_ID_NUMBER")}. */
    public static final String PERSONAL_EVIDENCE = "personalEvidence";

    /**
     * A personal value given as a plain string under a key the rule declares personal: only its masked form is kept.
     *
     * @param kind   its kind
     * @param masked its masked form
     */
    public record Personal(PersonalDataKind kind, String masked) {
        /** @return the masked form, never the raw value */
        @Override
        public String toString() {
            return masked;
        }
    }

    /**
     * Reads a rule's {@code @personalEvidence} metadata.
     *
     * @param declaration {@code key=KIND} pairs separated by commas, e.g. {@code idNumber=RESIDENT_ID_NUMBER, name=PERSON_NAME}; may be null
     * @return the declared kind per key
     * @throws IllegalArgumentException naming the pair and the kinds allowed, when a pair is malformed or its kind unknown
     */
    public static Map<String, PersonalDataKind> declaredPersonalEvidence(String declaration) {
        Map<String, PersonalDataKind> out = new LinkedHashMap<>();
        if (declaration == null || declaration.isBlank()) {
            return out;
        }
        for (String pair : declaration.split(",")) {
            String[] kv = pair.strip().split("=", -1);
            PersonalDataKind kind = null;
            if (kv.length == 2 && !kv[0].isBlank()) {
                try {
                    kind = PersonalDataKind.valueOf(kv[1].strip());
                } catch (IllegalArgumentException e) {
                    kind = null;
                }
            }
            if (kind == null) {
                throw new IllegalArgumentException("@" + PERSONAL_EVIDENCE + " \"" + pair.strip() + "\" is not key=KIND with KIND one of "
                        + java.util.Arrays.toString(PersonalDataKind.values()) + ", e.g. @" + PERSONAL_EVIDENCE + "(\"idNumber=RESIDENT_ID_NUMBER\")");
            }
            out.put(kv[0].strip(), kind);
        }
        return out;
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
        Object declared = kcontext.getRule().getMetaData().get(PERSONAL_EVIDENCE);
        Map<String, PersonalDataKind> personal = declaredPersonalEvidence(declared == null ? null : String.valueOf(declared));
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            Object value = evidence[i + 1];
            PersonalDataKind kind = personal.get(String.valueOf(evidence[i]));
            if (kind != null && value != null && PersonalDataKind.ofValue(value).isEmpty() && !(value instanceof Personal)) {
                // a personal value the rule passes as plain text: masked here, so the raw value never reaches the finding
                value = new Personal(kind, kind.mask(String.valueOf(value)));
            }
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
