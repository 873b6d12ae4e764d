package org.wangge.kernel.io.report;

import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;

/**
 * A JSON report: one object with {@code pack}, {@code jurisdiction}, {@code asOf}, {@code language},
 * {@code counts} (by severity), {@code summary} and {@code findings}, each finding with every field
 * of {@link Finding} ({@code constraintId}, {@code citation} (+ {@code citationZh}, {@code article},
 * {@code paragraph}, {@code item}), {@code severity}, {@code subject} ({@code kind}, {@code id}),
 * {@code asOf}, {@code occurredOn}, {@code messageZh}, {@code messageEn}, {@code message} (in the
 * chosen language), {@code evidence} (an object, keys sorted), {@code consequence} (or null),
 * {@code rule}, {@code ruleFile}). Dates are ISO-8601 strings. Personal data that slipped into
 * evidence or messages is masked ({@link PersonalDataMask}), as in every report.
 */
public final class JsonReport implements ReportRenderer {

    private final ReportLanguage lang;

    /**
     * @param lang the language of the {@code message} member of each finding
     */
    public JsonReport(ReportLanguage lang) {
        this.lang = Objects.requireNonNull(lang, "lang");
    }

    @Override
    public String render(CheckReport report) {
        JsonWriter w = new JsonWriter().beginObject();
        RulePackInfo p = report.pack();
        w.name("pack").beginObject()
                .member("name", p.name()).member("version", p.version())
                .member("inForceFrom", String.valueOf(p.inForceFrom()))
                .member("jurisdiction", p.jurisdiction()).member("location", p.location())
                .endObject();
        w.member("jurisdiction", report.jurisdiction());
        w.member("asOf", String.valueOf(report.asOf()));
        w.member("language", lang.code());
        w.name("counts").beginObject();
        for (Map.Entry<Severity, Long> e : report.countsBySeverity().entrySet()) {
            w.member(e.getKey().name(), e.getValue());
        }
        w.endObject();
        w.member("summary", report.summary());
        w.name("findings").beginArray();
        for (Finding f : report.findings()) {
            finding(w, f);
        }
        w.endArray();
        return w.endObject().toString();
    }

    private void finding(JsonWriter w, Finding f) {
        w.beginObject();
        w.member("constraintId", f.constraintId());
        w.member("citation", f.citation().toString());
        w.member("citationZh", f.citation().toChinese());
        w.member("article", f.citation().article());
        w.member("paragraph", f.citation().paragraph());
        w.member("item", f.citation().item());
        w.member("severity", f.severity().name());
        w.name("subject").beginObject().member("kind", f.subject().kind())
                .member("id", PersonalDataMask.maskText(f.subject().id())).endObject();
        w.member("asOf", String.valueOf(f.asOf()));
        w.member("occurredOn", String.valueOf(f.occurredOn()));
        w.member("messageZh", PersonalDataMask.maskText(f.messageZh()));
        w.member("messageEn", PersonalDataMask.maskText(f.messageEn()));
        w.member("message", PersonalDataMask.maskText(lang.message(f)));
        w.name("evidence").beginObject();
        PersonalDataMask.maskedEvidence(f).forEach(w::member);
        w.endObject();
        w.member("consequence", f.consequence() == null ? null : f.consequence().name());
        w.member("rule", f.rule());
        w.member("ruleFile", f.ruleFile());
        w.endObject();
    }
}
