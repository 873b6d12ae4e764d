package org.wangge.kernel.cli;

import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.testkit.scenario.ScenarioResult;

/** A scenario's result in the words of the command line: what {@link ScenarioResult#describe()} says, in zh or en. */
final class ScenarioText {

    private ScenarioText() {
    }

    /** @return the first line: PASS/FAIL, where, as of, pack */
    static String headline(ScenarioResult r, CliMessages msg) {
        return msg.get(r.passed() ? "msg.test.pass" : "msg.test.fail", r.scenario().where(), r.scenario().asOf(), r.report().pack().version());
    }

    static String describe(ScenarioResult r, CliMessages msg) {
        if (msg.language == ReportLanguage.EN) {
            return r.describe();
        }
        StringBuilder b = new StringBuilder(headline(r, msg)).append('\n');
        if (r.passed()) {
            return b.toString();
        }
        var s = r.scenario();
        b.append("  ").append(msg.get(s.only() ? "msg.test.expectedOnly" : "msg.test.expected")).append('\n');
        if (s.expected().isEmpty()) {
            b.append("    ").append(msg.get("msg.test.none")).append('\n');
        }
        s.expected().forEach(e -> b.append("    ").append(msg.get(r.missing().contains(e) ? "msg.test.missing" : "msg.test.ok")).append(' ')
                .append(e).append("  ").append(msg.get("msg.test.line", e.line())).append('\n'));
        if (!s.absent().isEmpty()) {
            b.append("  ").append(msg.get("msg.test.mustNotAppear", String.join(", ", s.absent()))).append('\n');
        }
        b.append("  ").append(msg.get("msg.test.came")).append('\n');
        if (r.report().findings().isEmpty()) {
            b.append("    ").append(msg.get("msg.test.none")).append('\n');
        }
        for (Finding f : r.report().findings()) {
            boolean un = r.unexpected().contains(f);
            b.append("    ").append(un ? msg.get("msg.test.unexpected") + " " : "    ").append(f.constraintId()).append(' ')
                    .append(f.severity()).append(' ').append(f.basis()).append(' ').append(f.subject()).append('\n');
            if (un) {
                b.append("        ").append(msg.get("msg.test.evidence", f.evidenceText())).append('\n');
                b.append("        ").append(f.messageZh()).append('\n');
            }
        }
        return b.toString();
    }

    static String summary(int passed, int failed, int total, CliMessages msg) {
        return msg.get("msg.test.summary", passed, failed, total);
    }
}
