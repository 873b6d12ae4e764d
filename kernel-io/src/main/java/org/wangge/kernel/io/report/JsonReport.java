package org.wangge.kernel.io.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.io.history.CheckHistory;
import org.wangge.kernel.io.history.RecordedCheck;
import org.wangge.kernel.io.history.TrackedFinding;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;

/**
 * A JSON report (its JSON Schema: {@code docs/report.schema.json}): one object with {@code format}
 * ({@value #FORMAT}), {@code version} ({@value #VERSION}), {@code pack}, {@code jurisdiction}, {@code asOf}, {@code language},
 * {@code counts} (by severity), {@code summary} and {@code findings}, each finding with every field
 * of {@link Finding} ({@code constraintId}, {@code citation} (+ {@code citationZh}, {@code article},
 * {@code paragraph}, {@code item}), {@code severity}, {@code subject} ({@code kind}, {@code id}),
 * {@code asOf}, {@code occurredOn}, {@code messageZh}, {@code messageEn}, {@code message} (in the
 * chosen language), {@code evidence} (an object, keys sorted), {@code consequence} (or null),
 * {@code rule}, {@code ruleFile}, {@code basis}, {@code suspected}, {@code district} and {@code township} (each
 * {@code code} and {@code name}, or null when unknown), {@code waiver} ({@code state} none, waived or expired, with the waiver's expiry, justification, approval and source) and,
 * with a history, {@code history} ({@code status}, {@code firstSeen}, {@code ageDays})); with a history also
 * {@code history} at the top ({@code checks}, {@code new}, {@code persisting}, {@code resolved}); with waivers also {@code waivers}
 * at the top ({@code given}, {@code waivedFindings}, {@code expired}, {@code unused}). Dates are ISO-8601 strings. Personal data that slipped into
 * evidence or messages is masked ({@link PersonalDataMask}), as in every report.
 */
public final class JsonReport implements ReportRenderer {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "wangge-check-report";

    /** The value of the {@code version} member: 2 added format, version, basis, district, township, waiver, history. */
    public static final int VERSION = 2;

    private final ReportLanguage lang;
    private final DistrictResolver districts;
    private final CheckHistory history;
    private final List<Waiver> waivers;

    /**
     * @param lang the language of the {@code message} member of each finding
     */
    public JsonReport(ReportLanguage lang) {
        this(lang, DistrictResolver.none());
    }

    /**
     * @param lang      the language of the {@code message} member of each finding
     * @param districts resolves each subject's district and township
     */
    public JsonReport(ReportLanguage lang, DistrictResolver districts) {
        this(lang, districts, null, List.of());
    }

    private JsonReport(ReportLanguage lang, DistrictResolver districts, CheckHistory history, List<Waiver> waivers) {
        this.lang = Objects.requireNonNull(lang, "lang");
        this.districts = Objects.requireNonNull(districts, "districts");
        this.history = history;
        this.waivers = List.copyOf(waivers);
    }

    /**
     * @param h the history of the report's check in the compliance ledger
     * @return a renderer that also writes each finding's status and the resolved findings
     */
    public JsonReport withHistory(CheckHistory h) {
        return new JsonReport(lang, districts, Objects.requireNonNull(h, "history"), waivers);
    }

    /**
     * @param w documented exceptions
     * @return a renderer that writes the waiver state of the findings they cover and, at the top, {@code waivers}: how
     *         many findings are waived, the expired waivers and the unused ones ({@link WaiverCheck})
     */
    public JsonReport withWaivers(List<Waiver> w) {
        return new JsonReport(lang, districts, history, w);
    }

