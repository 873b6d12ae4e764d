package org.wangge.kernel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;

/** A host's test suite asserts compliance with chosen articles, with waivers that need a reason and expire. */
class ComplianceTest {

    private static final Clock JUNE_2025 = Clock.fixed(LocalDate.of(2025, 6, 30).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private static CitySnapshot smallGrid() {
        return CompliantCity.with(new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"),
                "檀木林社区第一网格", GridKind.COMMUNITY, null, Set.of(CompliantCity.COMMUNITY_CODE), 260, 700, "檀木林街",
                CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null));
    }

    @Test
    void a_compliant_snapshot_passes() {
        assertThat(Compliance.of(CompliantCity.snapshot()).assertCompliant().findings()).isEmpty();
    }

    @Test
    void a_finding_under_a_chosen_article_fails_with_its_evidence() {
        assertThatThrownBy(() -> Compliance.of(smallGrid()).underArticles(8).judgingWaiversBy(JUNE_2025).assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZG-08-01 WARNING Grid G-COMM-1")
                .hasMessageContaining("households=260");
    }

    @Test
    void a_finding_under_another_article_does_not_fail_an_assertion_limited_to_chosen_articles() {
        Compliance.of(smallGrid()).underArticles(7, 12).judgingWaiversBy(JUNE_2025).assertCompliant();
    }

    @Test
    void a_waiver_with_a_justification_covers_its_finding_until_it_expires() {
        Compliance.of(smallGrid()).underArticles(8).judgingWaiversBy(JUNE_2025)
                .withWaiver(Waiver.of("ZG-08-01", CompliantCity.COMMUNITY_GRID, "old town grid; merger approved for 2026", LocalDate.of(2025, 6, 30)))
                .assertCompliant();
    }

    @Test
    void an_expired_waiver_fails_the_test_by_itself() {
        assertThatThrownBy(() -> Compliance.of(CompliantCity.snapshot()).judgingWaiversBy(JUNE_2025)
                .withWaiver(Waiver.of("ZG-08-01", CompliantCity.COMMUNITY_GRID, "merger approved", LocalDate.of(2025, 6, 29)))
                .assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expired waiver: ZG-08-01 on G-COMM-1 until 2025-06-29");
    }

    @Test
    void a_waiver_on_another_subject_does_not_cover_the_finding() {
        assertThatThrownBy(() -> Compliance.of(smallGrid()).underArticles(8).judgingWaiversBy(JUNE_2025)
                .withWaiver(Waiver.of("ZG-08-01", "G-OTHER", "another grid", LocalDate.of(2026, 1, 1)))
                .assertCompliant())
                .hasMessageContaining("ZG-08-01");
    }

    @Test
    void a_waiver_needs_a_justification_and_an_expiry_date() {
        assertThatThrownBy(() -> Waiver.of("ZG-08-01", "G-1", " ", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
        assertThatThrownBy(() -> Waiver.of("ZG-08-01", "G-1", "reason", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry");
    }

    static Path waiverFile(Path dir, String constraint, String expiresOn, String district) throws IOException {
        return Files.writeString(dir.resolve("waivers.yaml"), String.join("\n",
                "waivers:",
                "  - constraint: " + constraint,
                "    subject: " + (district == null ? CompliantCity.COMMUNITY_GRID : "\"*\""),
                district == null ? "" : "    district: \"" + district + "\"",
                "    justification: old town grid; merger approved for 2026",
                "    approvedBy: 自流井区网格化服务管理中心",
                "    approvedOn: 2025-01-10",
                "    expiresOn: " + expiresOn,
                ""), StandardCharsets.UTF_8);
    }

    @Test
    void the_waiver_file_of_wangge_check_covers_the_finding(@TempDir Path dir) throws IOException {
        Compliance.of(smallGrid()).judgingWaiversBy(JUNE_2025).withWaivers(waiverFile(dir, "ZG-08-01", "2025-12-31", null)).assertCompliant();
        Compliance.of(smallGrid()).judgingWaiversBy(JUNE_2025).withWaivers(waiverFile(dir, "ZG-08-01", "2025-12-31", "510302")).assertCompliant();
        assertThatThrownBy(() -> Compliance.of(smallGrid()).judgingWaiversBy(JUNE_2025)
                .withWaivers(waiverFile(dir, "ZG-08-01", "2025-12-31", "510303")).assertCompliant())
                .as("a waiver of another district does not cover it").hasMessageContaining("ZG-08-01 WARNING Grid G-COMM-1");
    }

    @Test
    void an_expired_waiver_from_a_file_fails_with_its_place(@TempDir Path dir) throws IOException {
        Path file = waiverFile(dir, "ZG-08-01", "2025-06-29", null);
        assertThatThrownBy(() -> Compliance.of(smallGrid()).judgingWaiversBy(JUNE_2025).withWaivers(file).assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expired waiver: " + file + ":2:5: ZG-08-01 on G-COMM-1 until 2025-06-29");
    }

    @Test
    void a_malformed_waiver_file_fails_the_assertion_naming_every_problem(@TempDir Path dir) throws IOException {
        Path file = waiverFile(dir, "ZG-08-10", "2025-6-29", null);
        assertThatThrownBy(() -> Compliance.of(smallGrid()).withWaivers(file).assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the waiver file " + file + " cannot be used")
                .hasMessageContaining(file + ":2:17: waivers[0].constraint: unknown constraint ID ZG-08-10 (not in the pack's catalogue); did you mean `ZG-08-01`?")
                .hasMessageContaining(file + ":8:16: waivers[0].expiresOn: '2025-6-29' is not a date");
    }
}
