package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.CIVIL_AFFAIRS;
import static org.wangge.kernel.model.testdata.CompliantCity.WORKER_COMMUNITY;
import static org.wangge.kernel.model.testdata.CompliantCity.ZLJ_AGENCY;
import static org.wangge.kernel.model.testdata.CompliantCity.ZLJ_GOV;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.Circumstances;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.PaymentFromServed;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.ConsequenceLevel;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Art. 22: TEXT findings of staff duties (Art. 13) carry a consequence; the analyst-editable table gives the starting
 * level, and a level above correction and a circular needs the circumstances (情节) the investigation recorded. INDICATOR
 * and POLICY findings carry none.
 */
class Art22ConsequencesTest extends RuleTestSupport {

    static ConductIncident incident(ConductKind kind) {
        return new ConductIncident("CI-1", WORKER_COMMUNITY, kind, LocalDate.of(2025, 5, 10), null, "巡查发现", Substantiation.SUBSTANTIATED,
                LocalDate.of(2025, 6, 1));
    }

    static ConductIncident incident(ConductKind kind, Circumstances circumstances) {
        return new ConductIncident("CI-1", WORKER_COMMUNITY, kind, LocalDate.of(2025, 5, 10), null, "巡查发现", Substantiation.SUBSTANTIATED,
                LocalDate.of(2025, 6, 1), circumstances);
    }

    @ParameterizedTest(name = "{0} ({1}) starts at {2}")
    @CsvSource({
            "ZG-13-01, SECRET_LEAK, CRIMINAL_REFERRAL",
            "ZG-13-02, PERSONAL_INFORMATION_MISUSE, DISCIPLINARY",
            "ZG-13-03, PRIVATE_GAIN, DISCIPLINARY",
            "ZG-13-06, OTHER_ILLEGAL, DISCIPLINARY"})
    void ZG_13_a_starting_level_above_correction_without_recorded_circumstances_gives_correction_and_says_the_higher_level_awaits_them(
            String constraintId, ConductKind kind, ConsequenceLevel starting) {
        List<Finding> found = findings(CompliantCity.with(incident(kind)), constraintId);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(f.consequenceLevel()).contains(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(f.consequenceAwaitingCircumstances()).contains(starting);
        assertThat(f.messageZh()).contains("依照该办法第二十二条，由有关单位责令改正，通报批评；处理等级表所定起始等级为")
                .endsWith("须待调查单位认定情节后方可适用。");
        assertThat(f.messageEn()).contains("Under Art. 22 the responsible unit orders correction").contains("applies only once the investigating unit");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "ZG-13-04, FALSIFICATION_OR_SHIRKING",
            "ZG-13-05, ROUGH_CONDUCT_OR_OBSTRUCTION"})
    void ZG_13_a_starting_level_of_correction_applies_as_it_is_and_awaits_nothing(String constraintId, ConductKind kind) {
        Finding f = findings(CompliantCity.with(incident(kind)), constraintId).get(0);
        assertThat(f.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(f.consequenceAwaitingCircumstances()).isEmpty();
        assertThat(f.messageZh()).endsWith("的规定。依照该办法第二十二条，由有关单位责令改正，通报批评。").doesNotContain("起始等级");
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
            "SECRET_LEAK, CRIME, CRIMINAL_REFERRAL",
            "SECRET_LEAK, SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW, DISCIPLINARY",
            "SECRET_LEAK, NOT_SERIOUS, CORRECTION_AND_CIRCULAR",
            "PRIVATE_GAIN, SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW, DISCIPLINARY",
            "FALSIFICATION_OR_SHIRKING, SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW, DISCIPLINARY",
            "ROUGH_CONDUCT_OR_OBSTRUCTION, CRIME, CRIMINAL_REFERRAL"})
    void ZG_13_recorded_circumstances_grade_the_level_as_art_22_does(ConductKind kind, Circumstances circumstances, ConsequenceLevel level) {
        Finding f = check(CompliantCity.with(incident(kind, circumstances))).findings().stream()
                .filter(x -> x.constraintId().startsWith("ZG-13-")).findFirst().orElseThrow();
        assertThat(f.consequence()).isEqualTo(level);
        assertThat(f.consequenceAwaitingCircumstances()).isEmpty();
        assertThat(f.evidence()).containsEntry("circumstances", circumstances.name());
        assertThat(f.messageZh()).doesNotContain("起始等级").doesNotContain(circumstances.name());
    }

    @Test
    void ZG_13_a_crime_recorded_by_the_investigation_is_worded_as_the_text_grades_it() {
        Finding f = findings(CompliantCity.with(incident(ConductKind.SECRET_LEAK, Circumstances.CRIME)), "ZG-13-01").get(0);
        assertThat(f.messageZh()).endsWith("的规定。调查单位认定构成犯罪，依照该办法第二十二条依法追究刑事责任。");
        Finding serious = findings(CompliantCity.with(incident(ConductKind.PRIVATE_GAIN, Circumstances.SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW)),
                "ZG-13-03").get(0);
        assertThat(serious.messageZh()).endsWith("调查单位认定情节严重，构成违纪违法，依照该办法第二十二条依法依规给予处理。");
    }

    @Test
    void ZG_13_indicator_findings_carry_no_consequence_even_when_their_constraint_has_a_starting_level() {
        List<Finding> found = check(CompliantCity.with(
                new PersonalInfoAccess("PI-9", WORKER_COMMUNITY, LocalDate.of(2025, 5, 10).atTime(10, 0), AccessKind.VIEW, "R-9", null, null, null,
                        null, null, 1),
                new PaymentFromServed("PF-1", WORKER_COMMUNITY, LocalDate.of(2025, 5, 10), "R-0031", null, null))).findings();
        assertThat(found).extracting(Finding::constraintId).containsExactlyInAnyOrder("ZG-13-02", "ZG-13-03");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.basis()).isEqualTo(Basis.INDICATOR);
            assertThat(f.consequence()).isNull();
            assertThat(f.consequenceAwaitingCircumstances()).isEmpty();
            assertThat(f.messageZh()).doesNotContain("第二十二条");
        });
    }

    @Test
    void ZG_16_02_ZG_18_01_ZG_19_01_duties_of_organisations_carry_no_staff_consequence() {
        List<Finding> found = check(CompliantCity.with(
                new DataExchange("X-1", CIVIL_AFFAIRS, ZLJ_AGENCY, LocalDate.of(2025, 6, 3), "比对", null),
                new PayRecord("PAY-W-1-2025-05", WORKER_COMMUNITY, ZLJ_GOV, PayRecord.PayKind.PAY, LocalDate.of(2025, 5, 31),
                        new BigDecimal("3500.00"), null, BigDecimal.ZERO))).findings();
        assertThat(found).extracting(Finding::constraintId).contains("ZG-16-02", "ZG-18-01");
        assertThat(found).filteredOn(f -> !f.constraintId().startsWith("ZG-13-")).allSatisfy(f -> assertThat(f.consequence()).isNull());
    }

    @Test
    void ZG_22_the_table_maps_every_art_13_item_only_since_policy_findings_carry_no_consequence() {
        List<RuleEngine.RuleInfo> tableRules = ENGINE.rules(AS_OF).stream()
                .filter(r -> "art22-consequences.drl.csv".equals(r.file())).collect(Collectors.toList());
        assertThat(tableRules).hasSize(6).allSatisfy(r -> {
            assertThat(r.definition()).startsWith("StaffConsequence:");
            assertThat(r.citation().article()).isEqualTo(22);
            assertThat(r.constraintId()).isNull();
        });
    }
}
