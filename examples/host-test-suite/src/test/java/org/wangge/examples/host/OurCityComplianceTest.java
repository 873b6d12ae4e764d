package org.wangge.examples.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wangge.kernel.testkit.ReportAssert.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.testkit.Compliance;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * Our register of grids and workers must comply with the Measures; one known exception is waived, with a
 * justification and an expiry date.
 */
class OurCityComplianceTest {

    static final CitySnapshot OUR_CITY = SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml"));

    /**
     * The old-town grid is too small (Art. 8 ¶1); the county approved its merger with its neighbour for 2026.
     * The waiver ends then: from the day after its expiry it fails this test by itself, so the exception cannot
     * outlive its reason unnoticed.
     */
    static final Waiver OLD_TOWN_GRID = Waiver.of("ZG-08-01", "G-COMM-1",
            "old-town grid below 300 households; merger with G-COMM-2 approved by the county agency for 2026",
            LocalDate.of(2030, 6, 30));

    @Test
    void our_grid_register_complies_with_articles_7_8_12_and_21() {
        CheckReport report = Compliance.of(OUR_CITY)
                .underArticles(7, 8, 12, 21)
                .withWaiver(OLD_TOWN_GRID)
                .assertCompliant();

        // The report is there for finer assertions: the waived finding is still reported, as a warning.
        assertThat(report).hasNoViolations().hasNoFindingsUnderArticle(7).hasNoFindingsUnderArticle(12);
        assertThat(report).hasWarning("ZG-08-01").on("G-COMM-1");
    }

    @Test
    void our_whole_city_complies_with_every_article_but_for_the_waived_grid() {
        Compliance.of(OUR_CITY).withWaiver(OLD_TOWN_GRID).assertCompliant();
    }

    @Test
    void without_the_waiver_the_small_grid_fails_the_suite() {
        assertThatThrownBy(() -> Compliance.of(OUR_CITY).underArticles(8).assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZG-08-01 WARNING")
                .hasMessageContaining("G-COMM-1");
    }

    @Test
    void once_expired_the_waiver_fails_the_suite_by_itself() {
        Clock julyFirst2030 = Clock.fixed(LocalDate.of(2030, 7, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        assertThatThrownBy(() -> Compliance.of(OUR_CITY).underArticles(8).withWaiver(OLD_TOWN_GRID)
                .judgingWaiversBy(julyFirst2030).assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expired waiver")
                .hasMessageContaining("G-COMM-1");
    }
}
