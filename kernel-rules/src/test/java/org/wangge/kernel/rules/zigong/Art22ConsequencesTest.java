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
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.rules.ConsequenceLevel;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;

/** Art. 22: findings of staff duties carry the consequence level the analyst-editable table gives; others carry none. */
class Art22ConsequencesTest extends RuleTestSupport {

    static ConductIncident incident(ConductKind kind) {
        return new ConductIncident("CI-1", WORKER_COMMUNITY, kind, LocalDate.of(2025, 5, 10), null, "巡查发现", Substantiation.SUBSTANTIATED,
                LocalDate.of(2025, 6, 1));
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({
            "ZG-13-01, SECRET_LEAK, CRIMINAL_REFERRAL",
            "ZG-13-02, PERSONAL_INFORMATION_MISUSE, DISCIPLINARY",
            "ZG-13-03, PRIVATE_GAIN, DISCIPLINARY",
            "ZG-13-04, FALSIFICATION_OR_SHIRKING, CORRECTION_AND_CIRCULAR",
            "ZG-13-05, ROUGH_CONDUCT_OR_OBSTRUCTION, CORRECTION_AND_CIRCULAR",
            "ZG-13-06, OTHER_ILLEGAL, DISCIPLINARY"})
    void ZG_13_findings_carry_the_art_22_consequence_level_of_the_table(String constraintId, ConductKind kind, ConsequenceLevel level) {
        List<Finding> found = findings(CompliantCity.with(incident(kind)), constraintId);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).consequence()).isEqualTo(level);
        assertThat(found.get(0).consequenceLevel()).contains(level);
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
    void ZG_22_the_table_maps_every_art_13_item_and_the_staff_duties_of_arts_14_15_and_23() {
        List<RuleEngine.RuleInfo> tableRules = ENGINE.rules(AS_OF).stream()
                .filter(r -> "art22-consequences.drl.csv".equals(r.file())).collect(Collectors.toList());
        assertThat(tableRules).hasSize(11).allSatisfy(r -> {
            assertThat(r.definition()).startsWith("StaffConsequence:");
            assertThat(r.citation().article()).isEqualTo(22);
            assertThat(r.constraintId()).isNull();
        });
    }
}
