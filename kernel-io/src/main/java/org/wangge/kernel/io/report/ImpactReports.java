package org.wangge.kernel.io.report;

import java.util.List;
import java.util.Map;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Reform;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * Renders an {@link ImpactReport} as text or JSON (format {@code wangge-impact}, version 1, schema in
 * {@code docs/impact.schema.json}). Subjects and messages are masked as in every report.
 */
public final class ImpactReports {

    /** The JSON format's name. */
    public static final String FORMAT = "wangge-impact";
    /** The JSON format's version. */
    public static final int VERSION = 1;

    private ImpactReports() {
    }

    /**
     * @param impact the impact
     * @param lang   the language
     * @return the report as text: the packs, the reform's changes, the counts by article, district and basis, then every
     *         finding that differs with its evidence
     */
    public static String text(ImpactReport impact, ReportLanguage lang) {
        StringBuilder b = new StringBuilder();
        b.append(lang.pick("改革影响报告", "Impact of a reform")).append('\n');
        b.append(lang.pick("基准规则包：", "Base pack:     ")).append(lang.packIdentity(impact.basePack())).append('\n');
        b.append(lang.pick("改革后规则包：", "Reformed pack: ")).append(lang.packIdentity(impact.reformedPack())).append('\n');
        b.append(lang.pick("检查日期：", "As of:         ")).append(impact.asOf()).append('\n');
        Reform r = impact.reform();
        if (r != null) {
            b.append(lang.pick("改革内容（", "The reform (")).append(r.file().getFileName()).append(lang.pick("）：", "):")).append('\n');
            b.append("  ").append(r.reason()).append('\n');
            for (Reform.Change c : r.changes()) {
                b.append("  - ").append(c).append('\n');
            }
        }
        ImpactReport.Counts counts = impact.counts();
        b.append('\n').append(lang.pick("合计：", "In all: ")).append(line(counts.total(), lang))
                .append(lang.pick("（基准 ", " (base ")).append(impact.base().findings().size())
                .append(lang.pick(" 项，改革后 ", " findings, reformed ")).append(impact.reformed().findings().size())
                .append(lang.pick(" 项）", ")")).append('\n');
        if (impact.unchanged()) {
            b.append(lang.pick("改革未改变本市的任何发现。", "The reform changes no finding of this city.")).append('\n');
            return b.toString();
        }
        b.append('\n').append(lang.pick("按条：", "By article:")).append('\n');
        counts.byArticle().forEach((a, c) -> b.append(String.format("  Art. %-3d %-6s %s%n", a, MeasuresText.chineseArticle(a), line(c, lang))));
        b.append(lang.pick("按约束：", "By constraint:")).append('\n');
        counts.byConstraint().forEach((k, c) -> b.append(String.format("  %-9s %s%n", k, line(c, lang))));
        b.append(lang.pick("按区县：", "By district:")).append('\n');
        counts.byDistrict().forEach((d, c) -> b.append("  ").append(d).append("  ").append(line(c, lang)).append('\n'));
        b.append(lang.pick("按依据：", "By basis:")).append('\n');
        counts.byBasis().forEach((k, c) -> b.append(String.format("  %-9s %s%n", k, line(c, lang))));
        for (ImpactReport.Kind kind : ImpactReport.Kind.values()) {
            List<ImpactReport.Change> list = impact.changes(kind);
            if (list.isEmpty()) {
                continue;
            }
            b.append('\n').append(heading(kind, lang)).append(" (").append(list.size()).append(")\n");
            for (ImpactReport.Change c : list) {
                Finding f = c.finding();
                b.append("  ").append(f.constraintId()).append("  ").append(f.citation()).append("  ")
                        .append(f.subject().kind()).append(' ').append(PersonalDataMask.maskText(f.subject().id()))
                        .append("  ").append(c.district()).append('\n');
                if (c.kind() == ImpactReport.Kind.CHANGED) {
                    b.append("      ").append(lang.pick("变化：", "changed: ")).append(String.join(", ", c.what())).append('\n');
                    b.append("      ").append(lang.pick("之前：", "before: ")).append(describe(c.before())).append('\n');
                    b.append("      ").append(lang.pick("之后：", "after:  ")).append(describe(c.after())).append('\n');
                } else {
                    b.append("      ").append(describe(f)).append('\n');
                }
                b.append("      ").append(PersonalDataMask.maskText(lang.message(f)).replace("\n", " ")).append('\n');
            }
        }
        return b.toString();
    }

    private static String describe(Finding f) {
        return f.severity() + " " + f.basis() + " (" + PersonalDataMask.maskedEvidenceLine(f) + ")";
    }

    private static String heading(ImpactReport.Kind kind, ReportLanguage lang) {
        return switch (kind) {
            case APPEARED -> lang.pick("新出现的发现", "Findings that appear");
            case DISAPPEARED -> lang.pick("消失的发现", "Findings that disappear");
            case CHANGED -> lang.pick("改变的发现", "Findings that change");
        };
    }

