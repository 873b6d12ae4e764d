package org.wangge.kernel.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * AssertJ-style assertions on a {@link CheckReport}, for host test suites:
 *
 * <pre>{@code
 * assertThat(report).hasViolation("ZG-07-03").on("G-0001");
 * assertThat(report).hasNoFindingsUnderArticle(13);
 * }</pre>
 *
 * Failure messages list the findings that came, with their evidence, so a failing test says why.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, CheckReport> {

    private ReportAssert(CheckReport actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * @param report a report
     * @return assertions on it
     */
    public static ReportAssert assertThat(CheckReport report) {
        return new ReportAssert(report);
    }

    /**
     * Asserts at least one VIOLATION of the constraint.
     *
     * @param constraintId e.g. {@code ZG-07-03}
     * @return assertions on those findings, e.g. {@code .on(subjectId)}
     */
    public FindingsAssert hasViolation(String constraintId) {
        return hasFinding(constraintId, Severity.VIOLATION);
    }

    /**
     * Asserts at least one WARNING of the constraint.
     *
     * @param constraintId e.g. {@code ZG-08-01}
     * @return assertions on those findings
     */
    public FindingsAssert hasWarning(String constraintId) {
        return hasFinding(constraintId, Severity.WARNING);
    }

    private FindingsAssert hasFinding(String constraintId, Severity severity) {
        isNotNull();
        List<Finding> matching = actual.findings(constraintId).stream().filter(f -> f.severity() == severity).toList();
        if (matching.isEmpty()) {
            failWithMessage("expected a %s of %s, but the report has:%n%s", severity, constraintId, describe(actual.findings()));
        }
        return new FindingsAssert(constraintId, matching);
    }

    /**
     * Asserts no finding of the constraint at all.
     *
     * @param constraintId a constraint
     * @return this
     */
    public ReportAssert hasNoFinding(String constraintId) {
        isNotNull();
        List<Finding> found = actual.findings(constraintId);
        if (!found.isEmpty()) {
            failWithMessage("expected no finding of %s, but found:%n%s", constraintId, describe(found));
        }
        return this;
    }

    /**
     * Asserts no finding under an article.
     *
     * @param article the article number
     * @return this
     */
    public ReportAssert hasNoFindingsUnderArticle(int article) {
        isNotNull();
        List<Finding> found = actual.findingsUnderArticle(article);
        if (!found.isEmpty()) {
            failWithMessage("expected no finding under Art. %s, but found:%n%s", article, describe(found));
        }
        return this;
    }

    /**
     * Asserts the report has no VIOLATION.
     *
     * @return this
     */
    public ReportAssert hasNoViolations() {
        isNotNull();
        List<Finding> violations = actual.findings().stream().filter(f -> f.severity() == Severity.VIOLATION).toList();
        if (!violations.isEmpty()) {
            failWithMessage("expected no violation, but found:%n%s", describe(violations));
        }
        return this;
    }

    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (no findings)";
        }
        return findings.stream().map(f -> "  " + f.constraintId() + " " + f.severity() + " " + f.subject() + " — " + f.evidenceText())
                .collect(Collectors.joining("\n"));
    }

    /** Assertions on the findings of one constraint. */
    public static final class FindingsAssert {
        private final String constraintId;
        private final List<Finding> findings;

        FindingsAssert(String constraintId, List<Finding> findings) {
            this.constraintId = constraintId;
            this.findings = findings;
        }

        /**
         * Asserts one of the findings is about the subject with that id.
         *
         * @param subjectId the subject's id
         * @return this
         */
        public FindingsAssert on(String subjectId) {
            if (findings.stream().noneMatch(f -> f.subject().id().equals(subjectId))) {
                throw new AssertionError("expected " + constraintId + " on " + subjectId + ", but it is on:\n" + describe(findings));
            }
            return this;
        }

        /** @return the findings asserted on */
        public List<Finding> findings() {
            return findings;
        }
    }
}
