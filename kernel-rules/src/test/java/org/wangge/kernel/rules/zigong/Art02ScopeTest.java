package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-02-01: a subject outside the pack's jurisdiction is reported as out of scope and never checked (Art. 2). */
class Art02ScopeTest extends RuleTestSupport {

    /** A grid in Chengdu (510104), far too small and without workers: it would breach Art. 8, 12 and 21 if it were checked. */
    private static Grid chengduGrid() {
        return new Grid("G-CD-1", GridCode.of("510104001001001"), "成都某网格", GridKind.COMMUNITY, null, Set.of("510104001001"),
                10, 10, "成都", CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
    }

    @Test
    void ZG_02_01_a_grid_outside_zigong_is_a_notice_and_nothing_else_is_reported_about_it() {
        var report = check(CompliantCity.with(chengduGrid()));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("G-CD-1"))
                .extracting(Finding::constraintId).containsExactly("ZG-02-01");
        Finding f = report.findings("ZG-02-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.NOTICE);
        assertThat(f.evidence()).containsEntry("divisionCode", "510104001001").containsEntry("jurisdiction", "510300");
        assertThat(f.messageEn()).contains("Grid G-CD-1 lies in division 510104001001, outside the pack's jurisdiction 510300")
                .doesNotContain("{");
        assertThat(f.messageZh()).contains("不在本规则包辖区 510300 内").contains("第二条").doesNotContain("{");
        assertThat(report.hasNoViolations()).isTrue();
    }

    @Test
    void ZG_02_01_an_organisation_outside_zigong_is_a_notice() {
        Organisation chengduBureau = new Organisation("ORG-CD-PSB", "成都市某公安分局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY,
                DepartmentKind.PUBLIC_SECURITY, "510104", null);
        assertThat(findings(CompliantCity.with(chengduBureau), "ZG-02-01")).extracting(f -> f.subject().toString())
                .containsExactly("Organisation ORG-CD-PSB");
    }

    @Test
    void ZG_02_01_every_subject_of_the_compliant_city_is_in_scope() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-02-01")).isEmpty();
    }

    @Test
    void ZG_02_01_a_grid_lying_partly_in_zigong_is_in_scope() {
        Grid straddling = new Grid("G-X", GridCode.of(CompliantCity.COMMUNITY_CODE + "003"), "跨界网格", GridKind.COMMUNITY, null,
                Set.of("510104001001", CompliantCity.COMMUNITY_CODE), 400, 1000, "跨界", CompliantCity.ZLJ_AGENCY, null, null, null,
                GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
        assertThat(findings(CompliantCity.with(straddling), "ZG-02-01")).isEmpty();
    }
}
