package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-11-01 (consent of the city agency), ZG-11-02 (personnel and funds), ZG-11-03 (training, guidance, working
 * conditions, information support). The fixture's engagement E-1 (civil affairs) began 2024-03-01 with consent that day.
 */
class Art11DepartmentEngagementTest extends RuleTestSupport {

    static final LocalDate FROM = LocalDate.of(2024, 3, 1);

    static Engagement engagement(String consentBy, LocalDate consentDate, int personnel, String funds, Set<SupportKind> support,
            LocalDate from, LocalDate to) {
        return new Engagement("E-1", CompliantCity.CIVIL_AFFAIRS, Set.of(CompliantCity.COMMUNITY_GRID), "困难群众走访", consentBy,
                consentDate, personnel, new BigDecimal(funds), support, from, to);
    }

    static Engagement withConsent(String consentBy, LocalDate consentDate) {
        return engagement(consentBy, consentDate, 1, "20000", Set.of(SupportKind.values()), FROM, null);
    }

    // ZG-11-01 -------------------------------------------------------------------------------------------------

    @Test
    void ZG_11_01_an_engagement_without_consent_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(withConsent(null, null)), "ZG-11-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Engagement");
        assertThat(f.subject().id()).isEqualTo("E-1");
        assertThat(f.occurredOn()).isEqualTo(FROM);
        assertThat(f.evidence()).containsEntry("department", CompliantCity.CIVIL_AFFAIRS).containsEntry("from", "2024-03-01");
        assertThat(f.messageZh()).contains(CompliantCity.CIVIL_AFFAIRS + "依托网格开展工作（E-1），自2024年3月1日起未经市网格化服务管理工作机构同意")
                .contains("第十一条").doesNotContain("{");
        assertThat(f.messageEn()).contains(CompliantCity.CIVIL_AFFAIRS + " has relied on grids (engagement E-1) without the city-level grid agency's consent since 1 March 2024")
                .doesNotContain("{");
    }

    @Test
    void ZG_11_01_consent_by_a_county_agency_is_not_the_city_agency_s_consent() {
        List<Finding> findings = findings(CompliantCity.with(withConsent(CompliantCity.ZLJ_AGENCY, FROM)), "ZG-11-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).containsEntry("consentBy", CompliantCity.ZLJ_AGENCY);
        assertThat(findings.get(0).messageEn()).contains("the consent recorded was given by " + CompliantCity.ZLJ_AGENCY);
    }

    @Test
    void ZG_11_01_consent_on_the_day_the_engagement_begins_is_compliant() {
        assertThat(findings(CompliantCity.with(withConsent(CompliantCity.CITY_AGENCY, FROM)), "ZG-11-01")).isEmpty();
    }

    @Test
    void ZG_11_01_consent_the_day_after_the_engagement_began_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(withConsent(CompliantCity.CITY_AGENCY, FROM.plusDays(1))), "ZG-11-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).containsEntry("consentDate", "2024-03-02").containsEntry("from", "2024-03-01");
        assertThat(findings.get(0).messageEn()).contains("without the city-level grid agency's consent from 1 March 2024 until its consent on 2 March 2024");
        assertThat(findings.get(0).messageZh()).contains("自2024年3月1日起至2024年3月2日经市网格化服务管理工作机构同意前，未经同意");
    }

    @Test
    void ZG_11_01_an_ended_engagement_begun_after_the_measures_took_effect_is_checked() {
        Engagement ended = engagement(null, null, 1, "20000", Set.of(SupportKind.values()), LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 6, 30));
        List<Finding> findings = findings(CompliantCity.with(ended), "ZG-11-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void ZG_11_01_an_engagement_begun_and_ended_before_the_measures_is_not_checked() {
        Engagement old = engagement(null, null, 0, "0", Set.of(), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 31));
        assertThat(check(CompliantCity.with(old)).findingsUnderArticle(11)).isEmpty();
    }

    @Test
    void ZG_11_01_an_engagement_begun_before_the_measures_and_still_running_breaches_from_2024_02_01() {
        Engagement running = engagement(null, null, 1, "20000", Set.of(SupportKind.values()), LocalDate.of(2023, 6, 1), null);
        List<Finding> findings = findings(CompliantCity.with(running), "ZG-11-01");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(f.messageZh()).contains("自2024年2月1日起未经市网格化服务管理工作机构同意");
        });
    }

    @Test
    void ZG_11_01_an_engagement_begun_before_the_measures_with_consent_by_2024_02_01_is_compliant_and_the_day_after_is_cured_late() {
        LocalDate begun = LocalDate.of(2023, 6, 1);
        Engagement onTime = engagement(CompliantCity.CITY_AGENCY, LocalDate.of(2024, 2, 1), 1, "20000", Set.of(SupportKind.values()), begun, null);
        assertThat(findings(CompliantCity.with(onTime), "ZG-11-01")).isEmpty();
        Engagement earlier = engagement(CompliantCity.CITY_AGENCY, LocalDate.of(2023, 5, 1), 1, "20000", Set.of(SupportKind.values()), begun, null);
        assertThat(findings(CompliantCity.with(earlier), "ZG-11-01")).isEmpty();
        Engagement late = engagement(CompliantCity.CITY_AGENCY, LocalDate.of(2024, 2, 2), 1, "20000", Set.of(SupportKind.values()), begun, null);
        assertThat(findings(CompliantCity.with(late), "ZG-11-01")).singleElement().satisfies(f -> {
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(f.evidence()).containsEntry("from", "2024-02-01").containsEntry("consentDate", "2024-02-02");
            assertThat(f.messageZh()).contains("自2024年2月1日起至2024年2月2日经市网格化服务管理工作机构同意前，未经同意");
        });
    }

    @Test
    void ZG_11_01_consent_dated_after_the_check_date_is_no_consent_yet() {
        Engagement future = withConsent(CompliantCity.CITY_AGENCY, CompliantCity.AS_OF.plusDays(1));
        assertThat(findings(CompliantCity.with(future), "ZG-11-01")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("自2024年3月1日起未经"));
    }

    @Test
    void ZG_11_01_an_undated_consent_cannot_be_shown_to_precede_the_engagement() {
        assertThat(findings(CompliantCity.with(withConsent(CompliantCity.CITY_AGENCY, null)), "ZG-11-01")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("所记录的同意未载明日期"));
    }

    @Test
    void ZG_11_02_an_engagement_begun_before_the_measures_and_ended_after_is_judged_from_2024_02_01() {
        Engagement straddling = engagement(CompliantCity.CITY_AGENCY, LocalDate.of(2023, 5, 1), 0, "0", Set.of(SupportKind.values()),
                LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 30));
        assertThat(findings(CompliantCity.with(straddling), "ZG-11-02")).singleElement()
                .satisfies(f -> assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1)));
        Engagement endedTheDayBefore = engagement(CompliantCity.CITY_AGENCY, LocalDate.of(2023, 5, 1), 0, "0", Set.of(SupportKind.values()),
                LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 31));
        assertThat(findings(CompliantCity.with(endedTheDayBefore), "ZG-11-02")).isEmpty();
    }

    @Test
    void ZG_11_01_an_engagement_that_has_not_begun_is_not_yet_checked() {
        Engagement future = engagement(null, null, 0, "0", Set.of(), CompliantCity.AS_OF.plusDays(1), null);
        assertThat(check(CompliantCity.with(future)).findingsUnderArticle(11)).isEmpty();
        assertThat(check(CompliantCity.with(future), CompliantCity.AS_OF.plusDays(1)).findings("ZG-11-01")).hasSize(1);
    }

    // ZG-11-02 -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} people, {1} yuan: finding = {2}")
    @CsvSource({"0, 20000, true", "1, 0, true", "0, 0, true", "1, 0.01, false", "1, 20000, false"})
    void ZG_11_02_an_engagement_allocates_both_personnel_and_funds(int personnel, String funds, boolean fires) {
        Engagement e = engagement(CompliantCity.CITY_AGENCY, FROM, personnel, funds, Set.of(SupportKind.values()), FROM, null);
        assertThat(findings(CompliantCity.with(e), "ZG-11-02")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_11_02_finding_shows_what_was_allocated() {
        Engagement e = engagement(CompliantCity.CITY_AGENCY, FROM, 0, "0", Set.of(SupportKind.values()), FROM, null);
        Finding f = findings(CompliantCity.with(e), "ZG-11-02").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().id()).isEqualTo("E-1");
        assertThat(f.evidence()).containsEntry("department", CompliantCity.CIVIL_AFFAIRS).containsEntry("personnel", "0")
                .containsEntry("funds", "0");
        assertThat(f.messageZh()).contains("自2024年3月1日起未将相应的人员、经费配置到网格（人员0人，经费0元）").doesNotContain("{");
        assertThat(f.messageEn()).contains("has not allocated the corresponding personnel and funds to them (0 people, 0 yuan)").doesNotContain("{");
    }

    // ZG-11-03 -------------------------------------------------------------------------------------------------

    @Test
    void ZG_11_03_an_engagement_missing_training_and_information_support_is_a_policy_warning_naming_them() {
        Engagement e = engagement(CompliantCity.CITY_AGENCY, FROM, 1, "20000",
                Set.of(SupportKind.BUSINESS_GUIDANCE, SupportKind.WORKING_CONDITIONS), FROM, null);
        List<Finding> findings = findings(CompliantCity.with(e), "ZG-11-03");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.basis()).isEqualTo(org.wangge.kernel.rules.Basis.POLICY);
        assertThat(f.evidence()).containsEntry("department", CompliantCity.CIVIL_AFFAIRS)
                .containsEntry("missing", "TRAINING,INFORMATION_SUPPORT");
        assertThat(f.messageZh()).contains("未提供教育培训、信息支持等帮助").contains("必要帮助的种类为本地设定，尚无地方规范性文件确定")
                .doesNotContain("{");
        // no Latin letters once the identifiers (the engagement and the department) are taken out
        assertThat(f.messageZh().replace(f.subject().id(), "").replace(CompliantCity.CIVIL_AFFAIRS, "")).doesNotContainPattern("[A-Za-z]");
        assertThat(f.messageEn()).contains("without providing training, information support").contains("set locally").doesNotContain("{");
    }

    @Test
    void ZG_11_03_each_single_missing_kind_of_help_is_a_policy_warning() {
        for (SupportKind missing : SupportKind.values()) {
            Set<SupportKind> support = new java.util.HashSet<>(Set.of(SupportKind.values()));
            support.remove(missing);
            Engagement e = engagement(CompliantCity.CITY_AGENCY, FROM, 1, "20000", support, FROM, null);
            assertThat(findings(CompliantCity.with(e), "ZG-11-03")).as(missing.name()).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        }
    }

    @Test
    void ZG_11_03_an_engagement_with_no_help_at_all_breaches_the_text() {
        Engagement e = engagement(CompliantCity.CITY_AGENCY, FROM, 1, "20000", Set.of(), FROM, null);
        assertThat(findings(CompliantCity.with(e), "ZG-11-03")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.basis()).isEqualTo(org.wangge.kernel.rules.Basis.TEXT);
            assertThat(f.appliedPolicies()).isEmpty();
            assertThat(f.messageZh()).contains("未向网格提供任何帮助")
                    .contains("“并提供必要的教育培训、业务指导、工作条件、信息支持等帮助”的规定。").doesNotContain("本地设定");
        });
    }

    @Test
    void ZG_11_01_to_03_the_compliant_engagement_gives_no_finding() {
        assertThat(check(CompliantCity.snapshot()).findingsUnderArticle(11)).isEmpty();
    }
}
