package org.wangge.kernel.cli;

import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.testkit.scenario.ExpectedFinding;
import org.wangge.kernel.testkit.scenario.ScenarioResult;

/** A scenario's result in the words of the command line: what {@link ScenarioResult#describe()} says, in zh or en. */
final class ScenarioText {

    private ScenarioText() {
    }

    /**
     * @return the first line: PASS/FAIL, where, as of, and the pack by its identity (name, version, what it was made from,
     *         content hash): an edited copy or a reform never shows as the built-in pack
     */
    static String headline(ScenarioResult r, CliMessages msg) {
        return headline(r, msg, true);
    }

    /** @param withPack false for the watch, whose runs compare results (the pack's identity is on the summary line) */
    static String headline(ScenarioResult r, CliMessages msg, boolean withPack) {
        if (!withPack) {
            return msg.get(r.passed() ? "msg.test.passNoPack" : "msg.test.failNoPack", r.scenario().where(), r.scenario().asOf());
        }
        return msg.get(r.passed() ? "msg.test.pass" : "msg.test.fail", r.scenario().where(), r.scenario().asOf(), pack(r.report().pack(), msg));
    }

    /** @return the distinct identities of the packs of these results, in the order of first use */
    static String packs(java.util.List<ScenarioResult> results, CliMessages msg) {
        return String.join("; ", results.stream().map(r -> pack(r.report().pack(), msg)).distinct().toList());
    }

    /**
     * @param p   a pack's identity
     * @param msg the words
     * @return in English {@link RulePackInfo#identity()}; in Chinese the same facts in Chinese words
     */
    static String pack(RulePackInfo p, CliMessages msg) {
        if (msg.language == ReportLanguage.EN) {
            return p.identity();
        }
        String key = p.edited() ? "msg.pack.edited" : !p.reformChain().isEmpty() && p.basedOn() != null ? "msg.pack.reform"
                : p.basedOn() != null ? "msg.pack.basedOn" : "msg.pack.original";
        return msg.get(key, p.name(), p.version(), p.basedOn() == null ? "" : p.basedOn(), p.shortHash());
    }

    static String describe(ScenarioResult r, CliMessages msg) {
        return describe(r, msg, true);
    }

    /** @param withPack whether the headline names the pack (see {@link #headline(ScenarioResult, CliMessages, boolean)}) */
    static String describe(ScenarioResult r, CliMessages msg, boolean withPack) {
        if (msg.language == ReportLanguage.EN) {
            String d = r.describe();
            return withPack ? d : headline(r, msg, false) + d.substring(d.indexOf('\n'));
        }
        StringBuilder b = new StringBuilder(headline(r, msg, withPack)).append('\n');
        if (r.passed()) {
            return b.toString();
        }
        var s = r.scenario();
        b.append("  ").append(msg.get(s.only() ? "msg.test.expectedOnly" : "msg.test.expected")).append('\n');
        if (s.expected().isEmpty()) {
            b.append("    ").append(msg.get("msg.test.none")).append('\n');
        }
        s.expected().forEach(e -> b.append("    ").append(msg.get(r.missing().contains(e) ? "msg.test.missing" : "msg.test.ok")).append(' ')
                .append(expected(e, msg)).append("  ").append(msg.get("msg.test.line", e.line())).append('\n'));
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

    /** @return an expected finding in Chinese: {@code ZG-08-01 对象 G-COMM-1（WARNING，TEXT）} */
    static String expected(ExpectedFinding e, CliMessages msg) {
        if (msg.language == ReportLanguage.EN) {
            return e.toString();
        }
        StringBuilder b = new StringBuilder(e.constraintId());
        if (e.subjectId() != null) {
            b.append(msg.get("msg.test.onSubject", e.subjectId()));
        }
        java.util.List<String> what = new java.util.ArrayList<>();
        if (e.severity() != null) {
            what.add(e.severity().name());
        }
        if (e.basis() != null) {
            what.add(e.basis().name());
        }
        if (!what.isEmpty()) {
            b.append('（').append(String.join("，", what)).append('）');
        }
        return b.toString();
    }

    static String summary(int passed, int failed, int total, CliMessages msg) {
        return msg.get("msg.test.summary", passed, failed, total);
    }
}
