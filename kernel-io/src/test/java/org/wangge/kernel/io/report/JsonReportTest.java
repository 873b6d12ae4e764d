package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        return tools.jackson.databind.json.JsonMapper.shared().readValue(json, Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void parses_back_with_every_finding_field() {
        String json = new JsonReport(ReportLanguage.EN).render(SampleReports.synthetic());
        Map<String, Object> doc = parse(json);
        assertThat(doc).containsKeys("pack", "jurisdiction", "asOf", "counts", "findings");
        assertThat((Map<String, Object>) doc.get("pack")).containsEntry("name", "zigong").containsEntry("version", "2024.1");
        assertThat(doc.get("jurisdiction")).isEqualTo("510300");
        assertThat(doc.get("asOf")).isEqualTo("2025-06-30");
        assertThat((Map<String, Object>) doc.get("counts")).containsEntry("VIOLATION", 1).containsEntry("WARNING", 1).containsEntry("NOTICE", 1);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) doc.get("findings");
        assertThat(findings).hasSize(3);
        Map<String, Object> leak = findings.get(2);
        assertThat(leak).containsKeys("constraintId", "citation", "severity", "subject", "asOf", "occurredOn", "messageZh", "messageEn",
                "evidence", "consequence", "rule", "ruleFile");
        assertThat(leak).containsEntry("constraintId", "ZG-13-02").containsEntry("citation", "Art. 13(2)")
                .containsEntry("severity", "VIOLATION").containsEntry("consequence", "CORRECTION_AND_CIRCULAR")
                .containsEntry("ruleFile", "art13-worker-conduct.drl").containsEntry("occurredOn", "2025-06-02")
                .containsEntry("messageEn", "grid worker W-1 accessed personal information <b> & more");
        assertThat((Map<String, Object>) leak.get("subject")).containsEntry("kind", "GridWorker").containsEntry("id", "W-1");
        Map<String, Object> evidence = (Map<String, Object>) leak.get("evidence");
        assertThat(evidence).containsEntry("note", "<script>alert(\"x\")</script>").containsEntry("line", "a\nb\t\"q\"\\")
                .containsEntry("resident", "510302********123X");
        assertThat(findings.get(1).get("consequence")).isNull();
    }

    @Test
    void a_real_report_parses_back() {
        Map<String, Object> doc = parse(new JsonReport(ReportLanguage.ZH).render(SampleReports.smallGridReport()));
        assertThat(doc.get("findings").toString()).contains("ZG-08-01");
    }

    @Test
    void the_writer_escapes_control_characters_and_line_separators() {
        String quoted = JsonWriter.quote("\u0001\u001f\u2028\u2029\"\\/中");
        assertThat(quoted).isEqualToIgnoringCase("\"\\u0001\\u001f\\u2028\\u2029\\\"\\\\/中\"");
        String json = new JsonWriter().beginObject().name("a").beginArray().value(1).value("x").value(true).value((String) null)
                .endArray().name("b").beginObject().endObject().endObject().toString();
        assertThat(parse(json)).containsEntry("a", java.util.Arrays.asList(1, "x", true, null)).containsEntry("b", Map.of());
    }
}
