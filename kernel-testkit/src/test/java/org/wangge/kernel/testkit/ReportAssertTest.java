package org.wangge.kernel.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wangge.kernel.testkit.ReportAssert.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;

class ReportAssertTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    private static final RulePackInfo PACK = new RulePackInfo("zigong", "2024.1", LocalDate.of(2024, 2, 1), "510300", "test");

    private static Finding finding(String id, int article, Severity severity, String subject) {
        return new Finding(id, new Citation(article, 2, 0), severity, new Subject("Grid", subject), DAY, DAY, "zh", "en",
                Map.of("graceDays", "30"), null, "rule", "file.drl");
    }

    private final CheckReport report = new CheckReport(PACK, "510300", DAY,
            List.of(finding("ZG-07-03", 7, Severity.VIOLATION, "G-1"), finding("ZG-08-01", 8, Severity.WARNING, "G-2")));

    @Test
    void a_violation_on_its_subject_passes() {
        assertThat(report).hasViolation("ZG-07-03").on("G-1");
        assertThat(report).hasWarning("ZG-08-01").on("G-2");
        assertThat(report).hasNoFindingsUnderArticle(13).hasNoFinding("ZG-12-01");
    }

    @Test
    void a_missing_violation_fails_and_lists_what_came_with_evidence() {
        assertThatThrownBy(() -> assertThat(report).hasViolation("ZG-12-01"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a VIOLATION of ZG-12-01")
                .hasMessageContaining("ZG-07-03 VIOLATION Grid G-1 — graceDays=30");
    }

    @Test
    void a_violation_on_another_subject_fails() {
        assertThatThrownBy(() -> assertThat(report).hasViolation("ZG-07-03").on("G-9"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected ZG-07-03 on G-9");
    }

    @Test
    void findings_under_an_article_fail_the_no_findings_assertion() {
        assertThatThrownBy(() -> assertThat(report).hasNoFindingsUnderArticle(7)).hasMessageContaining("Art. 7");
        assertThatThrownBy(() -> assertThat(report).hasNoViolations()).hasMessageContaining("ZG-07-03");
    }
}
