package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.COMMUNITY_GRID;
import static org.wangge.kernel.model.testdata.CompliantCity.RONG_AGENCY;
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
import org.wangge.kernel.model.organisation.AgencyMechanism;
import org.wangge.kernel.model.organisation.Commendation;
import org.wangge.kernel.model.organisation.MechanismKind;
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

    private static final String RATING = "SR-" + COMMUNITY_GRID + "-2024";
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
    void ZG_17_01_an_active_grid_without_a_star_rating_for_the_last_completed_period_is_warned_as_a_local_limit() {
        Finding f = findings(withoutRating(), "ZG-17-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.basis()).isEqualTo(org.wangge.kernel.rules.Basis.POLICY);
        assertThat(f.subject().kind()).isEqualTo("Grid");
        assertThat(f.subject().id()).isEqualTo(COMMUNITY_GRID);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1)); // due the day after the period ended
        assertThat(f.evidence()).containsEntry("periodStart", "2024-01-01").containsEntry("periodEnd", "2024-12-31");
        assertThat(f.messageZh()).startsWith("网格檀木林社区第一网格（G-COMM-1）2024年1月1日至2024年12月31日考核期已结束，无星级评定")
                .contains("第十七条第一款").contains("本地设定").doesNotContain("{");
        OfficialText.assertChinese(f, COMMUNITY_GRID);
        assertThat(f.messageEn()).contains("has no star rating for the completed assessment period 1 January 2024 to 31 December 2024")
                .doesNotContain("{");
        assertThat(f.appliedPolicies()).extracting(org.wangge.kernel.rules.AppliedPolicy::key)
                .contains("assessment.period.months", "table:star-rating");
        assertThat(f.ruleFile()).isEqualTo("art17-rating-and-assessment.drl");
    }

    @Test
    void ZG_17_01_a_rating_must_cover_the_whole_completed_period_from_the_grids_first_day() {
        // the grid is in effect from 2024-02-01: a rating from that day to the period's last day covers it
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31))), "ZG-17-01")).isEmpty();
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 12, 31))), "ZG-17-01")).hasSize(1);
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30))), "ZG-17-01")).hasSize(1);
    }

    @Test
    void ZG_17_01_a_rating_of_the_current_period_only_is_not_the_completed_period() {
        assertThat(findings(CompliantCity.with(rating(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))), "ZG-17-01")).hasSize(1);
    }

    @Test
    void ZG_17_01_indicators_for_the_completed_period_give_a_derived_rating_instead() {
        GridIndicators last = new GridIndicators(COMMUNITY_GRID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 40, 40, 10, 9);
        assertThat(findings(withoutRating(last), "ZG-17-01")).isEmpty(); // even one star is a rating
        GridIndicators current = new GridIndicators(COMMUNITY_GRID, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 99, 99, 10, 0);
        assertThat(findings(withoutRating(current), "ZG-17-01")).hasSize(1);
    }

    @Test
    void ZG_17_01_a_grid_first_in_effect_after_the_completed_period_needs_no_rating_for_it() {
        org.wangge.kernel.model.grid.Grid g = CompliantCity.snapshot().grids().stream().filter(x -> x.id().equals(COMMUNITY_GRID)).findFirst()
                .orElseThrow();
        org.wangge.kernel.model.grid.Grid newer = new org.wangge.kernel.model.grid.Grid(g.id(), g.code(), g.name(), g.kind(), g.placeKind(),
                g.divisionCodes(), g.households(), g.residents(), g.areaDescription(), g.dividedById(), g.legalBasis(), g.organiserId(),
                g.implementingUnitId(), g.status(), LocalDate.of(2025, 1, 1), null);
        assertThat(findings(withoutRating(newer), "ZG-17-01")).isEmpty();
    }

    @Test
    void ZG_17_01_a_period_that_ended_before_the_measures_came_into_force_gives_no_finding() {
        // checked on 2024-06-30: the last completed period is 2023, due 2024-01-01, before 2024-02-01
        assertThat(check(withoutRating(), LocalDate.of(2024, 6, 30)).findings("ZG-17-01")).isEmpty();
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
    void ZG_17_02_a_worker_without_an_assessment_for_the_last_completed_period_is_warned() {
        Finding f = findings(withoutAssessment(), "ZG-17-02").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(f.evidence()).containsEntry("periodStart", "2024-01-01").containsEntry("periodEnd", "2024-12-31");
        String masked = CompliantCity.snapshot().workers().get(0).name().masked();
        assertThat(f.evidence()).containsEntry("worker", masked);
        assertThat(f.messageZh()).startsWith("网格员" + masked + "（W-1）2024年1月1日至2024年12月31日考核期已结束，无考核记录").doesNotContain("{");
        OfficialText.assertChinese(f, WORKER_COMMUNITY);
        assertThat(f.messageEn()).contains("Grid worker " + masked + " (W-1) has no assessment for the completed assessment period 1 January 2024 to 31 December 2024")
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

    // ---------------------------------------------------------------- ZG-17-03

    static CitySnapshot withoutMechanisms(String agency, MechanismKind... kinds) {
        List<MechanismKind> gone = List.of(kinds);
        return CompliantCity.without(o -> o instanceof AgencyMechanism m && m.agencyId().equals(agency) && gone.contains(m.kind()));
    }

    @Test
    void ZG_17_03_every_grid_agency_of_the_compliant_city_has_every_mechanism_and_the_star_rated_grid_system() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-17-03")).isEmpty();
    }

    @Test
    void ZG_17_03_an_agency_without_a_training_mechanism_and_the_star_rated_grid_system_breaches_the_text() {
        Finding f = findings(withoutMechanisms(ZLJ_AGENCY, MechanismKind.TRAINING, MechanismKind.STAR_RATED_GRID), "ZG-17-03").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.basis()).isEqualTo(org.wangge.kernel.rules.Basis.TEXT);
        assertThat(f.subject().kind()).isEqualTo("Organisation");
        assertThat(f.subject().id()).isEqualTo(ZLJ_AGENCY);
        assertThat(f.occurredOn()).isEqualTo(AS_OF);
        assertThat(f.evidence()).containsEntry("missing", "TRAINING,STAR_RATED_GRID");
        assertThat(f.messageZh()).startsWith("自流井区网格化服务管理中心（ORG-ZLJ-AGENCY）截至2025年6月30日无网格员培训工作机制、星级网格管理制度的记录")
                .contains("第十七条第一款").doesNotContain("{");
        OfficialText.assertChinese(f, ZLJ_AGENCY);
        assertThat(f.messageEn()).contains("no record of its mechanism for training grid workers, star-rated grid system");
        assertThat(f.ruleFile()).isEqualTo("art17-rating-and-assessment.drl");
    }

    @Test
    void ZG_17_03_binds_the_city_level_agency_too() {
        assertThat(findings(withoutMechanisms(CompliantCity.CITY_AGENCY, MechanismKind.HIRING), "ZG-17-03"))
                .extracting(x -> x.subject().id()).containsExactly(CompliantCity.CITY_AGENCY);
    }

    @Test
    void ZG_17_03_a_mechanism_adopted_on_the_check_date_counts_one_adopted_the_day_after_does_not() {
        AgencyMechanism onTheDay = new AgencyMechanism("MECH-" + ZLJ_AGENCY + "-INCENTIVE", ZLJ_AGENCY, MechanismKind.INCENTIVE, "激励办法", AS_OF, null);
        assertThat(findings(CompliantCity.with(onTheDay), "ZG-17-03")).isEmpty();
        AgencyMechanism later = new AgencyMechanism("MECH-" + ZLJ_AGENCY + "-INCENTIVE", ZLJ_AGENCY, MechanismKind.INCENTIVE, "激励办法",
                AS_OF.plusDays(1), null);
        assertThat(findings(CompliantCity.with(later), "ZG-17-03")).singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsEntry("missing", "INCENTIVE"));
    }

    @Test
    void ZG_17_03_a_repealed_mechanism_no_longer_counts_from_the_day_after_its_last_day() {
        AgencyMechanism repealed = new AgencyMechanism("MECH-" + ZLJ_AGENCY + "-HIRING", ZLJ_AGENCY, MechanismKind.HIRING, "聘用办法",
                LocalDate.of(2024, 2, 1), AS_OF.minusDays(1));
        assertThat(findings(CompliantCity.with(repealed), "ZG-17-03")).hasSize(1);
        AgencyMechanism lastDay = new AgencyMechanism("MECH-" + ZLJ_AGENCY + "-HIRING", ZLJ_AGENCY, MechanismKind.HIRING, "聘用办法",
                LocalDate.of(2024, 2, 1), AS_OF);
        assertThat(findings(CompliantCity.with(lastDay), "ZG-17-03")).isEmpty();
    }

    @Test
    void ZG_17_03_a_missing_mechanism_is_cured_once_recorded_and_gives_no_finding_before_the_measures() {
        CitySnapshot none = withoutMechanisms(RONG_AGENCY, MechanismKind.values());
        assertThat(check(none, LocalDate.of(2024, 1, 31)).findings("ZG-17-03")).isEmpty();
        assertThat(check(none, LocalDate.of(2024, 2, 1)).findings("ZG-17-03")).singleElement()
                .satisfies(x -> assertThat(x.evidence()).containsEntry("missing", "HIRING,MANAGEMENT,TRAINING,ASSESSMENT,INCENTIVE,STAR_RATED_GRID"));
    }

    @Test
    void ZG_17_commendations_are_modelled_without_a_constraint() {
        // Art. 17 ¶2: no commendation is no finding
        CitySnapshot none = CompliantCity.without(o -> o instanceof Commendation);
        assertThat(none.commendations()).isEmpty();
        assertThat(CompliantCity.snapshot().commendations()).hasSize(1);
        assertThat(check(none).findings()).isEmpty();
    }
}
