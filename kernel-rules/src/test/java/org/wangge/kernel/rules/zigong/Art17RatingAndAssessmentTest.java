package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.COMMUNITY_GRID;
import static org.wangge.kernel.model.testdata.CompliantCity.WORKER_COMMUNITY;
import static org.wangge.kernel.model.testdata.CompliantCity.ZLJ_AGENCY;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.wangge.kernel.model.grid.GridIndicators;
import org.wangge.kernel.model.grid.StarRating;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.Assessment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.facts.CurrentAssessmentPeriod;
import org.wangge.kernel.rules.facts.DerivedStarRating;
import org.wangge.kernel.rules.facts.LastFullAssessmentPeriod;

/** ZG-17-01, ZG-17-02: star-rated grids and assessed workers, by calendar-aligned assessment periods (Art. 17 ¶1). */
class Art17RatingAndAssessmentTest extends RuleTestSupport {

    private static final String RATING = "SR-" + COMMUNITY_GRID + "-2025";
    private static final String ASSESSMENT = "AS-" + WORKER_COMMUNITY + "-2024";

    static StarRating rating(LocalDate from, LocalDate to) {
        return new StarRating(RATING, COMMUNITY_GRID, from, to, 3, ZLJ_AGENCY);
    }

    static CitySnapshot withoutRating(Object... changes) {
        return CompliantCity.without(o -> o instanceof StarRating r && r.id().equals(RATING), changes);
    }

    static CitySnapshot withoutAssessment(Object... changes) {
        return CompliantCity.without(o -> o instanceof Assessment a && a.id().equals(ASSESSMENT), changes);
    }

    static GridWorker worker(LocalDate from, LocalDate to) {
        GridWorker w = CompliantCity.snapshot().workers().stream().filter(x -> x.id().equals(WORKER_COMMUNITY)).findFirst().orElseThrow();
        return new GridWorker(w.id(), w.name(), w.idNumber(), w.phone(), w.employment(), from, to);
    }

    // ---------------------------------------------------------------- periods

