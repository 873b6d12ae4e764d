package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-10-01 (the list: compiled by the city agency, published before use), ZG-10-02 (no barred matter on the list),
 * ZG-10-03 (every case on the published list). In the fixture, case K-1 (collected 2025-06-02) uses matter M-1 and
 * case K-2 (collected 2025-06-10) uses matter M-3, both on list L-1.
 */
class Art10MatterAdmissionTest extends RuleTestSupport {

    static MatterList list(String compiledBy, LocalDate publishedOn) {
        return new MatterList(CompliantCity.MATTER_LIST, "2024版", compiledBy,
                Set.of(CompliantCity.CIVIL_AFFAIRS, CompliantCity.PUBLIC_SECURITY, CompliantCity.EMERGENCY), publishedOn);
    }

    static Case k1WithMatter(String matterId) {
        Case k1 = CompliantCity.snapshot().cases().stream().filter(c -> c.id().equals(CompliantCity.CASE_ASSIGNED)).findFirst().orElseThrow();
        return new Case(k1.id(), k1.source(), matterId, k1.category(), k1.safetyHazard(), k1.obstructionOfWorker(), k1.gridId(),
                k1.collectedById(), k1.timeline(), k1.assignedDepartmentId(), k1.handBacks(), k1.supervisions(),
                k1.closedAsResolved(), k1.verification(), k1.evidenceRefs(), k1.partyIds(), k1.summary());
    }

    // ZG-10-01 -------------------------------------------------------------------------------------------------

    @Test
    void ZG_10_01_a_list_compiled_by_a_county_agency_is_a_violation_on_the_list() {
        List<Finding> findings = findings(CompliantCity.with(list(CompliantCity.ZLJ_AGENCY, LocalDate.of(2024, 2, 1))), "ZG-10-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("MatterList");
        assertThat(f.subject().id()).isEqualTo(CompliantCity.MATTER_LIST);
        assertThat(f.evidence()).containsEntry("compiledBy", CompliantCity.ZLJ_AGENCY);
        assertThat(f.messageZh()).contains("事项清单 L-1").contains(CompliantCity.ZLJ_AGENCY).contains("市网格化服务管理工作机构")
                .doesNotContain("{");
        assertThat(f.messageEn()).contains("Matter list L-1: compiled by " + CompliantCity.ZLJ_AGENCY).doesNotContain("{");
    }

    @Test
    void ZG_10_01_a_list_compiled_by_the_city_agency_and_published_before_use_is_compliant() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-10-01")).isEmpty();
    }

