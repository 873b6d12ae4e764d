package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-09-01: every case or task given to grid workers falls under one of the eight matters of Art. 9. */
class Art09ServiceMattersTest extends RuleTestSupport {

    static Case caseOf(MatterCategory category, String collected) {
        return kase(CompliantCity.CASE_ASSIGNED, category, CompliantCity.MATTER_OPINION, false, false,
                timeline(collected, collected, null, null, null, null), null, List.of());
    }

    @Test
    void ZG_09_01_a_case_outside_the_eight_matters_is_a_violation_dated_the_day_it_was_collected() {
        List<Finding> findings = findings(CompliantCity.with(caseOf(MatterCategory.OUTSIDE_ARTICLE_9, "2025-06-02T09:00")), "ZG-09-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(f.evidence()).containsEntry("category", "OUTSIDE_ARTICLE_9");
        assertThat(f.messageZh()).contains("事件K-1不属于所列八类网格化服务管理事项中的任何一类").contains("第九条")
                .doesNotContain("OUTSIDE").doesNotContain("{");
        assertThat(f.messageEn()).contains("Case " + CompliantCity.CASE_ASSIGNED + " falls under none of the eight items of Art. 9")
                .doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art09-service-matters.drl");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterCategory.class, names = "OUTSIDE_ARTICLE_9", mode = EnumSource.Mode.EXCLUDE)
    void ZG_09_01_a_case_under_any_of_the_eight_items_is_compliant(MatterCategory category) {
        Case c = caseOf(category, "2025-06-02T09:00");
        if (category == MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT) {
            c = assignedBy(c, CompliantCity.ZLJ_GOV);
        }
        assertThat(findings(CompliantCity.with(c), "ZG-09-01")).isEmpty();
    }

    static Case assignedBy(Case c, String by) {
        return new Case(c.id(), CaseSource.ASSIGNED_FROM_ABOVE, c.matterId(), c.category(), c.safetyHazard(), c.obstructionOfWorker(),
                c.gridId(), c.collectedById(), c.timeline(), c.assignedDepartmentId(), c.handBacks(), c.supervisions(),
                c.closedAsResolved(), c.verification(), c.evidenceRefs(), c.partyIds(), c.summary(), by);
    }

    @Test
    void ZG_09_01_a_matter_under_item_8_that_names_no_assigning_body_is_a_warning() {
        Case c = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2025-06-02T09:00"), null);
        assertThat(findings(CompliantCity.with(c), "ZG-09-01")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains("事件K-1列为党委、政府交办的其他事项，但未记录交办的党委或者人民政府")
                    .contains("第九条“落实党委、政府交办的其他事项”").doesNotContain("{");
        });
    }

    @Test
    void ZG_09_01_a_matter_under_item_8_assigned_by_a_department_is_a_warning_and_by_a_party_committee_is_not() {
        Case byDepartment = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2025-06-02T09:00"), CompliantCity.CIVIL_AFFAIRS);
        assertThat(findings(CompliantCity.with(byDepartment), "ZG-09-01")).singleElement().satisfies(f ->
                assertThat(f.messageZh()).contains("记录的交办者自流井区民政局为部门，不是党委或者人民政府"));
        Organisation committee = new Organisation("ORG-ZLJ-PARTY", "中共自贡市自流井区委员会", OrganisationKind.PARTY_COMMITTEE,
                GovernmentLevel.COUNTY, null, "510302", null);
        Case byCommittee = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2025-06-02T09:00"), committee.id());
        assertThat(findings(CompliantCity.with(committee, byCommittee), "ZG-09-01")).isEmpty();
        Case byTownship = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2025-06-02T09:00"), CompliantCity.TOWNSHIP_GOV);
        assertThat(findings(CompliantCity.with(byTownship), "ZG-09-01")).isEmpty();
        Case byNobodyKnown = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2025-06-02T09:00"), "ORG-NOWHERE");
        assertThat(findings(CompliantCity.with(byNobodyKnown), "ZG-09-01")).singleElement().satisfies(f ->
                assertThat(f.messageZh()).contains("不在本次检查的数据中"));
    }

    @Test
    void ZG_09_01_an_unassigned_item_8_matter_the_day_before_the_measures_gives_no_finding_and_the_day_of_does() {
        Case before = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2024-01-31T23:59"), null);
        Case dayOf = assignedBy(caseOf(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, "2024-02-01T00:00"), null);
        assertThat(findings(CompliantCity.with(before), "ZG-09-01")).isEmpty();
        assertThat(findings(CompliantCity.with(dayOf), "ZG-09-01")).hasSize(1);
    }

    @Test
    void ZG_09_01_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-09-01")).isEmpty();
    }

    @Test
    void ZG_09_01_a_case_collected_the_day_before_the_measures_took_effect_gives_no_finding() {
        assertThat(findings(CompliantCity.with(caseOf(MatterCategory.OUTSIDE_ARTICLE_9, "2024-01-31T23:59")), "ZG-09-01")).isEmpty();
        assertThat(findings(CompliantCity.with(caseOf(MatterCategory.OUTSIDE_ARTICLE_9, "2024-02-01T00:00")), "ZG-09-01")).hasSize(1);
    }
}