    @Override
    public String render(CheckReport report) {
        JsonWriter w = new JsonWriter().beginObject();
        w.member("format", FORMAT);
        w.member("version", VERSION);
        RulePackInfo p = report.pack();
        w.name("pack");
        ImpactReports.pack(w, p, true);
        w.member("jurisdiction", report.jurisdiction());
        w.member("asOf", String.valueOf(report.asOf()));
        w.member("language", lang.code());
        w.name("counts").beginObject();
        for (Map.Entry<Severity, Long> e : report.countsBySeverity().entrySet()) {
            w.member(e.getKey().name(), e.getValue());
        }
        w.endObject();
        w.member("summary", report.summary());
        WaiverCheck judged = WaiverCheck.of(report, waivers, districts);
        if (!waivers.isEmpty()) {
            w.name("waivers").beginObject();
            w.member("given", waivers.size());
            w.member("waivedFindings", judged.waived().size());
            w.name("expired").beginArray();
            judged.expired().forEach(x -> waiver(w, x));
            w.endArray();
            w.name("unused").beginArray();
            judged.unused().forEach(x -> waiver(w, x));
            w.endArray();
            w.endObject();
        }
        if (history != null) {
            w.name("history").beginObject();
            w.name("checks").beginArray();
            for (RecordedCheck c : history.checks()) {
                w.beginObject().member("id", c.id()).member("asOf", String.valueOf(c.asOf())).member("recordedAt", String.valueOf(c.recordedAt()))
                        .member("pack", c.packName() + " " + c.packVersion()).member("VIOLATION", c.violations())
                        .member("WARNING", c.warnings()).member("NOTICE", c.notices()).endObject();
            }
            w.endArray();
            w.member("new", history.newCount());
            w.member("persisting", history.persistingCount());
            w.name("resolved").beginArray();
            for (TrackedFinding t : history.resolved()) {
                w.beginObject().member("key", t.key()).member("constraintId", t.constraintId()).member("article", t.article())
                        .member("severity", t.severity().name()).member("basis", t.basis().name())
                        .name("subject").beginObject().member("kind", t.subjectKind()).member("id", t.subjectId()).endObject()
                        .member("firstSeen", String.valueOf(t.firstSeen())).member("ageDays", t.ageDays()).endObject();
            }
            w.endArray();
            w.name("trendByArticle").beginObject();
            history.trendByArticle().forEach((a, series) -> {
                w.name(String.valueOf(a)).beginArray();
                series.forEach(w::value);
                w.endArray();
            });
            w.endObject();
            w.endObject();
        }
        w.name("findings").beginArray();
        for (Finding f : report.findings()) {
            finding(w, f, report, judged);
        }
        w.endArray();
        return w.endObject().toString();
    }

    private static void waiver(JsonWriter w, Waiver x) {
        w.beginObject().member("constraintId", x.constraintId()).member("subject", PersonalDataMask.maskText(x.subjectId()))
                .member("district", x.district()).member("expires", String.valueOf(x.expiresOn()))
                .member("justification", PersonalDataMask.maskText(x.justification())).member("source", x.source()).endObject();
    }

    private void finding(JsonWriter w, Finding f, CheckReport report, WaiverCheck judged) {
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
        w.member("basis", f.basis().name());
        w.member("suspected", f.isSuspected());
        var district = districts.districtOf(f.subject());
        if (district.isPresent()) {
            DivisionCode d = district.get();
            w.name("district").beginObject().member("code", d.value()).member("name", d.knownName().orElse(null)).endObject();
        } else {
            w.member("district", (String) null);
        }
        var township = districts.townshipOf(f.subject());
        if (township.isPresent()) {
            w.name("township").beginObject().member("code", township.get())
                    .member("name", districts.townshipName(township.get()).orElse(null)).endObject();
        } else {
            w.member("township", (String) null);
        }
        Waiver waiver = judged.waiverOf(f).orElse(null);
        w.name("waiver").beginObject();
        if (waiver == null) {
            w.member("state", "none");
        } else {
            w.member("state", judged.stateOf(f) == WaiverCheck.State.EXPIRED ? "expired" : "waived")
                    .member("expires", String.valueOf(waiver.expiresOn()))
                    .member("justification", PersonalDataMask.maskText(waiver.justification()));
            if (waiver.approvedBy() != null) {
                w.member("approvedBy", waiver.approvedByMasked());
            }
            if (waiver.approvedOn() != null) {
                w.member("approvedOn", String.valueOf(waiver.approvedOn()));
            }
            if (waiver.source() != null) {
                w.member("source", waiver.source());
            }
        }
        w.endObject();
        if (history != null) {
            TrackedFinding t = history.of(f).orElse(null);
            if (t != null) {
                w.name("history").beginObject().member("key", t.key()).member("status", t.status().name())
                        .member("firstSeen", String.valueOf(t.firstSeen())).member("ageDays", t.ageDays()).endObject();
            }
        }
        w.endObject();
    }
}
