package org.wangge.kernel.io.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * One self-contained HTML page (inline CSS; no scripts, images, fonts or links to anything outside
 * the page): a summary by article and by district (the GB/T 2260 county of each finding's subject,
 * see {@link DistrictResolver}), then each finding with its message and evidence, grouped by article.
 * Every piece of data is HTML-escaped; personal data that slipped into evidence or messages is masked
 * ({@link PersonalDataMask}).
 */
public final class HtmlReport implements ReportRenderer {

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#222;max-width:70em}",
            "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}",
            "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}",
            "th{background:#f3f3f3}td.n{text-align:right}",
            ".finding{border:1px solid #ddd;border-left-width:6px;border-radius:4px;padding:.5em 1em;margin:.8em 0}",
            ".VIOLATION{border-left-color:#c0392b}.WARNING{border-left-color:#e67e22}.NOTICE{border-left-color:#2980b9}",
            ".sev{font-weight:bold;font-size:.85em;padding:.1em .4em;border-radius:3px;color:#fff}",
            ".sev.VIOLATION{background:#c0392b}.sev.WARNING{background:#e67e22}.sev.NOTICE{background:#2980b9}",
            ".meta{color:#555;font-size:.9em}.ok{color:#27ae60;font-weight:bold}code{font-size:.95em}");

    private final ReportLanguage lang;
    private final DistrictResolver districts;
    private final MeasuresText measures;

    /**
     * @param lang      the language of messages and labels
     * @param districts resolves each subject's district ({@link DistrictResolver#none()} when no snapshot)
     */
    public HtmlReport(ReportLanguage lang, DistrictResolver districts) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.districts = Objects.requireNonNull(districts, "districts");
        this.measures = MeasuresText.zigong();
    }

    @Override
    public String render(CheckReport report) {
        StringBuilder b = new StringBuilder();
        String title = lang.pick("网格化服务管理合规检查", "Wangge compliance check") + " — " + report.jurisdiction() + " — " + report.asOf();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang == ReportLanguage.ZH ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p class=\"meta\">").append(esc(lang.pick("规则包 ", "Rule pack "))).append(esc(TextReport.packLine(report)))
                .append("<br>").append(esc(lang.pick("合计：", "Counts: "))).append(esc(report.summary())).append("</p>\n");
        if (report.findings().isEmpty()) {
            b.append("<p class=\"ok\">").append(esc(lang.pick("未发现不符合《办法》的情况。", "No findings: compliant with the Measures.")))
                    .append("</p>\n");
        }
        Map<Integer, List<Finding>> byArticle = TextReport.byArticle(report);
        summaryByArticle(b, byArticle);
        summaryByDistrict(b, report);
        for (Map.Entry<Integer, List<Finding>> e : byArticle.entrySet()) {
            b.append("<h2 id=\"art-").append(e.getKey()).append("\">").append(esc(TextReport.heading(e.getKey(), measures))).append("</h2>\n");
            for (Finding f : e.getValue()) {
                finding(b, f);
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /**
     * @param s any text, may be null
     * @return the text with {@code & < > " '} escaped for HTML content and attribute values
     */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    private void summaryByArticle(StringBuilder b, Map<Integer, List<Finding>> byArticle) {
        if (byArticle.isEmpty()) {
            return;
        }
        b.append("<h2>").append(esc(lang.pick("按条款汇总", "By article"))).append("</h2>\n<table>\n<tr><th>")
                .append(esc(lang.pick("条款", "Article"))).append("</th>");
        severityHeaders(b);
        b.append("</tr>\n");
        for (Map.Entry<Integer, List<Finding>> e : byArticle.entrySet()) {
            b.append("<tr><td><a href=\"#art-").append(e.getKey()).append("\">").append(esc(TextReport.heading(e.getKey(), measures)))
                    .append("</a></td>");
            counts(b, e.getValue());
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private void summaryByDistrict(StringBuilder b, CheckReport report) {
        if (report.findings().isEmpty()) {
            return;
        }
        Map<String, List<Finding>> byDistrict = new TreeMap<>((x, y) -> {
            boolean ux = x.equals(DistrictResolver.UNKNOWN);
            boolean uy = y.equals(DistrictResolver.UNKNOWN);
            return ux == uy ? x.compareTo(y) : ux ? 1 : -1; // unknown last
        });
        for (Finding f : report.findings()) {
            byDistrict.computeIfAbsent(districts.label(f.subject()), k -> new java.util.ArrayList<>()).add(f);
        }
        b.append("<h2>").append(esc(lang.pick("按区县汇总", "By district"))).append("</h2>\n<table>\n<tr><th>")
                .append(esc(lang.pick("区县（GB/T 2260）", "District (GB/T 2260)"))).append("</th>");
        severityHeaders(b);
        b.append("</tr>\n");
        for (Map.Entry<String, List<Finding>> e : byDistrict.entrySet()) {
            b.append("<tr><td>").append(esc(e.getKey())).append("</td>");
            counts(b, e.getValue());
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void severityHeaders(StringBuilder b) {
        for (Severity s : Severity.values()) {
            b.append("<th>").append(esc(s.name())).append("</th>");
        }
    }

    private static void counts(StringBuilder b, List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        for (Severity s : Severity.values()) {
            b.append("<td class=\"n\">").append(counts.getOrDefault(s, 0)).append("</td>");
        }
    }

    private void finding(StringBuilder b, Finding f) {
        String sev = f.severity().name();
        b.append("<div class=\"finding ").append(sev).append("\">\n<p><span class=\"sev ").append(sev).append("\">").append(esc(sev))
                .append("</span> <code>").append(esc(f.constraintId())).append("</code> ")
                .append(esc(f.citation().toString())).append(" (").append(esc(f.citation().toChinese())).append(") — ")
                .append(esc(f.subject().kind())).append(" <code>").append(esc(PersonalDataMask.maskText(f.subject().id()))).append("</code>")
                .append(" — ").append(esc(lang.pick("区县 ", "district "))).append(esc(districts.label(f.subject()))).append("</p>\n");
        b.append("<p>").append(esc(PersonalDataMask.maskText(lang.message(f)))).append("</p>\n");
        Map<String, String> evidence = PersonalDataMask.maskedEvidence(f);
        if (!evidence.isEmpty()) {
            b.append("<table>\n<tr><th>").append(esc(lang.pick("证据", "Evidence"))).append("</th><th>")
                    .append(esc(lang.pick("值", "Value"))).append("</th></tr>\n");
            evidence.forEach((k, v) -> b.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v)).append("</td></tr>\n"));
            b.append("</table>\n");
        }
        b.append("<p class=\"meta\">").append(esc(lang.pick("发生日 ", "Occurred on "))).append(esc(String.valueOf(f.occurredOn())));
        f.consequenceLevel().ifPresent(c -> b.append(esc(lang.pick("；第二十二条后果 ", "; Art. 22 consequence "))).append(esc(c.name())));
        b.append(esc(lang.pick("；规则 ", "; rule "))).append("<code>").append(esc(f.ruleFile())).append("</code> ")
                .append(esc("\"" + f.rule() + "\"")).append("</p>\n</div>\n");
    }
}