    @Test
    void ZG_17_periods_are_calendar_aligned() {
        assertThat(CurrentAssessmentPeriod.containing(AS_OF, 12))
                .isEqualTo(new CurrentAssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(CurrentAssessmentPeriod.containing(AS_OF, 12).previous())
                .isEqualTo(new LastFullAssessmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(CurrentAssessmentPeriod.containing(LocalDate.of(2025, 7, 1), 6))
                .isEqualTo(new CurrentAssessmentPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
        assertThat(CurrentAssessmentPeriod.containing(LocalDate.of(2025, 2, 15), 3).previous())
                .isEqualTo(new LastFullAssessmentPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
    }

    // ---------------------------------------------------------------- ZG-17-01

    @Test
    void ZG_17_01_an_active_grid_without_a_star_rating_for_the_current_period_is_warned() {
        Finding f = findings(withoutRating(), "ZG-17-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("Grid");
        assertThat(f.subject().id()).isEqualTo(COMMUNITY_GRID);
        assertThat(f.occurredOn()).isEqualTo(AS_OF);
        assertThat(f.evidence()).containsEntry("periodStart", "2025-01-01").containsEntry("periodEnd", "2025-12-31");
        assertThat(f.messageZh()).contains("网格 G-COMM-1 在本考核期（2025年1月1日 至 2025年12月31日）没有星级评定").contains("第十七条第一款")
                .doesNotContain("{");
        assertThat(f.messageEn()).contains("Grid G-COMM-1 has no star rating for the current assessment period (1 January 2025 to 31 December 2025)")
                .doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art17-rating-and-assessment.drl");
    }

    @Test
    void ZG_17_01_a_rating_whose_period_ends_on_the_check_date_still_covers_it() {
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2025, 1, 1), AS_OF)), "ZG-17-01")).isEmpty();
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2024, 7, 1), AS_OF.minusDays(1))), "ZG-17-01")).hasSize(1);
    }

    @Test
    void ZG_17_01_a_rating_of_the_last_period_only_is_not_enough() {
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))), "ZG-17-01")).hasSize(1);
    }

    @Test
    void ZG_17_01_indicators_for_the_current_period_give_a_derived_rating_instead() {
        GridIndicators current = new GridIndicators(COMMUNITY_GRID, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 40, 40, 10, 9);
        assertThat(findings(withoutRating(current), "ZG-17-01")).isEmpty(); // even one star is a rating
        GridIndicators last = new GridIndicators(COMMUNITY_GRID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 99, 99, 10, 0);
        assertThat(findings(withoutRating(last), "ZG-17-01")).hasSize(1);
    }

    // ---------------------------------------------------------------- the star-rating table

    private static KieContainer table;
    private static ReleaseId tableRelease;

    @BeforeAll
    static void compileTheStarRatingTableAlone() throws IOException {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        tableRelease = ks.newReleaseId("org.wangge.test", "star-rating-table", "1.0.0");
        kfs.generateAndWritePomXML(tableRelease);
        try (InputStream in = RuleEngine.class.getClassLoader().getResourceAsStream(RuleEngine.ZIGONG_PACK + "/star-rating.drl.csv")) {
            kfs.write("src/main/resources/star/star-rating.drl.csv", in.readAllBytes());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        table = ks.newKieContainer(tableRelease);
    }

    @AfterAll
    static void dropTheTable() {
        KieServices.get().getRepository().removeKieModule(tableRelease);
    }

    static List<Integer> stars(int onTime, int satisfaction, int complaints) {
        KieSession session = table.newKieSession();
        try {
            session.insert(new GridIndicators(COMMUNITY_GRID, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), onTime, satisfaction, 10,
                    complaints));
            session.fireAllRules();
            List<Integer> out = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof DerivedStarRating r) {
                    out.add(r.stars());
                }
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    @ParameterizedTest(name = "on time {0} %, satisfaction {1} %, {2} complaints: {3} stars")
    @CsvSource({
            "95, 95, 0, 5", "100, 100, 0, 5", "94, 95, 0, 4", "95, 94, 0, 4", "95, 95, 1, 4",
            "90, 90, 1, 4", "89, 90, 1, 3", "90, 90, 2, 3", "80, 80, 2, 3", "79, 99, 0, 2",
            "60, 60, 3, 2", "59, 100, 0, 1", "100, 100, 4, 1", "0, 0, 0, 1"})
    void ZG_17_01_the_star_rating_table_gives_the_highest_band_whose_thresholds_a_grid_meets(int onTime, int satisfaction, int complaints,
            int expected) {
        assertThat(stars(onTime, satisfaction, complaints)).containsExactly(expected);
    }

    @Test
    void ZG_17_01_the_star_rating_bands_do_not_overlap_every_grid_gets_exactly_one_rating() {
        for (int onTime = 0; onTime <= 100; onTime += 5) {
            for (int satisfaction = 0; satisfaction <= 100; satisfaction += 5) {
                for (int complaints = 0; complaints <= 5; complaints++) {
                    assertThat(stars(onTime, satisfaction, complaints)).as("%d/%d/%d", onTime, satisfaction, complaints).hasSize(1);
                }
            }
        }
    }

    // ---------------------------------------------------------------- ZG-17-02

    @Test
    void ZG_17_02_a_worker_without_an_assessment_for_the_last_full_period_is_warned() {
        Finding f = findings(withoutAssessment(), "ZG-17-02").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.evidence()).containsEntry("periodStart", "2024-01-01").containsEntry("periodEnd", "2024-12-31");
        assertThat(f.messageZh()).contains("网格员 W-1 在上一完整考核期（2024年1月1日 至 2024年12月31日）没有考核记录").doesNotContain("{");
        assertThat(f.messageEn()).contains("Grid worker W-1 has no assessment for the last full assessment period (1 January 2024 to 31 December 2024)")
                .doesNotContain("{");
    }

    @Test
    void ZG_17_02_a_worker_who_began_on_the_last_day_of_the_period_needs_an_assessment_one_who_began_the_day_after_does_not() {
        assertThat(findings(withoutAssessment(worker(LocalDate.of(2024, 12, 31), null)), "ZG-17-02")).hasSize(1);
        assertThat(findings(withoutAssessment(worker(LocalDate.of(2025, 1, 1), null)), "ZG-17-02")).isEmpty();
    }

    @Test
    void ZG_17_02_an_assessment_from_the_workers_first_day_covers_a_worker_who_joined_during_the_period() {
        // the worker began on 2024-02-01
        Assessment fromStart = new Assessment(ASSESSMENT, WORKER_COMMUNITY, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31), ZLJ_AGENCY, "合格");
        assertThat(findings(CompliantCity.with(fromStart), "ZG-17-02")).isEmpty();
        Assessment late = new Assessment(ASSESSMENT, WORKER_COMMUNITY, LocalDate.of(2024, 2, 2), LocalDate.of(2024, 12, 31), ZLJ_AGENCY, "合格");
        assertThat(findings(CompliantCity.with(late), "ZG-17-02")).hasSize(1);
        Assessment shortEnd = new Assessment(ASSESSMENT, WORKER_COMMUNITY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30), ZLJ_AGENCY, "合格");
        assertThat(findings(CompliantCity.with(shortEnd), "ZG-17-02")).hasSize(1);
    }

    @Test
    void ZG_17_02_an_assessment_of_an_older_period_is_not_enough() {
        Assessment old = new Assessment(ASSESSMENT, WORKER_COMMUNITY, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), ZLJ_AGENCY, "合格");
        assertThat(findings(CompliantCity.with(worker(LocalDate.of(2023, 1, 1), null), old), "ZG-17-02")).hasSize(1);
    }

    @Test
    void ZG_17_02_a_worker_no_longer_serving_on_the_check_date_is_not_checked() {
        assertThat(findings(withoutAssessment(worker(LocalDate.of(2024, 2, 1), AS_OF.minusDays(1))), "ZG-17-02")).isEmpty();
        assertThat(findings(withoutAssessment(worker(LocalDate.of(2024, 2, 1), AS_OF)), "ZG-17-02")).hasSize(1);
    }
}
