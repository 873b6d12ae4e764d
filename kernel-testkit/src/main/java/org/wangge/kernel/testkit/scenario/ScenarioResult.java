package org.wangge.kernel.testkit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;

/**
 * The outcome of one scenario.
 *
 * @param scenario   the scenario
 * @param report     the check's report
 * @param missing    expected findings that did not come
 * @param unexpected findings that came but were not allowed (with {@code only: true}, or listed as absent)
 * @param time       how long the scenario's check took (zero when not measured)
 */
public record ScenarioResult(Scenario scenario, CheckReport report, List<ExpectedFinding> missing, List<Finding> unexpected, Duration time) {

    /** Copies the lists; a null time is zero. */
    public ScenarioResult {
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        time = time == null ? Duration.ZERO : time;
    }

    /**
     * A result whose time was not measured.
     *
     * @param scenario   the scenario
     * @param report     the check's report
     * @param missing    expected findings that did not come
     * @param unexpected findings that came but were not allowed
     */
    public ScenarioResult(Scenario scenario, CheckReport report, List<ExpectedFinding> missing, List<Finding> unexpected) {
        this(scenario, report, missing, unexpected, Duration.ZERO);
    }

    /** @return whether the scenario passed */
    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    /**
     * @return what was expected, what came, and the evidence of each unexpected finding; the headline names the pack by
     *         its {@link org.wangge.kernel.rules.RulePackInfo#identity() identity} (an edited copy or a reform says so)
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(passed() ? "PASS " : "FAIL ").append(scenario.where()).append(" (as of ").append(scenario.asOf())
                .append(", pack ").append(report.pack().identity()).append(")\n");
        if (passed()) {
            return b.toString();
        }
        b.append("  expected").append(scenario.only() ? " (only these)" : "").append(":\n");
        if (scenario.expected().isEmpty()) {
            b.append("    (no findings)\n");
        }
        scenario.expected().forEach(e -> b.append("    ").append(missing.contains(e) ? "MISSING " : "ok      ").append(e)
                .append("  [line ").append(e.line()).append("]\n"));
        if (!scenario.absent().isEmpty()) {
            b.append("  must not appear: ").append(String.join(", ", scenario.absent())).append('\n');
        }
        b.append("  came:\n");
        if (report.findings().isEmpty()) {
            b.append("    (no findings)\n");
        }
        for (Finding f : report.findings()) {
            b.append("    ").append(unexpected.contains(f) ? "UNEXPECTED " : "           ").append(f.constraintId()).append(' ')
                    .append(f.severity()).append(' ').append(f.basis()).append(' ').append(f.subject()).append('\n');
            if (unexpected.contains(f)) {
                b.append("        evidence: ").append(f.evidenceText()).append('\n');
                b.append("        ").append(f.messageEn()).append('\n');
            }
        }
        return b.toString();
    }

    /** @return a one-line summary */
    public String summary() {
        return (passed() ? "PASS " : "FAIL ") + scenario.where()
                + (passed() ? "" : ": missing " + missing.stream().map(ExpectedFinding::toString).collect(Collectors.joining(", "))
                        + "; unexpected " + unexpected.stream().map(f -> f.constraintId() + " " + f.subject().id()).collect(Collectors.joining(", ")));
    }
}
