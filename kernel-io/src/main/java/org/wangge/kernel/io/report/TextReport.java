package org.wangge.kernel.io.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * A plain-text report for a terminal: findings grouped by article (heading
 * {@code Art. 7 第七条 Dividing and coding grids}), each with its constraint ID, severity, subject,
 * message and evidence; then the counts by severity and the rule pack. With waivers ({@link #withWaivers}) each
 * finding a waiver covers is marked waived (or its waiver expired), and a last section lists the expired waivers
 * and the unused ones. Personal data that slipped into evidence or messages is masked ({@link PersonalDataMask}).
 */
public final class TextReport implements ReportRenderer {

    private final ReportLanguage lang;
    private final MeasuresText measures;
    private final List<Waiver> waivers;
    private final DistrictResolver districts;

    /**
     * @param lang the language of messages and labels
     */
    public TextReport(ReportLanguage lang) {
        this(lang, MeasuresText.zigong());
    }

    /**
     * @param lang     the language of messages and labels
     * @param measures the text of the Measures, for article titles
     */
    public TextReport(ReportLanguage lang, MeasuresText measures) {
        this(lang, measures, List.of(), DistrictResolver.none());
    }

    private TextReport(ReportLanguage lang, MeasuresText measures, List<Waiver> waivers, DistrictResolver districts) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.measures = Objects.requireNonNull(measures, "measures");
        this.waivers = List.copyOf(waivers);
        this.districts = Objects.requireNonNull(districts, "districts");
    }

    /**
     * @param w         documented exceptions
     * @param districts resolves findings' districts, for waivers limited to one
     * @return a renderer that marks the findings they cover and lists the expired and unused waivers ({@link WaiverCheck})
     */
    public TextReport withWaivers(List<Waiver> w, DistrictResolver districts) {
        return new TextReport(lang, measures, w, districts);
    }

    @Override
    public String render(CheckReport report) {
        WaiverCheck judged = WaiverCheck.of(report, waivers, districts);
        StringBuilder b = new StringBuilder();
        b.append(lang.pick("网格化服务管理合规检查", "Wangge compliance check")).append(" — ")
                .append(lang.pick("辖区 ", "jurisdiction ")).append(report.jurisdiction())
                .append(lang.pick("，检查日 ", ", as of ")).append(report.asOf()).append('\n');
        b.append(lang.pick("规则包 ", "Rule pack ")).append(packLine(report, lang)).append("\n\n");
        if (report.findings().isEmpty()) {
            b.append(lang.pick("未发现不符合《办法》的情况。", "No findings: compliant with the Measures.")).append("\n\n");
        }
        for (Map.Entry<Integer, List<Finding>> e : byArticle(report).entrySet()) {
            int article = e.getKey();
            b.append(heading(article, measures)).append('\n');
            for (Finding f : e.getValue()) {
                appendFinding(b, f, judged);
            }
            b.append('\n');
        }
        Map<Severity, Long> counts = report.countsBySeverity();
        b.append(lang.pick("合计：", "Counts: "));
        boolean first = true;
        for (Severity s : Severity.values()) {
            b.append(first ? "" : ", ").append(counts.get(s)).append(' ').append(s);
            first = false;
        }
        if (!waivers.isEmpty()) {
            b.append(lang.pick("（其中已豁免 ", " (waived: ")).append(judged.waived().size()).append(lang.pick("）", ")"));
        }
        b.append('\n');
        appendWaivers(b, judged);
        b.append(lang.pick("规则包版本：", "Pack version: ")).append(report.pack().name()).append(' ')
                .append(report.pack().version()).append('\n');
        b.append(lang.pick("规则包标识：", "Pack identity: ")).append(lang.packIdentity(report.pack())).append('\n');
        return b.toString();
    }

    /**
     * @param article  an article number
     * @param measures the text of the Measures
     * @return e.g. {@code Art. 7 第七条 Dividing and coding grids}
     */
    public static String heading(int article, MeasuresText measures) {
        return "Art. " + article + " " + MeasuresText.chineseArticle(article)
                + measures.titleEn(article).map(t -> " " + t).orElse("");
    }

    /**
     * @param report a report
     * @return its findings grouped by article, in article order
     */
    static Map<Integer, List<Finding>> byArticle(CheckReport report) {
        Map<Integer, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            out.computeIfAbsent(f.citation().article(), a -> new java.util.ArrayList<>()).add(f);
        }
        return out;
    }

    static String packLine(CheckReport report, ReportLanguage lang) {
        var p = report.pack();
        return lang.pick(lang.packName(p) + "（" + ReportLabels.date(p.inForceFrom(), lang) + "起施行，辖区 " + p.jurisdiction()
                + "，sha256:" + p.shortHash() + "）",
                p.displayName() + " (in force from " + p.inForceFrom() + ", jurisdiction " + p.jurisdiction() + ", sha256:" + p.shortHash() + ")");
    }

    private void appendWaivers(StringBuilder b, WaiverCheck judged) {
        if (waivers.isEmpty()) {
            return;
        }
        b.append(lang.pick("豁免：共 ", "Waivers: ")).append(waivers.size()).append(lang.pick(" 项，豁免发现 ", " given, ")).append(judged.waived().size())
                .append(lang.pick(" 项，已过期 ", " finding(s) waived, ")).append(judged.expired().size()).append(lang.pick(" 项，未用到 ", " expired, "))
                .append(judged.unused().size()).append(lang.pick(" 项", " unused")).append('\n');
        for (Waiver w : judged.expired()) {
            b.append("  ").append(lang.pick("已过期  ", "EXPIRED  ")).append(waiverLine(w)).append('\n');
            b.append("      ").append(lang.pick("期满日早于检查日，检查不通过：续期（新的期满日和审批）或删除。",
                    "its expiry is before the check's as-of date, so the check fails: renew it (a new expiry and approval) or remove it.")).append('\n');
        }
        for (Waiver w : judged.unused()) {
            b.append("  ").append(lang.pick("未用到  ", "UNUSED   ")).append(waiverLine(w)).append('\n');
            b.append("      ").append(lang.pick("未匹配任何发现（警告）：可能已整改，或约束编号、对象写错。",
                    "it matches no finding (a warning): the matter may be resolved, or the constraint or subject is misspelt.")).append('\n');
        }
    }

    private String waiverLine(Waiver w) {
        return (w.source() == null ? "" : w.source() + "  ") + w.what() + lang.pick("，至 ", " until ") + w.expiresOn()
                + (w.approvedBy() == null ? "" : lang.pick("，批准人 ", ", approved by ") + w.approvedByMasked()
                        + (w.approvedOn() == null ? "" : lang.pick("（", " on ") + w.approvedOn() + lang.pick("）", "")))
                + lang.pick("：", ": ") + PersonalDataMask.maskText(w.justification());
    }

    private void appendFinding(StringBuilder b, Finding f, WaiverCheck judged) {
        b.append("  ").append(f.constraintId()).append("  ").append(f.severity()).append("  ")
                .append(f.citation()).append(" (").append(f.citation().toChinese()).append(")  ")
                .append(f.subject().kind()).append(' ').append(PersonalDataMask.maskText(f.subject().id())).append('\n');
        judged.waiverOf(f).ifPresent(w -> b.append("      ").append(judged.stateOf(f) == WaiverCheck.State.WAIVED
                ? lang.pick("[已豁免，至 ", "[WAIVED until ") + w.expiresOn()
                : lang.pick("[豁免已过期：", "[WAIVER EXPIRED on ") + w.expiresOn() + lang.pick("，不再豁免", ", no longer waived"))
                .append(w.source() == null ? "" : " — " + w.source()).append(lang.pick("：", ": ")).append(PersonalDataMask.maskText(w.justification()))
                .append("]\n"));
        b.append("      ").append(indent(PersonalDataMask.maskText(lang.message(f)))).append('\n');
        String evidence = PersonalDataMask.maskedEvidenceText(f);
        b.append("      ").append(lang.pick("证据：", "evidence: ")).append(evidence.isEmpty() ? "—" : evidence).append('\n');
        b.append("      ").append(lang.pick("发生日 ", "occurred on ")).append(f.occurredOn());
        f.consequenceLevel().ifPresent(c -> b.append(lang.pick("；第二十二条后果 ", "; Art. 22 consequence ")).append(c));
        b.append(lang.pick("；规则 ", "; rule ")).append(f.ruleFile()).append(" \"").append(f.rule()).append("\"\n");
    }

    private static String indent(String text) {
        return text == null ? "" : text.replace("\n", "\n      ");
    }
}
