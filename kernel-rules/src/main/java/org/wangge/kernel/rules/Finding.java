package org.wangge.kernel.rules;

import java.time.LocalDate;
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
 * @param messageZh    the message in Chinese, quoting the article
 * @param messageEn    the message in English, quoting the article
 * @param evidence     the facts and values that made the rule fire, by name
 * @param consequence  for breaches of staff duties, the Art. 22 consequence level; null otherwise
 * @param rule         the rule that produced it
 * @param ruleFile     the rule file that holds the rule
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
        String ruleFile) implements Comparable<Finding> {

    /** Copies the evidence. */
    public Finding {
        evidence = Map.copyOf(evidence);
    }

    /** @return the Art. 22 consequence level, if the finding breaches a staff duty */
    public Optional<ConsequenceLevel> consequenceLevel() {
        return Optional.ofNullable(consequence);
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
        return constraintId + " " + severity + " " + citation + " " + subject + " (" + evidenceText() + ")";
    }
}