    private static String line(ImpactReport.Count c, ReportLanguage lang) {
        return lang.pick("新增 " + c.appeared() + "，消失 " + c.disappeared() + "，改变 " + c.changed(),
                "+" + c.appeared() + " appear, -" + c.disappeared() + " disappear, ~" + c.changed() + " change");
    }

    /**
     * @param impact the impact
     * @param lang   the language of the messages
     * @return the report as JSON (docs/impact.schema.json)
     */
    public static String json(ImpactReport impact, ReportLanguage lang) {
        JsonWriter w = new JsonWriter();
        w.beginObject().member("format", FORMAT).member("version", VERSION).member("language", lang.code())
                .member("asOf", impact.asOf().toString());
        w.name("base");
        pack(w, impact.basePack());
        w.name("reformed");
        pack(w, impact.reformedPack());
        Reform r = impact.reform();
        if (r != null) {
            w.name("reform").beginObject().member("file", r.file().getFileName().toString()).member("name", r.name())
                    .member("version", r.version()).member("base", r.base()).member("reason", r.reason());
            w.name("changes").beginArray();
            for (Reform.Change c : r.changes()) {
                w.beginObject().member("kind", c.kind().name()).member("target", String.valueOf(c.target()))
                        .member("detail", c.detail() == null ? "" : c.detail()).member("reason", String.valueOf(c.reason()))
                        .member("line", c.line()).endObject();
            }
            w.endArray().endObject();
        }
        ImpactReport.Counts counts = impact.counts();
        w.name("findings").beginObject().member("base", impact.base().findings().size())
                .member("reformed", impact.reformed().findings().size()).endObject();
        w.name("total");
        count(w, counts.total());
        w.name("byArticle").beginArray();
        counts.byArticle().forEach((a, c) -> {
            w.beginObject().member("article", a);
            counted(w, c);
            w.endObject();
        });
        w.endArray();
        groups(w, "byConstraint", "constraint", counts.byConstraint());
        groups(w, "byDistrict", "district", counts.byDistrict());
        w.name("byBasis").beginArray();
        counts.byBasis().forEach((k, c) -> {
            w.beginObject().member("basis", k.name());
            counted(w, c);
            w.endObject();
        });
        w.endArray();
        w.name("changes").beginArray();
        for (ImpactReport.Change c : impact.changes()) {
            Finding f = c.finding();
            w.beginObject().member("kind", c.kind().name()).member("constraint", f.constraintId())
                    .member("article", f.citation().article()).member("citation", f.citation().toString())
                    .member("subjectKind", f.subject().kind()).member("subject", PersonalDataMask.maskText(f.subject().id()))
                    .member("district", c.district()).member("occurredOn", f.occurredOn().toString());
            w.name("what").beginArray();
            c.what().forEach(w::value);
            w.endArray();
            if (c.before() != null) {
                w.name("before");
                finding(w, c.before(), lang);
            }
            if (c.after() != null) {
                w.name("after");
                finding(w, c.after(), lang);
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    private static void groups(JsonWriter w, String name, String key, Map<String, ImpactReport.Count> map) {
        w.name(name).beginArray();
        map.forEach((k, c) -> {
            w.beginObject().member(key, k);
            counted(w, c);
            w.endObject();
        });
        w.endArray();
    }

    private static void count(JsonWriter w, ImpactReport.Count c) {
        w.beginObject();
        counted(w, c);
        w.endObject();
    }

    private static void counted(JsonWriter w, ImpactReport.Count c) {
        w.member("appeared", c.appeared()).member("disappeared", c.disappeared()).member("changed", c.changed());
    }

    private static void finding(JsonWriter w, Finding f, ReportLanguage lang) {
        w.beginObject().member("severity", f.severity().name()).member("basis", f.basis().name())
                .member("message", PersonalDataMask.maskText(lang.message(f)));
        w.name("evidence").beginObject();
        PersonalDataMask.maskedEvidence(f).forEach(w::member);
        w.endObject().endObject();
    }

    /**
     * Writes a pack's identity (name, version, based-on, reform chain, content hash, edited) as a JSON object.
     *
     * @param w the writer
     * @param p the pack
     */
    public static void pack(JsonWriter w, RulePackInfo p) {
        pack(w, p, false);
    }

    /** The same, with the pack's jurisdiction and location when {@code withPlace} (the check report's form). */
    static void pack(JsonWriter w, RulePackInfo p, boolean withPlace) {
        w.beginObject().member("name", p.name()).member("version", p.version()).member("inForceFrom", String.valueOf(p.inForceFrom()));
        if (withPlace) {
            w.member("jurisdiction", p.jurisdiction()).member("location", p.location());
        }
        w.member("identity", p.identity());
        if (p.basedOn() != null) {
            w.member("basedOn", p.basedOn());
        }
        w.name("reformChain").beginArray();
        p.reformChain().forEach(w::value);
        w.endArray();
        if (p.contentHash() != null) {
            w.member("contentHash", p.contentHash());
        }
        w.member("edited", p.edited()).endObject();
    }
}
