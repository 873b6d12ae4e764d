package org.wangge.kernel.io.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.wangge.kernel.io.history.CheckHistory;
import org.wangge.kernel.io.history.RecordedCheck;
import org.wangge.kernel.io.history.TrackedFinding;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * The HTML report: one self-contained page (a dashboard) that opens without a network. It is rendered from a
 * FreeMarker template ({@code dashboard.ftlh}); its charts are drawn by Apache ECharts, whose {@code echarts.min.js}
 * is read from the ECharts WebJar on the class path at render time and inlined. The page has counts by severity and
 * basis; an article × district heatmap whose cells filter the findings; findings per township within a district; a
 * table of findings with filters (article, district, township, severity, basis, subject kind), search, sort and
 * paging, each row opening to its message and evidence; the text of every cited article inside the page; print
 * styles; and, with a {@linkplain #withHistory(CheckHistory) history}, the trend by article over the recorded checks,
 * each open finding's status and age, and the resolved findings. A Chinese page is wholly Chinese (违规/警示/提示,
 * 证据, 依据), an English page wholly English. Every piece of data is escaped (by the template, and by the page's
 * script, which writes text only); personal data is masked ({@link PersonalDataMask}).
 */
public final class HtmlReport implements ReportRenderer {

    /**
     * The page's font stack: the CJK fonts of Linux desktops (Noto Sans CJK, Source Han Sans, WenQuanYi) as well as
     * those of macOS and Windows, so that Chinese text shows on each.
     */
    public static final String FONT_STACK = String.join(", ", "system-ui", "-apple-system", "\"Segoe UI\"", "\"Noto Sans CJK SC\"",
            "\"Noto Sans SC\"", "\"Source Han Sans SC\"", "\"Source Han Sans CN\"", "\"WenQuanYi Micro Hei\"", "\"WenQuanYi Zen Hei\"",
            "\"PingFang SC\"", "\"Hiragino Sans GB\"", "\"Microsoft YaHei\"", "\"Noto Sans\"", "Roboto", "\"Helvetica Neue\"", "Arial",
            "sans-serif");

    /** Where the ECharts WebJar keeps its files, below {@code META-INF/resources/webjars/echarts/VERSION/}. */
    static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    private static final Configuration FREEMARKER = configuration();
    private static volatile String echarts;

    private final ReportLanguage lang;
    private final DistrictResolver districts;
    private final MeasuresText measures;
    private final CheckHistory history;
    private final List<Waiver> waivers;

    /**
     * @param lang      the language of messages and labels
     * @param districts resolves each subject's district ({@link DistrictResolver#none()} when no snapshot)
     */
    public HtmlReport(ReportLanguage lang, DistrictResolver districts) {
        this(lang, districts, null, List.of());
    }

