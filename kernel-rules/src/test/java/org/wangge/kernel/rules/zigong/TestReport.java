package org.wangge.kernel.rules.zigong;

import java.util.List;
import java.util.Map;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.traceability.AssertedOutcomes;

/**
 * A {@link CheckReport} as the rule tests see it: asking for one constraint's findings (or one article's) records
 * the outcome the test then asserts on ({@link AssertedOutcomes}).
 *
 * @param report the engine's report
 */
public record TestReport(CheckReport report) {

    /**
     * @param constraintId a constraint
     * @return its findings (the outcome is recorded)
     */
    public List<Finding> findings(String constraintId) {
        List<Finding> found = report.findings(constraintId);
        AssertedOutcomes.record(constraintId, !found.isEmpty());
        return found;
    }

    /**
     * @param article an article
     * @return the findings under it (recorded: each constraint found fired; none found, every constraint of the
     *         article absent)
     */
    public List<Finding> findingsUnderArticle(int article) {
        List<Finding> found = report.findingsUnderArticle(article);
        if (found.isEmpty()) {
            RuleTestSupport.ENGINE.catalogue(report.asOf()).values().stream().filter(c -> c.citation().article() == article)
                    .forEach(c -> AssertedOutcomes.record(c.id(), false));
        } else {
            found.forEach(f -> AssertedOutcomes.record(f.constraintId(), true));
        }
        return found;
    }

    /** @return every finding (each constraint found is recorded as fired) */
    public List<Finding> findings() {
        report.findings().forEach(f -> AssertedOutcomes.record(f.constraintId(), true));
        return report.findings();
    }

    /** @return see {@link CheckReport#countsBySeverity()} */
    public Map<Severity, Long> countsBySeverity() {
        return report.countsBySeverity();
    }

    /** @return see {@link CheckReport#hasNoViolations()} */
    public boolean hasNoViolations() {
        return report.hasNoViolations();
    }

    /** @return see {@link CheckReport#summary()} */
    public String summary() {
        return report.summary();
    }

    /** @return see {@link CheckReport#pack()} */
    public RulePackInfo pack() {
        return report.pack();
    }

    /** @return see {@link CheckReport#jurisdiction()} */
    public String jurisdiction() {
        return report.jurisdiction();
    }

    /** @return see {@link CheckReport#asOf()} */
    public java.time.LocalDate asOf() {
        return report.asOf();
    }
}
