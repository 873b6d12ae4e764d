package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.CASE_ASSIGNED;
import static org.wangge.kernel.model.testdata.CompliantCity.CIVIL_AFFAIRS;
import static org.wangge.kernel.model.testdata.CompliantCity.EMERGENCY;
import static org.wangge.kernel.model.testdata.CompliantCity.ZLJ_AGENCY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.information.SystemConnection;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-16-01, ZG-16-02: information systems connected to the platform; exchanges of grid information by law (Art. 16). */
class Art16InformationTest extends RuleTestSupport {

    static Case assignedTo(String departmentId) {
        Case k1 = CompliantCity.snapshot().cases().stream().filter(c -> c.id().equals(CASE_ASSIGNED)).findFirst().orElseThrow();
        return new Case(k1.id(), k1.source(), k1.matterId(), k1.category(), k1.safetyHazard(), k1.obstructionOfWorker(), k1.gridId(),
                k1.collectedById(), k1.timeline(), departmentId, k1.handBacks(), k1.supervisions(), k1.closedAsResolved(),
                k1.verification(), k1.evidenceRefs(), k1.partyIds(), k1.summary());
    }

    static SystemConnection civilAffairsConnection(LocalDate to) {
        return new SystemConnection("SC-1", CIVIL_AFFAIRS, "民政综合业务系统", LocalDate.of(2024, 3, 1), to);
    }

    @Test
    void ZG_16_01_a_department_handling_a_case_without_a_connected_system_breaches() {
        Finding f = findings(CompliantCity.with(assignedTo(EMERGENCY)), "ZG-16-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Organisation");
        assertThat(f.subject().id()).isEqualTo(EMERGENCY);
        assertThat(f.occurredOn()).isEqualTo(AS_OF);
        assertThat(f.evidence()).containsEntry("cases", "1").containsEntry("department", "自流井区应急管理局");
        assertThat(f.messageZh()).startsWith("自流井区应急管理局（ORG-ZLJ-EMERGENCY）办理网格事件1件，截至2025年6月30日未将有关的信息系统接入网格化服务管理信息平台")
                .contains("第十六条").doesNotContain("{");
        OfficialText.assertChinese(f, EMERGENCY);
        assertThat(f.messageEn()).contains("a county-level department, handles 1 grid case(s) but, as of 30 June 2025, has not connected")
                .doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art16-information.drl");
    }

    @Test
    void ZG_16_01_a_connection_that_ends_on_the_check_date_still_counts_and_one_that_ended_the_day_before_does_not() {
        assertThat(findings(CompliantCity.with(civilAffairsConnection(AS_OF)), "ZG-16-01")).isEmpty();
        List<Finding> found = findings(CompliantCity.with(civilAffairsConnection(AS_OF.minusDays(1))), "ZG-16-01");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subject().id()).isEqualTo(CIVIL_AFFAIRS);
    }

    @Test
    void ZG_16_01_a_connection_starting_after_the_check_date_does_not_count() {
        SystemConnection later = new SystemConnection("SC-1", CIVIL_AFFAIRS, "民政综合业务系统", AS_OF.plusDays(1), null);
        assertThat(findings(CompliantCity.with(later), "ZG-16-01")).hasSize(1);
    }

    @Test
    void ZG_16_01_a_department_with_no_grid_cases_needs_no_connection() {
        // the compliant city has public security and emergency departments without connections and without cases
        assertThat(findings(CompliantCity.snapshot(), "ZG-16-01")).isEmpty();
    }

    @Test
    void ZG_16_01_binds_city_and_county_departments_only_as_the_text_says() {
        Organisation townshipOffice = new Organisation(EMERGENCY, "某镇应急办", OrganisationKind.DEPARTMENT, GovernmentLevel.TOWNSHIP,
                DepartmentKind.EMERGENCY_MANAGEMENT, "510302", null);
        assertThat(findings(CompliantCity.with(townshipOffice, assignedTo(EMERGENCY)), "ZG-16-01")).isEmpty();
    }

    @Test
    void ZG_16_02_an_exchange_without_a_legal_basis_breaches_on_its_day() {
        DataExchange x = new DataExchange("X-1", CIVIL_AFFAIRS, ZLJ_AGENCY, LocalDate.of(2025, 6, 3), "低保对象名单比对", null);
        Finding f = findings(CompliantCity.with(x), "ZG-16-02").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("DataExchange");
        assertThat(f.subject().id()).isEqualTo("X-1");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(f.evidence()).containsEntry("fromId", CIVIL_AFFAIRS).containsEntry("toId", ZLJ_AGENCY).containsEntry("on", "2025-06-03");
        assertThat(f.messageEn()).contains("自流井区民政局 exchanged or shared grid information with 自流井区网格化服务管理中心 on 3 June 2025 (record X-1)")
                .doesNotContain("{");
        assertThat(f.messageZh()).startsWith("自流井区民政局于2025年6月3日与自流井区网格化服务管理中心交互、共享网格化服务管理有关业务信息（记录X-1），未记录所依据的法律法规")
                .doesNotContain("{");
        OfficialText.assertChinese(f, "X-1");
    }

    @Test
    void ZG_16_02_a_blank_legal_basis_is_none_and_a_recorded_one_complies() {
        assertThat(findings(CompliantCity.with(new DataExchange("X-1", CIVIL_AFFAIRS, ZLJ_AGENCY, LocalDate.of(2025, 6, 3), "比对", "  ")),
                "ZG-16-02")).hasSize(1);
        assertThat(findings(CompliantCity.snapshot(), "ZG-16-02")).isEmpty();
    }

    @Test
    void ZG_16_02_binds_city_and_county_governments_and_their_departments_only() {
        // a county government's exchange is judged; a grid agency's, a township's or a committee's is not addressed by Art. 16
        Finding f = findings(CompliantCity.with(new DataExchange("X-1", CompliantCity.ZLJ_GOV, ZLJ_AGENCY, LocalDate.of(2025, 6, 3), "比对", null)),
                "ZG-16-02").get(0);
        assertThat(f.evidence()).containsEntry("fromId", CompliantCity.ZLJ_GOV);
        for (String from : List.of(ZLJ_AGENCY, CompliantCity.STREET_OFFICE, CompliantCity.TOWNSHIP_GOV, CompliantCity.COMMUNITY_COMMITTEE)) {
            assertThat(findings(CompliantCity.with(new DataExchange("X-1", from, CIVIL_AFFAIRS, LocalDate.of(2025, 6, 3), "比对", null)),
                    "ZG-16-02")).as(from).isEmpty();
        }
    }

    @Test
    void ZG_16_02_an_exchange_on_the_day_the_measures_came_into_force_breaches() {
        assertThat(findings(CompliantCity.with(new DataExchange("X-1", CIVIL_AFFAIRS, ZLJ_AGENCY, LocalDate.of(2024, 2, 1), "比对", null)),
                "ZG-16-02")).hasSize(1);
    }

    @Test
    void ZG_16_02_an_exchange_before_the_measures_came_into_force_gives_no_finding() {
        assertThat(findings(CompliantCity.with(new DataExchange("X-1", CIVIL_AFFAIRS, ZLJ_AGENCY, LocalDate.of(2024, 1, 31), "比对", null)),
                "ZG-16-02")).isEmpty();
    }
}