    private HtmlReport(ReportLanguage lang, DistrictResolver districts, CheckHistory history, List<Waiver> waivers) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.districts = Objects.requireNonNull(districts, "districts");
        this.measures = MeasuresText.zigong();
        this.history = history;
        this.waivers = List.copyOf(waivers);
    }

    /**
     * @param h the history of the report's check in the compliance ledger
     * @return a renderer that also shows the trend, each finding's status and age, and the resolved findings
     */
    public HtmlReport withHistory(CheckHistory h) {
        return new HtmlReport(lang, districts, Objects.requireNonNull(h, "history"), waivers);
    }

    /**
     * @param w documented exceptions: the findings they cover are marked waived (or their waiver expired), and a
     *           section lists the expired waivers (each fails the check) and the unused ones ({@link WaiverCheck})
     * @return a renderer that marks them
     */
    public HtmlReport withWaivers(List<Waiver> w) {
        return new HtmlReport(lang, districts, history, w);
    }

    @Override
    public String render(CheckReport report) {
        Map<String, Object> model = new LinkedHashMap<>();
        String title = lang.pick("网格化服务管理合规检查", "Grid service management compliance check");
        model.put("htmlLang", lang == ReportLanguage.ZH ? "zh-CN" : "en");
        model.put("zh", lang == ReportLanguage.ZH);
        model.put("colon", lang.pick("：", ": "));
        model.put("title", title + " — " + ReportLabels.district(report.jurisdiction(), knownName(report.jurisdiction()), lang) + " — "
                + ReportLabels.date(report.asOf(), lang));
        model.put("heading", title);
        model.put("jurisdiction", ReportLabels.district(report.jurisdiction(), knownName(report.jurisdiction()), lang));
        model.put("asOf", ReportLabels.date(report.asOf(), lang));
        model.put("pack", packLine(report));
        model.put("packHash", "sha256:" + report.pack().shortHash());
        model.put("css", resource("dashboard.css").replace("/*FONTS*/", FONT_STACK));
        model.put("script", resource("dashboard.js"));
        model.put("echarts", echarts());
        model.put("t", words());
        model.put("total", report.findings().size());
        Map<Severity, Long> counts = report.countsBySeverity();
        List<Map<String, Object>> sev = new ArrayList<>();
        for (Severity s : Severity.values()) {
            sev.add(Map.of("name", s.name(), "label", ReportLabels.severity(s, lang), "count", counts.get(s)));
        }
        model.put("severities", sev);
        Map<Basis, Long> byBasis = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            byBasis.put(b, 0L);
        }
        report.findings().forEach(f -> byBasis.merge(f.basis(), 1L, Long::sum));
        List<Map<String, Object>> bases = new ArrayList<>();
        byBasis.forEach((b, n) -> bases.add(Map.of("name", b.name(), "label", ReportLabels.basis(b, lang), "count", n)));
        model.put("bases", bases);
        model.put("articles", articleTexts());
        model.put("history", history != null);
        if (history != null) {
            model.put("newCount", history.newCount());
            model.put("persistingCount", history.persistingCount());
            model.put("resolvedCount", history.resolved().size());
            model.put("checkCount", history.checks().size());
            model.put("previous", history.previous().map(p -> ReportLabels.date(p.asOf(), lang)).orElse(""));
            List<Map<String, Object>> resolved = new ArrayList<>();
            ReportLabels labels = ReportLabels.shared();
            for (TrackedFinding t : history.resolved()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("constraint", t.constraintId());
                r.put("article", t.article());
                r.put("articleLabel", articleLabel(t.article()));
                r.put("severity", ReportLabels.severity(t.severity(), lang));
                r.put("severityName", t.severity().name());
                r.put("kind", labels.subjectKind(t.subjectKind(), lang));
                r.put("id", t.subjectId());
                r.put("firstSeen", ReportLabels.date(t.firstSeen(), lang));
                r.put("age", t.ageDays());
                resolved.add(r);
            }
            model.put("resolved", resolved);
        }
        WaiverCheck judged = WaiverCheck.of(report, waivers, districts);
        model.put("waivers", !waivers.isEmpty());
        model.put("waivedCount", judged.waived().size());
        model.put("expiredWaivers", waiverRows(judged.expired()));
        model.put("unusedWaivers", waiverRows(judged.unused()));
        model.put("dataJson", data(report, judged).replace("<", "\\u003c")); // no tag can start inside the script element
        try {
            Template template = FREEMARKER.getTemplate("dashboard.ftlh");
            StringWriter out = new StringWriter(1 << 20);
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HTML report's template", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the HTML report's template failed: " + e.getMessage(), e);
        }
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

    /** @return the version of the ECharts WebJar on the class path */
    public static String echartsVersion() {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts WebJar (org.webjars.npm:echarts) is not on the class path: the HTML report needs it");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String echarts() {
        String e = echarts;
        if (e == null) {
            String path = "META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js";
            try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the ECharts WebJar has no " + path);
                }
                e = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            echarts = e;
        }
        return e;
    }

    private String packLine(CheckReport report) {
        var p = report.pack();
        // the content hash is an identifier, not a word: the page shows it as code (<code> in the template)
        return lang.pick("规则包 " + lang.packName(p) + "（" + ReportLabels.date(p.inForceFrom(), lang) + "起施行，内容校验值",
                "rule pack " + p.displayName() + " (in force from " + p.inForceFrom() + ", content");
    }

    private static String knownName(String code) {
        return DivisionCode.isValid(code) ? DivisionCode.of(code).knownName().orElse(null) : null;
    }

    private String articleLabel(int article) {
        return lang == ReportLanguage.ZH ? MeasuresText.chineseArticle(article)
                : "Art. " + article + measures.titleEn(article).map(t -> " " + t).orElse("");
    }

    private List<Map<String, Object>> articleTexts() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int a : measures.articles()) {
            Optional<String> text = lang == ReportLanguage.ZH ? measures.chinese(a) : measures.english(a);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", a);
            m.put("label", articleLabel(a));
            m.put("text", text.map(this::articleText).orElse(""));
            out.add(m);
        }
        return out;
    }

    /** The article's text as shown: markdown marks and editor's notes out; on an English page, no Chinese. */
    private String articleText(String t) {
        String s = t.replace("**", "").replace("`", "").replaceAll("\\[editor's note:[^\\]]*\\]", "");
        if (lang == ReportLanguage.EN) {
            s = s.replaceAll("\\s*[（(][^()（）]*\\p{IsHan}[^()（）]*[)）]", "").replaceAll("[\\p{IsHan}，。、；：“”《》「」]+", "");
        }
        return s.replaceAll("[ \\t]+\n", "\n").strip();
    }

    private Map<String, String> words() {
        Map<String, String> t = new LinkedHashMap<>();
        put(t, "summary", "概况", "Summary");
        put(t, "findings", "检查发现", "Findings");
        put(t, "total", "合计", "Total");
        put(t, "bySeverity", "按严重程度和依据", "By severity and basis");
        put(t, "heatmap", "条款 × 区县", "Article × district");
        put(t, "heatmapHint", "点击格子筛选下方检查发现。", "Click a cell to filter the findings below.");
        put(t, "townships", "乡镇（街道）", "Townships and streets");
        put(t, "townshipsHint", "所选区县内各乡镇（街道）的检查发现；点击柱条筛选。", "Findings by township within the chosen district; click a bar to filter.");
        put(t, "trend", "各条款检查发现趋势", "Trend by article");
        put(t, "age", "未整改检查发现的持续时间", "Age of open findings");
        put(t, "article", "条款", "Article");
        put(t, "district", "区县", "District");
        put(t, "township", "乡镇（街道）", "Township");
        put(t, "severity", "严重程度", "Severity");
        put(t, "basis", "依据", "Basis");
        put(t, "kind", "对象类别", "Subject kind");
        put(t, "subject", "对象", "Subject");
        put(t, "constraint", "约束编号", "Constraint");
        put(t, "citation", "条文", "Citation");
        put(t, "message", "说明", "Message");
        put(t, "occurred", "发生日", "Occurred on");
        put(t, "evidence", "证据", "Evidence");
        put(t, "value", "值", "Value");
        put(t, "rule", "规则", "Rule");
        put(t, "consequence", "第二十二条后果", "Art. 22 consequence");
        put(t, "status", "状态", "Status");
        put(t, "firstSeen", "首次发现", "First seen");
        put(t, "ageDays", "持续天数", "Age (days)");
        put(t, "new", "新增", "new");
        put(t, "persisting", "持续", "persisting");
        put(t, "resolved", "已整改", "Resolved");
        put(t, "waiver", "豁免", "Waiver");
        put(t, "waived", "已豁免", "waived");
        put(t, "waiverExpired", "豁免已过期", "waiver expired");
        put(t, "until", "至", "until");
        put(t, "waivers", "豁免", "Waivers");
        put(t, "waivedFindings", "已豁免的发现", "waived findings");
        put(t, "expiredWaivers", "已过期的豁免（检查不通过）", "Expired waivers (the check fails)");
        put(t, "expiredHint", "豁免期满日早于检查日：续期（新的期满日和审批）或删除。", "their expiry is before the check's as-of date: renew them (a new expiry and approval) or remove them.");
        put(t, "unusedWaivers", "未用到的豁免（警告）", "Unused waivers (a warning)");
        put(t, "unusedHint", "未匹配任何发现：可能已整改，或约束编号、对象写错。", "they match no finding: the matter may be resolved, or the constraint or subject is misspelt.");
        put(t, "subjectCol", "对象", "Subject");
        put(t, "districtCol", "区县", "District");
        put(t, "justification", "理由", "Justification");
        put(t, "approvedBy", "批准人", "Approved by");
        put(t, "source", "位置", "Where");
        put(t, "all", "全部", "all");
        put(t, "search", "搜索", "Search");
        put(t, "searchPlaceholder", "编号、对象、说明……", "ID, subject, message…");
        put(t, "reset", "清除筛选", "Clear filters");
        put(t, "shown", "显示", "Showing");
        put(t, "of", "共", "of");
        put(t, "page", "页", "page");
        put(t, "prev", "上一页", "Previous");
        put(t, "next", "下一页", "Next");
        put(t, "none", "无", "none");
        put(t, "unknown", "未知", "unknown");
        put(t, "noFindings", "未发现不符合《办法》的情况。", "No findings: compliant with the Measures.");
        put(t, "noMatch", "没有符合筛选条件的检查发现。", "No finding matches the filters.");
        put(t, "measures", "《自贡市城乡社会治理网格化服务管理办法》条文", "The text of the Zigong Measures");
        put(t, "noScript", "本页的图表和筛选需要浏览器运行脚本；下方汇总不需要。", "The charts and filters need scripts; the summary below does not.");
        put(t, "checks", "已记录的检查", "Recorded checks");
        put(t, "since", "上次检查", "previous check");
        put(t, "days", "天", "days");
        put(t, "perPage", "每页", "per page");
        put(t, "details", "展开证据", "Show evidence");
        put(t, "jurisdiction", "辖区", "Jurisdiction");
        put(t, "asOf", "检查日", "As of");
        put(t, "count", "数量", "Count");
        put(t, "colon", "：", ": ");
        put(t, "ageBuckets0", "30天以内", "up to 30 days");
        put(t, "ageBuckets1", "31–90天", "31–90 days");
        put(t, "ageBuckets2", "91–180天", "91–180 days");
        put(t, "ageBuckets3", "180天以上", "over 180 days");
        return t;
    }

    private void put(Map<String, String> t, String key, String zh, String en) {
        t.put(key, lang.pick(zh, en));
    }

    /** The findings and chart data as compact JSON, for the page's script. */
    private List<Map<String, Object>> waiverRows(List<Waiver> list) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Waiver wv : list) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("constraint", wv.constraintId());
            r.put("subject", wv.subjectId() == null ? lang.pick("全部对象", "every subject") : PersonalDataMask.maskText(wv.subjectId()));
            r.put("district", wv.district() == null ? "" : wv.district());
            r.put("expires", ReportLabels.date(wv.expiresOn(), lang));
            r.put("justification", PersonalDataMask.maskText(wv.justification()));
            r.put("approvedBy", wv.approvedBy() == null ? "" : wv.approvedByMasked());
            r.put("source", wv.source() == null ? "" : wv.source());
            rows.add(r);
        }
        return rows;
    }

    private String data(CheckReport report, WaiverCheck judged) {
        ReportLabels labels = ReportLabels.shared();
        JsonWriter w = new JsonWriter(false).beginObject();
        w.member("lang", lang.code());
        w.member("fonts", FONT_STACK);
        w.name("t").beginObject();
        words().forEach(w::member);
        w.endObject();
        w.name("severities").beginArray();
        for (Severity s : Severity.values()) {
            w.value(ReportLabels.severity(s, lang));
        }
        w.endArray();
        w.name("bases").beginArray();
        for (Basis b : Basis.values()) {
            w.value(ReportLabels.basis(b, lang));
        }
        w.endArray();
        // districts, townships, kinds, articles: indexed tables, the findings refer to them by number
        Map<String, Integer> districtIndex = new TreeMap<>();
        Map<String, Integer> townshipIndex = new TreeMap<>();
        Map<String, String> townshipDistrict = new TreeMap<>();
        Map<String, Integer> kindIndex = new TreeMap<>();
        Map<Integer, Integer> articleIndex = new TreeMap<>();
        List<String> districtOf = new ArrayList<>();
        List<String> townshipOf = new ArrayList<>();
        for (Finding f : report.findings()) {
            String d = districts.districtOf(f.subject()).map(DivisionCode::value).orElse("");
            String t = districts.townshipOf(f.subject()).orElse("");
            districtOf.add(d);
            townshipOf.add(t);
            districtIndex.put(d, 0);
            if (!t.isEmpty()) {
                townshipIndex.put(t, 0);
                townshipDistrict.put(t, d);
            }
            kindIndex.put(f.subject().kind(), 0);
            articleIndex.put(f.citation().article(), 0);
        }
        renumber(districtIndex);
        renumber(townshipIndex);
        renumber(kindIndex);
        int n = 0;
        for (Map.Entry<Integer, Integer> e : articleIndex.entrySet()) {
            e.setValue(n++);
        }
        w.name("districts").beginArray();
        districtIndex.keySet().forEach(code -> w.beginObject().member("code", code)
                .member("label", code.isEmpty() ? lang.pick("未知区县", "unknown district")
                        : ReportLabels.district(code, knownName(code), lang)).endObject());
        w.endArray();
        w.name("townships").beginArray();
        townshipIndex.keySet().forEach(code -> w.beginObject().member("code", code)
                .member("label", lang == ReportLanguage.ZH ? districts.townshipName(code).map(x -> code + " " + x).orElse(code) : code)
                .member("district", districtIndex.get(townshipDistrict.get(code))).endObject());
        w.endArray();
        w.name("kinds").beginArray();
        kindIndex.keySet().forEach(k -> w.value(labels.subjectKind(k, lang)));
        w.endArray();
        w.name("articles").beginArray();
        articleIndex.keySet().forEach(a -> w.beginObject().member("n", a).member("label", articleLabel(a))
                .member("short", lang == ReportLanguage.ZH ? MeasuresText.chineseArticle(a) : "Art. " + a).endObject());
        w.endArray();
        if (history != null) {
            w.name("checks").beginArray();
            for (RecordedCheck c : history.checks()) {
                w.value(ReportLabels.date(c.asOf(), lang));
            }
            w.endArray();
            w.name("trend").beginArray();
            history.trendByArticle().forEach((a, series) -> {
                w.beginObject().member("label", articleLabel(a)).name("counts").beginArray();
                series.forEach(w::value);
                w.endArray().endObject();
            });
            w.endArray();
        }
        w.name("findings").beginArray();
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            w.beginObject();
            w.member("c", f.constraintId());
            w.member("a", articleIndex.get(f.citation().article()));
            w.member("n", f.citation().article());
            w.member("ci", lang == ReportLanguage.ZH ? f.citation().toChinese() : f.citation().toString());
            w.member("s", f.severity().ordinal());
            w.member("b", f.basis().ordinal());
            w.member("k", kindIndex.get(f.subject().kind()));
            w.member("id", PersonalDataMask.maskText(f.subject().id()));
            w.member("d", districtIndex.get(districtOf.get(i)));
            String t = townshipOf.get(i);
            w.member("t", t.isEmpty() ? -1 : townshipIndex.get(t));
            w.member("m", PersonalDataMask.maskText(labels.text(lang.message(f), lang)));
            w.member("o", ReportLabels.date(f.occurredOn(), lang));
            w.member("oi", String.valueOf(f.occurredOn()));
            w.name("e").beginArray();
            for (String[] kv : labels.evidence(f, lang)) {
                w.beginArray().value(kv[0]).value(kv[1]).endArray();
            }
            w.endArray();
            w.member("r", f.rule());
            if (f.consequence() != null) {
                w.member("q", consequence(f));
            }
            Waiver wv = judged.waiverOf(f).orElse(null);
            if (wv != null) {
                w.name("w").beginArray().value(judged.stateOf(f) == WaiverCheck.State.EXPIRED ? 1 : 0).value(ReportLabels.date(wv.expiresOn(), lang))
                        .value(PersonalDataMask.maskText(wv.justification())).endArray();
            }
            if (history != null) {
                history.of(f).ifPresent(h -> w.name("h").beginArray().value(h.status().ordinal()).value(ReportLabels.date(h.firstSeen(), lang))
                        .value(h.ageDays()).endArray());
            }
            w.endObject();
        }
        w.endArray();
        return w.endObject().toString();
    }

    private String consequence(Finding f) {
        return switch (f.consequence()) {
            case CORRECTION_AND_CIRCULAR -> lang.pick("责令改正，通报批评", "ordered to correct, criticised in a circular");
            case DISCIPLINARY -> lang.pick("依法依规给予处理", "handled under discipline or law");
            case CRIMINAL_REFERRAL -> lang.pick("依法追究刑事责任", "referred for criminal liability");
        };
    }

    private static <K> void renumber(Map<K, Integer> m) {
        int i = 0;
        for (Map.Entry<K, Integer> e : m.entrySet()) {
            e.setValue(i++);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " of the HTML report is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Configuration configuration() {
        return Templates.configuration();
    }
}
