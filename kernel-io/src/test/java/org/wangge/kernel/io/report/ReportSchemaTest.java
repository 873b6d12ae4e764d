package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.io.history.CheckHistory;
import org.wangge.kernel.io.history.ComplianceLedger;
import org.wangge.kernel.model.testdata.CompliantCity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/report.schema.json against real reports: a check of a city, a synthetic one, with waivers and a history. */
class ReportSchemaTest {

    static final Path SCHEMA = Path.of("..", "docs", "report.schema.json");

    static List<Error> validate(String json) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        JsonNode doc = JsonMapper.shared().readTree(json);
        return schema.validate(doc);
    }

    @Test
    void a_real_check_with_districts_and_townships_validates() throws IOException {
        var city = SampleReports.smallGridCity();
        String json = new JsonReport(ReportLanguage.ZH, DistrictResolver.of(city, CompliantCity.AS_OF)).render(SampleReports.smallGridReport());
        assertThat(validate(json)).isEmpty();
        JsonNode f = JsonMapper.shared().readTree(json).get("findings").get(0);
        assertThat(JsonMapper.shared().readTree(json).get("format").asString()).isEqualTo("wangge-check-report");
        assertThat(JsonMapper.shared().readTree(json).get("version").asInt()).isEqualTo(2);
        assertThat(f.get("district").get("code").asString()).isEqualTo("510302");
        assertThat(f.get("district").get("name").asString()).isEqualTo("自流井区");
        assertThat(f.get("township").get("code").asString()).hasSize(12).startsWith("510302").endsWith("000");
        assertThat(f.get("basis").asString()).isIn("TEXT", "POLICY", "INDICATOR");
        assertThat(f.get("waiver").get("state").asString()).isEqualTo("none");
    }

    @Test
    void a_report_with_waivers_and_a_history_validates(@TempDir Path dir) throws IOException {
        var report = SampleReports.synthetic();
        try (ComplianceLedger ledger = ComplianceLedger.open(dir.toString())) {
            ledger.record(new org.wangge.kernel.rules.CheckReport(report.pack(), report.jurisdiction(), report.asOf().minusDays(30),
                    report.findings().subList(0, 1)));
            CheckHistory h = ledger.record(report);
            String json = new JsonReport(ReportLanguage.EN).withHistory(h).withWaivers(List.of(
                    Waiver.of("ZG-07-03", null, "filing delayed by the 2025 boundary review", LocalDate.of(2025, 12, 31)),
                    Waiver.of("ZG-02-01", "G-ELSEWHERE", "pilot grid outside the city", LocalDate.of(2025, 1, 31)))).render(report);
            assertThat(validate(json)).isEmpty();
            JsonNode doc = JsonMapper.shared().readTree(json);
            assertThat(doc.get("history").get("checks")).hasSize(2);
            assertThat(doc.get("history").get("new").asInt()).isEqualTo(2);
            assertThat(doc.get("history").get("persisting").asInt()).isEqualTo(1);
            assertThat(json).contains("\"state\": \"waived\"").contains("\"state\": \"expired\"").contains("\"status\": \"PERSISTING\"");
            assertThat(json).doesNotContain(SampleReports.ID_NUMBER);
        }
    }

    @Test
    void the_schema_refuses_a_report_without_format_or_version() throws IOException {
        String json = new JsonReport(ReportLanguage.EN).render(SampleReports.synthetic()).replace("\"format\": \"wangge-check-report\",", "");
        assertThat(validate(json)).isNotEmpty();
        String v1 = new JsonReport(ReportLanguage.EN).render(SampleReports.synthetic()).replace("\"version\": 2", "\"version\": 1");
        assertThat(validate(v1)).isNotEmpty();
    }
}
