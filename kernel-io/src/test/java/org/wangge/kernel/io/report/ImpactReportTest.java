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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 13, point 2: the findings that appear, disappear or change between two packs, counted and listed. */
class ImpactReportTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    static final RulePackInfo BASE = new RulePackInfo("zigong", "2024.1", LocalDate.of(2024, 2, 1), "510300", "classpath:x", null,
            List.of(), "a".repeat(64), false);
    static final RulePackInfo REFORMED = new RulePackInfo("zigong-hh250", "2026.1-draft", LocalDate.of(2024, 2, 1), "510300", "r.toml",
            "zigong 2024.1 sha256:aaaaaaaaaaaa", List.of("zigong-hh250 2026.1-draft"), "b".repeat(64), false);

    static Finding finding(String id, int article, Severity severity, Basis basis, String subject, Map<String, String> evidence) {
        return new Finding(id, new Citation(article, 1, 0), severity, new Subject("Grid", subject), DAY, LocalDate.of(2026, 1, 1),
                "网格规模不符", "grid size", evidence, null, id + " rule", "art08.drl", basis, List.of());
    }

    static ImpactReport sample() {
        Finding same = finding("ZG-07-03", 7, Severity.WARNING, Basis.POLICY, "G-1", Map.of("graceDays", "30"));
        Finding gone = finding("ZG-08-01", 8, Severity.WARNING, Basis.TEXT, "G-2", Map.of("households", "270", "householdsMin", "300"));
        Finding was = finding("ZG-08-01", 8, Severity.WARNING, Basis.TEXT, "G-3", Map.of("households", "520", "householdsMin", "300"));
        Finding now = finding("ZG-08-01", 8, Severity.WARNING, Basis.TEXT, "G-3", Map.of("households", "520", "householdsMin", "250"));
        Finding appears = finding("ZG-15-02", 15, Severity.VIOLATION, Basis.POLICY, "G-4", Map.of());
        CheckReport before = new CheckReport(BASE, "510300", DAY, List.of(same, gone, was));
        CheckReport after = new CheckReport(REFORMED, "510300", DAY, List.of(same, now, appears));
        return ImpactReport.of(before, after, null, DistrictResolver.none());
    }

    @Test
    void findings_are_matched_by_constraint_subject_and_day_and_counted_by_article_and_basis() {
        ImpactReport impact = sample();
        assertThat(impact.changes()).extracting(c -> c.kind() + " " + c.finding().constraintId() + " " + c.finding().subject().id())
                .containsExactly("DISAPPEARED ZG-08-01 G-2", "CHANGED ZG-08-01 G-3", "APPEARED ZG-15-02 G-4");
        assertThat(impact.changes(ImpactReport.Kind.CHANGED).get(0).what()).containsExactly("evidence");
        ImpactReport.Counts counts = impact.counts();
        assertThat(counts.total()).isEqualTo(new ImpactReport.Count(1, 1, 1));
        assertThat(counts.byArticle()).containsOnlyKeys(8, 15);
        assertThat(counts.byArticle().get(8)).isEqualTo(new ImpactReport.Count(0, 1, 1));
        assertThat(counts.byBasis().get(Basis.POLICY)).isEqualTo(new ImpactReport.Count(1, 0, 0));
    }

    @Test
    void the_text_names_both_packs_by_identity_and_lists_the_evidence_before_and_after() {
        String text = ImpactReports.text(sample(), ReportLanguage.EN);
        assertThat(text).contains("Base pack:     zigong 2024.1 sha256:aaaaaaaaaaaa")
                .contains("Reformed pack: zigong-hh250 2026.1-draft (reform of zigong 2024.1 sha256:aaaaaaaaaaaa) sha256:bbbbbbbbbbbb")
                .contains("In all: +1 appear, -1 disappear, ~1 change")
                .contains("Art. 8   第八条")
                .contains("before: WARNING TEXT (households=520, householdsMin=300)")
                .contains("after:  WARNING TEXT (households=520, householdsMin=250)");
        assertThat(ImpactReports.text(sample(), ReportLanguage.ZH)).contains("合计：新增 1，消失 1，改变 1");
    }

    @Test
    void the_json_validates_against_docs_impact_schema() throws IOException {
        String json = ImpactReports.json(sample(), ReportLanguage.ZH);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("..", "docs", "impact.schema.json"), StandardCharsets.UTF_8));
        JsonNode doc = JsonMapper.shared().readTree(json);
        List<Error> errors = schema.validate(doc);
        assertThat(errors).isEmpty();
        assertThat(doc.get("reformed").get("reformChain").get(0).asString()).isEqualTo("zigong-hh250 2026.1-draft");
        assertThat(doc.get("changes").get(1).get("before").get("evidence").get("householdsMin").asString()).isEqualTo("300");
    }

    @Test
    void the_html_page_is_self_contained() {
        String html = ImpactHtml.render(sample(), ReportLanguage.ZH);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("改革影响报告").contains("ZG-15-02").doesNotContain("<script")
                .doesNotContain("src=\"http");
    }
}
