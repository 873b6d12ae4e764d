package org.wangge.kernel.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A finding of a check: which provision of the Measures is breached, by what, and why.
 *
 * @param constraintId the constraint ID in the catalogue, e.g. {@code ZG-07-03}
 * @param citation     the provision, e.g. Art. 7 ¶2
 * @param severity     violation, warning or notice
 * @param subject      the element in breach
 * @param asOf         the day the check ran as of
 * @param occurredOn   the day of the conduct or state in breach
 * @param messageZh    the message in Chinese (公文 style), citing the article and quoting only its own words
 * @param messageEn    the message in English
 * @param evidence     the facts and values that made the rule fire, by name (dates ISO, enums by name: data,
 *                     not prose; the messages render them per language)
 * @param consequence  for TEXT breaches of staff duties, the Art. 22 consequence level; null otherwise, and
 *                     always null for POLICY and INDICATOR findings
 * @param rule         the rule that produced it
 * @param ruleFile     the rule file that holds the rule
 * @param basis        what makes it a breach: the text, a local policy, or an indicator (suspicion)
 * @param appliedPolicies the local parameters and decision tables it rests on (its rule's {@code @policy}), with
 *                     their values and, where recorded, the local document that adopted them; empty for a
 *                     finding on the text alone
 * @param consequenceAwaiting the Art. 22 starting level above correction that the table gives but that awaits the
 *                     circumstances (情节) an investigation records; null when none awaits (the consequence applies as it is)
 * @param personalEvidence the evidence keys that hold personal data, with its kind: the engine keeps only their masked
 *                     form in {@code evidence}, and every renderer masks them by this kind (not by what they look like),
 *                     also in a finding a host builds with raw values; empty when the evidence holds no personal data
 */
public record Finding(
        String constraintId,
        Citation citation,
        Severity severity,
        Subject subject,
        LocalDate asOf,
        LocalDate occurredOn,
        String messageZh,
        String messageEn,
        Map<String, String> evidence,
        ConsequenceLevel consequence,
        String rule,
        String ruleFile,
        Basis basis,
        List<AppliedPolicy> appliedPolicies,
        ConsequenceLevel consequenceAwaiting,
        Map<String, PersonalDataKind> personalEvidence) implements Comparable<Finding> {

    /** Copies the evidence, the policies and the kinds of personal evidence. */
    public Finding {
        personalEvidence = personalEvidence == null ? Map.of() : Map.copyOf(personalEvidence);
        evidence = Map.copyOf(evidence);
        java.util.Objects.requireNonNull(basis, "basis");
        appliedPolicies = appliedPolicies == null ? List.of() : List.copyOf(appliedPolicies);
    }

    /**
     * A finding whose evidence holds no personal data (as built before issue 18 typed it).
     *
     * @param constraintId    constraint
     * @param citation        provision
     * @param severity        severity
     * @param subject         subject
     * @param asOf            check date
     * @param occurredOn      day of the conduct or state
     * @param messageZh       Chinese message
     * @param messageEn       English message
     * @param evidence        evidence
     * @param consequence     Art. 22 level or null
     * @param rule            rule
     * @param ruleFile        rule file
     * @param basis           basis
     * @param appliedPolicies policies applied
     * @param consequenceAwaiting the level awaiting circumstances, or null
     */
    public Finding(String constraintId, Citation citation, Severity severity, Subject subject, LocalDate asOf, LocalDate occurredOn,
            String messageZh, String messageEn, Map<String, String> evidence, ConsequenceLevel consequence, String rule, String ruleFile,
            Basis basis, List<AppliedPolicy> appliedPolicies, ConsequenceLevel consequenceAwaiting) {
        this(constraintId, citation, severity, subject, asOf, occurredOn, messageZh, messageEn, evidence, consequence, rule, ruleFile,
                basis, appliedPolicies, consequenceAwaiting, Map.of());
    }

    /**
     * A finding without a consequence awaiting circumstances (as built before Art. 22's circumstances were modelled).
     *
     * @param constraintId    constraint
     * @param citation        provision
     * @param severity        severity
     * @param subject         subject
     * @param asOf            check date
     * @param occurredOn      day of the conduct or state
     * @param messageZh       Chinese message
     * @param messageEn       English message
     * @param evidence        evidence
     * @param consequence     Art. 22 level or null
     * @param rule            rule
     * @param ruleFile        rule file
     * @param basis           basis
     * @param appliedPolicies policies applied
     */
    public Finding(String constraintId, Citation citation, Severity severity, Subject subject, LocalDate asOf, LocalDate occurredOn,
            String messageZh, String messageEn, Map<String, String> evidence, ConsequenceLevel consequence, String rule, String ruleFile,
            Basis basis, List<AppliedPolicy> appliedPolicies) {
        this(constraintId, citation, severity, subject, asOf, occurredOn, messageZh, messageEn, evidence, consequence, rule, ruleFile,
                basis, appliedPolicies, null);
    }

    /**
     * A finding as built before issue 11 (by hosts' and tests' own fixtures): basis TEXT, resting on no local policy.
     *
     * @param constraintId constraint
     * @param citation     provision
     * @param severity     severity
     * @param subject      subject
     * @param asOf         check date
     * @param occurredOn   day of the conduct or state
     * @param messageZh    Chinese message
     * @param messageEn    English message
     * @param evidence     evidence
     * @param consequence  Art. 22 level or null
     * @param rule         rule
     * @param ruleFile     rule file
     */
    public Finding(String constraintId, Citation citation, Severity severity, Subject subject, LocalDate asOf, LocalDate occurredOn,
            String messageZh, String messageEn, Map<String, String> evidence, ConsequenceLevel consequence, String rule, String ruleFile) {
        this(constraintId, citation, severity, subject, asOf, occurredOn, messageZh, messageEn, evidence, consequence, rule, ruleFile,
                Basis.TEXT, List.of());
    }

    /** @return whether it is a suspicion (INDICATOR) that only an investigation can establish */
    public boolean isSuspected() {
        return basis == Basis.INDICATOR;
    }

    /** @return whether it rests on a POLICY limit that a local normative document adopted */
    public boolean restsOnAdoptedPolicy() {
        return basis == Basis.POLICY && !appliedPolicies.isEmpty() && appliedPolicies.stream().allMatch(p -> p.adoptedBy(occurredOn));
    }

    /** @return the Art. 22 consequence level, if the finding breaches a staff duty */
    public Optional<ConsequenceLevel> consequenceLevel() {
        return Optional.ofNullable(consequence);
    }

    /** @return the higher Art. 22 starting level that awaits the investigation's recorded circumstances (情节), if any */
    public Optional<ConsequenceLevel> consequenceAwaitingCircumstances() {
        return Optional.ofNullable(consequenceAwaiting);
    }

    /** @return the evidence as one line, e.g. {@code households=260, residents=700} */
    public String evidenceText() {
        return evidence.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Orders by article, paragraph, item, constraint, subject. */
    @Override
    public int compareTo(Finding o) {
        int c = citation.compareTo(o.citation);
        if (c == 0) {
            c = constraintId.compareTo(o.constraintId);
        }
        if (c == 0) {
            c = subject.compareTo(o.subject);
        }
        if (c == 0) {
            c = occurredOn.compareTo(o.occurredOn);
        }
        return c != 0 ? c : evidenceText().compareTo(o.evidenceText());
    }

    @Override
    public String toString() {
        return constraintId + " " + severity + " " + basis + " " + citation + " " + subject + " (" + evidenceText() + ")";
    }
}
