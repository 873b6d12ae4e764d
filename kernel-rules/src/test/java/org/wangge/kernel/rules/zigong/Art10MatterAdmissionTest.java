package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-10-01 (the list: compiled by the city agency 会同 the departments, published to society — a day and a channel —
 * before use; a city with no published list), ZG-10-02 (no barred matter on the list), ZG-10-03 (every matter a
 * department or unit hands down to the grids is on the published list; resident demands, suggestions and what workers
 * discover never). In the fixture, case K-1 (collected 2025-06-02) uses matter M-1 and case K-2 (collected 2025-06-10)
 * uses matter M-3, both on list L-1.
 */
class Art10MatterAdmissionTest extends RuleTestSupport {

    static MatterList list(String compiledBy, LocalDate publishedOn) {
        return new MatterList(CompliantCity.MATTER_LIST, "2024版", compiledBy,
                Set.of(CompliantCity.CIVIL_AFFAIRS, CompliantCity.PUBLIC_SECURITY, CompliantCity.EMERGENCY), publishedOn,
                publishedOn == null ? null : "自贡市人民政府门户网站");
    }

    static Case k1WithMatter(String matterId) {
        return k1(matterId, CaseSource.ASSIGNED_FROM_ABOVE, CompliantCity.CIVIL_AFFAIRS);
    }

    static Case k1(String matterId, CaseSource source, String assignedBy) {
        Case k1 = CompliantCity.snapshot().cases().stream().filter(c -> c.id().equals(CompliantCity.CASE_ASSIGNED)).findFirst().orElseThrow();
        return new Case(k1.id(), source, matterId, k1.category(), k1.safetyHazard(), k1.obstructionOfWorker(), k1.gridId(),
                k1.collectedById(), k1.timeline(), k1.assignedDepartmentId(), k1.handBacks(), k1.supervisions(),
                k1.closedAsResolved(), k1.verification(), k1.evidenceRefs(), k1.partyIds(), k1.summary(), assignedBy);
    }

    // ZG-10-01 -------------------------------------------------------------------------------------------------