    @Test
    void ZG_10_01_a_list_published_on_the_day_its_first_matter_is_used_is_compliant() {
        assertThat(findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 2))), "ZG-10-01")).isEmpty();
    }

    @Test
    void ZG_10_01_a_list_published_the_day_after_its_first_matter_is_used_is_a_violation_dated_the_first_use() {
        List<Finding> findings = findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 3))), "ZG-10-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.subject().id()).isEqualTo(CompliantCity.MATTER_LIST);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(f.evidence()).containsEntry("firstUsedOn", "2025-06-02").containsEntry("casesBeforePublication", "1")
                .containsEntry("publishedOn", "2025-06-03");
        assertThat(f.messageEn()).contains("used from 2025-06-02 by 1 case(s)").contains("published 2025-06-03").doesNotContain("{");
        assertThat(f.messageZh()).contains("2025-06-03 才公布").doesNotContain("{");
    }

    @Test
    void ZG_10_01_an_unpublished_list_in_use_is_one_violation_on_the_list_counting_every_case() {
        List<Finding> findings = findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, null)), "ZG-10-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).containsEntry("casesBeforePublication", "2").containsEntry("publishedOn", "-");
        assertThat(findings.get(0).messageEn()).contains("still unpublished");
    }

    @Test
    void ZG_10_01_an_unpublished_list_nobody_uses_yet_is_a_draft_and_compliant() {
        MatterList draft = new MatterList("L-2", "2026版征求意见稿", CompliantCity.CITY_AGENCY, Set.of(), null);
        assertThat(findings(CompliantCity.with(draft), "ZG-10-01")).isEmpty();
    }

    // ZG-10-02 -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterNature.class, names = {"ADMINISTRATIVE_LICENSING", "ADMINISTRATIVE_PENALTY",
            "ADMINISTRATIVE_COERCION", "OTHER_INCONSISTENT"})
    void ZG_10_02_a_matter_of_a_barred_nature_on_the_list_is_a_violation(MatterNature nature) {
        Matter barred = new Matter("M-9", CompliantCity.MATTER_LIST, "占道经营处罚", MatterCategory.PUBLIC_OPINION, nature, CompliantCity.CIVIL_AFFAIRS);
        List<Finding> findings = findings(CompliantCity.with(barred), "ZG-10-02");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Matter");
        assertThat(f.subject().id()).isEqualTo("M-9");
        assertThat(f.evidence()).containsEntry("name", "占道经营处罚").containsEntry("nature", nature.name());
        assertThat(f.messageZh()).contains("M-9（占道经营处罚）性质为 " + nature.name()).doesNotContain("{");
        assertThat(f.messageEn()).contains("Matter M-9 (占道经营处罚) is of nature " + nature.name()).doesNotContain("{");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterNature.class, names = {"SERVICE", "INFORMATION_COLLECTION", "PUBLICITY", "SCREENING",
            "MEDIATION", "ASSISTANCE"})
    void ZG_10_02_a_matter_of_a_grid_nature_is_compliant(MatterNature nature) {
        Matter fine = new Matter("M-9", CompliantCity.MATTER_LIST, "便民服务", MatterCategory.PUBLIC_WELFARE_AND_CONVENIENCE, nature, null);
        assertThat(findings(CompliantCity.with(fine), "ZG-10-02")).isEmpty();
    }

    // ZG-10-03 -------------------------------------------------------------------------------------------------

    @Test
    void ZG_10_03_a_case_that_names_no_matter_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(k1WithMatter(null)), "ZG-10-03");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(f.evidence()).containsEntry("reason", "NO_MATTER").containsEntry("matter", "-");
        assertThat(f.messageZh()).contains("事项 K-1 未列入已公布的网格化服务管理事项清单").contains("未对应任何清单事项").doesNotContain("{");
        assertThat(f.messageEn()).contains("Case K-1 is not on the published grid matter list: it names no matter").doesNotContain("{");
    }

    @Test
    void ZG_10_03_a_case_whose_matter_is_on_no_list_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(k1WithMatter("M-404")), "ZG-10-03");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).containsEntry("reason", "UNKNOWN_MATTER").containsEntry("matter", "M-404");
        assertThat(findings.get(0).messageEn()).contains("its matter M-404 is on no grid matter list");
    }

    @Test
    void ZG_10_03_a_case_whose_matter_is_on_a_list_of_unknown_id_is_a_violation() {
        Matter orphan = new Matter("M-8", "L-404", "未知清单事项", MatterCategory.PUBLIC_OPINION, MatterNature.SERVICE, null);
        CitySnapshot snapshot = CompliantCity.with(orphan, k1WithMatter("M-8"));
        assertThat(findings(snapshot, "ZG-10-03")).extracting(f -> f.evidence().get("reason")).containsExactly("UNKNOWN_MATTER");
    }

    @Test
    void ZG_10_03_a_case_collected_before_its_list_was_published_is_a_violation_on_the_case_and_the_list_gets_ZG_10_01() {
        var snapshot = CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 3)));
        List<Finding> findings = findings(snapshot, "ZG-10-03");
        assertThat(findings).hasSize(1); // K-1 (collected 06-02); K-2 (collected 06-10) is after publication
        Finding f = findings.get(0);
        assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
        assertThat(f.evidence()).containsEntry("reason", "LIST_UNPUBLISHED").containsEntry("matter", CompliantCity.MATTER_OPINION);
        assertThat(f.messageEn()).contains("list L-1, which was not published on 2025-06-02").contains("published 2025-06-03");
        assertThat(f.messageZh()).contains("在收集日 2025-06-02 尚未公布");
        assertThat(findings(snapshot, "ZG-10-01")).extracting(x -> x.subject().kind()).containsExactly("MatterList");
    }

    @Test
    void ZG_10_03_a_case_collected_on_the_day_its_list_was_published_is_compliant() {
        assertThat(findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 2))), "ZG-10-03")).isEmpty();
    }

    @Test
    void ZG_10_03_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-10-03")).isEmpty();
        assertThat(findings(CompliantCity.snapshot(), "ZG-10-02")).isEmpty();
    }
}
