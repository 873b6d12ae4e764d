package org.wangge.kernel.io.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Reform;

/**
 * An {@link ImpactReport} as one self-contained HTML page (template {@code impact.ftlh}: no script, no external file):
 * the packs, the reform's changes with their reasons, bars of the counts by article, district and basis, and a table of
 * every finding that differs with its evidence before and after. Subjects and messages are masked.
 */
public final class ImpactHtml {

    private static final Configuration FREEMARKER = configuration();

    private ImpactHtml() {
    }

    /**
     * @param impact the impact
     * @param lang   the language
     * @return the page
     */
    public static String render(ImpactReport impact, ReportLanguage lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang.code());
        model.put("zh", lang == ReportLanguage.ZH);
        model.put("base", lang.packIdentity(impact.basePack()));
        model.put("reformed", lang.packIdentity(impact.reformedPack()));
        model.put("asOf", impact.asOf().toString());
        model.put("baseCount", impact.base().findings().size());
        model.put("reformedCount", impact.reformed().findings().size());
        Reform r = impact.reform();
        List<Map<String, Object>> reformChanges = new ArrayList<>();
        if (r != null) {
            model.put("reformFile", r.file().getFileName().toString());
            model.put("reformReason", r.reason());
            for (Reform.Change c : r.changes()) {
                reformChanges.add(Map.of("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        "target", String.valueOf(c.target()), "detail", c.detail() == null ? "" : c.detail(),
                        "reason", String.valueOf(c.reason()), "line", c.line()));
            }
        }
        model.put("reformChanges", reformChanges);
        ImpactReport.Counts counts = impact.counts();
        model.put("total", row("", counts.total()));
        int max = 1;
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Map<String, ImpactReport.Count>> all = new LinkedHashMap<>();
        Map<String, ImpactReport.Count> byArticle = new LinkedHashMap<>();
        counts.byArticle().forEach((a, c) -> byArticle.put("Art. " + a + " " + MeasuresText.chineseArticle(a), c));
        all.put(lang.pick("按条", "By article"), byArticle);
        all.put(lang.pick("按约束", "By constraint"), counts.byConstraint());
        all.put(lang.pick("按区县", "By district"), counts.byDistrict());
        Map<String, ImpactReport.Count> byBasis = new LinkedHashMap<>();
        counts.byBasis().forEach((k, c) -> byBasis.put(k.name(), c));
        all.put(lang.pick("按依据", "By basis"), byBasis);
        for (Map<String, ImpactReport.Count> m : all.values()) {
            for (ImpactReport.Count c : m.values()) {
                max = Math.max(max, Math.max(c.appeared(), Math.max(c.disappeared(), c.changed())));
            }
        }
        for (Map.Entry<String, Map<String, ImpactReport.Count>> g : all.entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map.Entry<String, ImpactReport.Count> e : g.getValue().entrySet()) {
                Map<String, Object> row = row(e.getKey(), e.getValue());
                row.put("aw", 100 * e.getValue().appeared() / max);
                row.put("dw", 100 * e.getValue().disappeared() / max);
                row.put("cw", 100 * e.getValue().changed() / max);
                rows.add(row);
            }
            groups.add(Map.of("title", g.getKey(), "rows", rows));
        }
        model.put("groups", groups);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ImpactReport.Change c : impact.changes()) {
            Finding f = c.finding();
            Map<String, Object> m = new HashMap<>();
            m.put("kind", c.kind().name());
            m.put("constraint", f.constraintId());
            m.put("citation", f.citation().toString());
            m.put("subject", f.subject().kind() + " " + PersonalDataMask.maskText(f.subject().id()));
            m.put("district", c.district());
            m.put("what", String.join(", ", c.what()));
            m.put("before", c.before() == null ? "" : describe(c.before()));
            m.put("after", c.after() == null ? "" : describe(c.after()));
            m.put("message", PersonalDataMask.maskText(lang.message(f)));
            changes.add(m);
        }
        model.put("changes", changes);
        try {
            Template template = FREEMARKER.getTemplate("impact.ftlh");
            StringWriter out = new StringWriter(1 << 16);
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the impact report's template", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the impact report's template failed: " + e.getMessage(), e);
        }
    }

    private static String describe(Finding f) {
        return f.severity() + " · " + f.basis() + " · " + PersonalDataMask.maskedEvidenceLine(f);
    }

    private static Map<String, Object> row(String label, ImpactReport.Count c) {
        Map<String, Object> m = new HashMap<>();
        m.put("label", label);
        m.put("appeared", c.appeared());
        m.put("disappeared", c.disappeared());
        m.put("changed", c.changed());
        return m;
    }

    private static Configuration configuration() {
        return Templates.configuration();
    }
}