    @Test
    void ZG_10_01_a_list_compiled_by_a_county_agency_is_a_violation_on_the_list() {
        List<Finding> findings = findings(CompliantCity.with(list(CompliantCity.ZLJ_AGENCY, LocalDate.of(2024, 2, 1))), "ZG-10-01");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.subject().kind()).isEqualTo("MatterList");
            assertThat(f.evidence()).containsEntry("compiledBy", CompliantCity.ZLJ_AGENCY);
            assertThat(f.messageZh()).contains("事项清单L-1由自流井区网格化服务管理中心编制，而非市网格化服务管理工作机构")
                    .contains("第十条").doesNotContain("{");
            assertThat(f.messageEn()).contains("Matter list L-1 was compiled by 自流井区网格化服务管理中心 (" + CompliantCity.ZLJ_AGENCY + ")")
                    .doesNotContain("{");
        });
    }

    @Test
    void ZG_10_01_a_list_compiled_by_the_city_agency_and_published_before_use_is_compliant() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-10-01")).isEmpty();
    }

    @Test
    void ZG_10_01_a_list_that_names_no_co_compiling_department_is_a_violation() {
        MatterList alone = new MatterList(CompliantCity.MATTER_LIST, "2024版", CompliantCity.CITY_AGENCY, Set.of(),
                LocalDate.of(2024, 2, 1), "自贡市人民政府门户网站");
        assertThat(findings(CompliantCity.with(alone), "ZG-10-01")).singleElement().satisfies(f ->
                assertThat(f.messageZh()).contains("事项清单L-1未记录会同编制的有关部门、单位").doesNotContain("{"));
    }

    @Test
    void ZG_10_01_a_list_with_a_publication_day_but_no_public_channel_is_not_published_to_society() {
        MatterList noChannel = new MatterList(CompliantCity.MATTER_LIST, "2024版", CompliantCity.CITY_AGENCY,
                Set.of(CompliantCity.CIVIL_AFFAIRS), LocalDate.of(2024, 2, 1));
        assertThat(findings(CompliantCity.with(noChannel), "ZG-10-01")).singleElement().satisfies(f -> {
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(f.messageZh()).contains("事项清单L-1记录于2024年2月1日公布，但未记录向社会公布的渠道").doesNotContain("{");
        });
    }

    @Test
    void ZG_10_01_a_list_without_channel_published_the_day_before_the_measures_is_judged_on_the_check_date() {
        MatterList early = new MatterList(CompliantCity.MATTER_LIST, "2024版", CompliantCity.CITY_AGENCY,
                Set.of(CompliantCity.CIVIL_AFFAIRS), LocalDate.of(2024, 1, 31));
        assertThat(findings(CompliantCity.with(early), "ZG-10-01")).singleElement()
                .satisfies(f -> assertThat(f.occurredOn()).isEqualTo(CompliantCity.AS_OF));
    }

    @Test
    void ZG_10_01_a_city_with_no_published_list_is_a_finding_on_the_city_agency() {
        CitySnapshot none = CompliantCity.without(o -> o instanceof MatterList || o instanceof Matter,
                k1WithMatter(null));
        List<Finding> findings = findings(none, "ZG-10-01");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().kind()).isEqualTo("Organisation");
            assertThat(f.subject().id()).isEqualTo(CompliantCity.CITY_AGENCY);
            assertThat(f.messageZh()).contains("市网格化服务管理工作机构自贡市网格化服务管理中心截至2025年6月30日未向社会公布网格化服务管理事项清单")
                    .doesNotContain("{");
        });
        // a list published on the check date is enough; one published the day after is not yet
        assertThat(findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, CompliantCity.AS_OF)), "ZG-10-01"))
                .noneMatch(f -> f.subject().kind().equals("Organisation"));
        assertThat(findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, CompliantCity.AS_OF.plusDays(1))), "ZG-10-01"))
                .anyMatch(f -> f.subject().id().equals(CompliantCity.CITY_AGENCY));
    }

    @Test
    void ZG_10_01_a_list_published_on_the_day_its_first_matter_is_used_is_compliant() {
        assertThat(findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 2))), "ZG-10-01")).isEmpty();
    }

    @Test
    void ZG_10_01_a_list_published_the_day_after_its_first_matter_is_used_is_a_violation_dated_the_first_use() {
        List<Finding> findings = findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 3))), "ZG-10-01");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 2));
            assertThat(f.evidence()).containsEntry("firstUsedOn", "2025-06-02").containsEntry("casesBeforePublication", "1")
                    .containsEntry("publishedOn", "2025-06-03");
            assertThat(f.messageEn()).contains("published only on 3 June 2025, but 1 case(s) used its matters from 2 June 2025")
                    .doesNotContain("{");
            assertThat(f.messageZh()).contains("事项清单L-1于2025年6月3日才向社会公布，但自2025年6月2日起已有1件事件使用其事项").doesNotContain("{");
        });
    }

    @Test
    void ZG_10_01_an_unpublished_list_in_use_is_one_violation_on_the_list_counting_every_case() {
        List<Finding> findings = findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, null)), "ZG-10-01");
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("MatterList")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("casesBeforePublication", "2").containsEntry("publishedOn", "—");
            assertThat(f.messageEn()).contains("still unpublished");
            assertThat(f.messageZh()).contains("至今未向社会公布");
        });
        // the only list unpublished: the city agency has no published list either
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("Organisation")).hasSize(1);
    }

    @Test
    void ZG_10_01_an_unpublished_list_nobody_uses_yet_is_a_draft_and_compliant() {
        MatterList draft = new MatterList("L-2", "2026版征求意见稿", CompliantCity.CITY_AGENCY, Set.of(CompliantCity.CIVIL_AFFAIRS), null);
        assertThat(findings(CompliantCity.with(draft), "ZG-10-01")).isEmpty();
    }

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
        assertThat(f.messageZh()).contains("清单事项M-9（占道经营处罚）性质为").doesNotContain(nature.name()).doesNotContain("{");
        assertThat(f.messageEn()).contains("List matter M-9 (占道经营处罚) is of the nature ").doesNotContain("{");
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
    void ZG_10_03_a_task_handed_down_that_names_no_matter_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(k1WithMatter(null)), "ZG-10-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.subject().kind()).isEqualTo("Case");
            assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
            assertThat(f.evidence()).containsEntry("matter", "—");
            assertThat(f.messageZh()).contains("部门、单位交办的事件K-1（2025年6月2日交办）未对应网格化服务管理事项清单中的任何事项")
                    .doesNotContain("{");
            assertThat(f.messageEn()).contains("Case K-1, handed down to the grids by a department or unit on 2 June 2025, names no matter")
                    .doesNotContain("{");
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CaseSource.class, names = "ASSIGNED_FROM_ABOVE", mode = EnumSource.Mode.EXCLUDE)
    void ZG_10_03_a_resident_demand_a_suggestion_or_a_workers_discovery_is_never_judged(CaseSource source) {
        assertThat(findings(CompliantCity.with(k1(null, source, null)), "ZG-10-03")).isEmpty();
        assertThat(findings(CompliantCity.with(k1("M-404", source, null)), "ZG-10-03")).isEmpty();
    }

    @Test
    void ZG_10_03_a_task_whose_matter_is_on_no_list_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(k1WithMatter("M-404")), "ZG-10-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("matter", "M-404");
            assertThat(f.messageZh()).contains("所称事项M-404不在任何网格化服务管理事项清单中");
        });
    }

    @Test
    void ZG_10_03_a_task_whose_matter_is_on_a_list_of_unknown_id_is_a_violation() {
        Matter orphan = new Matter("M-8", "L-404", "未知清单事项", MatterCategory.PUBLIC_OPINION, MatterNature.SERVICE, null);
        CitySnapshot snapshot = CompliantCity.with(orphan, k1WithMatter("M-8"));
        assertThat(findings(snapshot, "ZG-10-03")).extracting(f -> f.evidence().get("matter")).containsExactly("M-8");
    }

    @Test
    void ZG_10_03_a_task_handed_down_the_day_before_its_list_was_published_is_a_violation_and_the_list_gets_ZG_10_01() {
        var snapshot = CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 3)), k1WithMatter(CompliantCity.MATTER_OPINION));
        List<Finding> findings = findings(snapshot, "ZG-10-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
            assertThat(f.evidence()).containsEntry("matter", CompliantCity.MATTER_OPINION).containsEntry("list", "L-1");
            assertThat(f.messageZh()).contains("所在清单L-1在交办之日（2025年6月2日）尚未向社会公布");
        });
        assertThat(findings(snapshot, "ZG-10-01")).extracting(x -> x.subject().kind()).containsExactly("MatterList");
    }

    @Test
    void ZG_10_03_a_task_handed_down_on_the_day_its_list_was_published_is_compliant() {
        assertThat(findings(CompliantCity.with(list(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 2)),
                k1WithMatter(CompliantCity.MATTER_OPINION)), "ZG-10-03")).isEmpty();
    }

    @Test
    void ZG_10_03_a_task_without_matter_handed_down_before_the_measures_gives_no_finding() {
        Case k1 = k1WithMatter(null);
        Case early = new Case(k1.id(), k1.source(), null, k1.category(), false, false, k1.gridId(), k1.collectedById(),
                CaseFixtures.timeline("2024-01-31T10:00", "2024-01-31T10:00", null, null, null, null), null, List.of(), List.of(),
                false, null, Set.of(), Set.of(), "早于施行", CompliantCity.CIVIL_AFFAIRS);
        assertThat(findings(CompliantCity.with(early), "ZG-10-03")).isEmpty();
    }

    @Test
    void ZG_10_03_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-10-03")).isEmpty();
        assertThat(findings(CompliantCity.snapshot(), "ZG-10-02")).isEmpty();
    }
}
