package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.PersonalDataKind;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;

/**
 * Personal data in findings is masked by its type, not by what it looks like (issue 18 ¶2): a rule that puts a
 * worker's {@code ResidentIdNumber} into its evidence, or a plain string under a key its {@code @personalEvidence}
 * declares a resident ID number, gives a finding that holds only the masked form and records the kind; and the text,
 * JSON and HTML reports mask a typed entry by its kind even with the pattern heuristic (the second line of defence)
 * switched off — also in a finding a host builds with the raw value.
 */
class TypedPersonalEvidenceTest {

    /** A synthetic ID number (valid check digit) in a form the pattern heuristic does not recognise (spaced). */
    static final String SPACED_ID = "510302 19900307 123X";

    static final String RULE = """
            package org.wangge.kernel.rules.zigong

            import org.wangge.kernel.model.conduct.Complaint;
            import org.wangge.kernel.model.worker.GridWorker;
            import org.wangge.kernel.rules.facts.Breach;
            global org.wangge.kernel.rules.facts.AsOf asOf;

            rule "ZG-13-01 test: a complaint whose evidence names the worker and the complainant"
                @constraintId("ZG-13-01") @citation("Art. 13(1)") @severity("VIOLATION") @basis("TEXT") @inForceFrom("2024-02-01")
                @personalEvidence("complainant=RESIDENT_ID_NUMBER")
            when
                $c : Complaint( id == "TP-1" )
                $w : GridWorker( id == $c.workerId() )
            then
                insertLogical(Breach.of(kcontext, "GridWorker", $w.id(), $c.receivedOn(), "record", $c.id(), "decidedOn", $c.decidedOn(),
                        "idNumber", $w.idNumber(), "complainant", $c.complainantRef()));
            end
            """;

    static RuleEngine engineWith(Path dir, String drl) throws Exception {
        RuleEngine.exportBuiltInPack(dir);
        Files.writeString(dir.resolve("zz-personal-evidence.drl"), drl);
        return RuleEngine.fromDirectory(dir);
    }

    static String rawWorkerId(CitySnapshot city) {
        return city.facts().stream().filter(o -> o instanceof GridWorker w && w.id().equals(CompliantCity.WORKER_COMMUNITY))
                .map(o -> ((GridWorker) o).idNumber().unmasked()).findFirst().orElseThrow();
    }

    static void assertMaskedEverywhere(CheckReport report, String... raws) {
        List<String> rendered = PersonalDataMask.withoutPatternDefence(() -> List.of(
                new TextReport(ReportLanguage.EN).render(report), new TextReport(ReportLanguage.ZH).render(report),
                new JsonReport(ReportLanguage.EN).render(report),
                new HtmlReport(ReportLanguage.ZH, DistrictResolver.none()).render(report)));
        for (String out : rendered) {
            for (String raw : raws) {
                assertThat(out).doesNotContain(raw).doesNotContain(raw.replace(" ", ""));
            }
        }
    }

    @Test
    void a_rule_putting_an_id_number_into_evidence_gives_a_finding_masked_by_type_in_every_report(@TempDir Path dir) throws Exception {
        RuleEngine engine = engineWith(dir, RULE);
        String complainant = "51030219900307123X";
        CitySnapshot city = CompliantCity.with(new Complaint("TP-1", CompliantCity.WORKER_COMMUNITY, ConductKind.SECRET_LEAK,
                CompliantCity.AS_OF.minusDays(30), complainant, null, Substantiation.PENDING, null));
        String raw = rawWorkerId(city);
        CheckReport report = engine.check(city, CompliantCity.AS_OF);
        Finding f = report.findings().stream().filter(x -> x.rule().startsWith("ZG-13-01 test")).findFirst().orElseThrow();

        assertThat(f.personalEvidence()).containsEntry("idNumber", PersonalDataKind.RESIDENT_ID_NUMBER)
                .containsEntry("complainant", PersonalDataKind.RESIDENT_ID_NUMBER);
        assertThat(f.evidence().get("idNumber")).isEqualTo(raw.substring(0, 6) + "********" + raw.substring(14));
        assertThat(f.evidence().get("complainant")).isEqualTo("510302********123X");
        assertThat(f.toString() + f.messageZh() + f.messageEn()).doesNotContain(raw).doesNotContain(complainant);
        assertMaskedEverywhere(report, raw, complainant);
    }

    @Test
    void a_host_built_finding_with_a_raw_value_of_a_declared_kind_renders_masked_without_the_pattern_heuristic() {
        Finding f = new Finding("ZG-13-02", new Citation(13, 0, 2), Severity.VIOLATION, new Subject("GridWorker", "W-1"),
                CompliantCity.AS_OF, LocalDate.of(2025, 6, 2), "网格员 W-1", "grid worker W-1",
                Map.of("holder", SPACED_ID, "contact", "138 1234 5678", "resident", "王小明", "households", "260"), null,
                "ZG-13-02 test", "test.drl", org.wangge.kernel.rules.Basis.TEXT, List.of(), null,
                Map.of("holder", PersonalDataKind.RESIDENT_ID_NUMBER, "contact", PersonalDataKind.MOBILE_NUMBER,
                        "resident", PersonalDataKind.PERSON_NAME));
        CheckReport report = new CheckReport(SampleReports.PACK, "510300", CompliantCity.AS_OF, List.of(f));
        assertMaskedEverywhere(report, SPACED_ID, "138 1234 5678", "1234 5678", "王小明", "小明");
        // the heuristic alone would not have caught the spaced number or the name under "resident": the typing does
        assertThat(PersonalDataMask.maskEvidence("GridWorker", "holder", SPACED_ID)).contains("0307");
        String json = PersonalDataMask.withoutPatternDefence(() -> new JsonReport(ReportLanguage.EN).render(report));
        assertThat(json).contains("510302********123X").contains("138****5678").contains("王**").contains("260");
    }

    @Test
    void a_malformed_personal_evidence_declaration_is_refused_at_pack_load_naming_the_rule(@TempDir Path dir) {
        assertThatThrownBy(() -> engineWith(dir, RULE.replace("complainant=RESIDENT_ID_NUMBER", "complainant=PASSPORT")))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("ZG-13-01 test")
                .hasMessageContaining("complainant=PASSPORT")
                .hasMessageContaining("RESIDENT_ID_NUMBER");
    }
}
