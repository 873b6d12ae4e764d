package org.wangge.kernel.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of a check: findings ordered by article, counts by severity, and the rule pack that
 * produced them.
 *
 * @param pack         the pack in force on the as-of date
 * @param jurisdiction the snapshot's jurisdiction
 * @param asOf         the day the check ran as of
 * @param findings     the findings, ordered by article, paragraph, item, constraint and subject
 */
public record CheckReport(RulePackInfo pack, String jurisdiction, LocalDate asOf, List<Finding> findings) {

    /** Sorts and copies the findings. */
    public CheckReport {
        findings = findings.stream().sorted().toList();
    }

    /** @return the number of findings of each severity (every severity present, zero when none) */
    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0L);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        return counts;
    }

    /**
     * @param constraintId a constraint ID
     * @return the findings of that constraint
     */
    public List<Finding> findings(String constraintId) {
        return findings.stream().filter(f -> f.constraintId().equals(constraintId)).toList();
    }

    /**
     * @param article an article number
     * @return the findings under that article
     */
    public List<Finding> findingsUnderArticle(int article) {
        return findings.stream().filter(f -> f.citation().article() == article).toList();
    }

    /** @return whether the report has no violation (warnings and notices allowed) */
    public boolean hasNoViolations() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.VIOLATION);
    }

    /** @return a short summary, e.g. {@code 3 VIOLATION, 1 WARNING, 0 NOTICE} */
    public String summary() {
        return countsBySeverity().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
