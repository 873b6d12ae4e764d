package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.notice.NoticeContent;
import org.wangge.kernel.model.notice.NoticePlace;
import org.wangge.kernel.model.notice.NoticedWorker;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-21-01: every active grid has a notice by its township/street showing name, area, service matters and each
 * worker's name and phone. ZG-21-02: the notice lists the assigned workers, within the refresh grace after a change
 * (Art. 21).
 */
class Art21PublicNoticeTest extends RuleTestSupport {

    private static final LocalDate START = LocalDate.of(2024, 2, 1);
    private static final String NOTICE = "N-" + CompliantCity.COMMUNITY_GRID;
    private static final PersonName NAME = PersonName.of("王公示");
    private static final MobileNumber PHONE = MobileNumber.of("13912345678");

    static NoticedWorker listed(String workerId) {
        return new NoticedWorker(workerId, NAME, PHONE, null);
    }

    static final NoticePlace CENTRE = new NoticePlace(CompliantCity.COMMUNITY_CODE, true, "檀木林社区党群服务中心公示栏");

    static PublicNotice notice(String postedBy, LocalDate postedOn, Set<NoticeContent> contents, NoticedWorker... workers) {
        return new PublicNotice(NOTICE, CompliantCity.COMMUNITY_GRID, postedBy, postedOn, "檀木林社区党群服务中心公示栏",
                contents, List.of(workers), CENTRE);
    }

    static PublicNotice postedAt(NoticePlace place) {
        return new PublicNotice(NOTICE, CompliantCity.COMMUNITY_GRID, CompliantCity.STREET_OFFICE, START.plusDays(3), "公示栏",
                Set.of(NoticeContent.values()), List.of(listed(CompliantCity.WORKER_COMMUNITY)), place);
    }

    static PublicNotice notice(NoticedWorker... workers) {
        return notice(CompliantCity.STREET_OFFICE, START.plusDays(3), Set.of(NoticeContent.values()), workers);
    }

    static GridWorker newWorker(String id) {
        return new GridWorker(id, NAME, null, PHONE, EmploymentType.PART_TIME, START, null);
    }

    /** A new worker assigned by the county agency to the community grid from the given day. */
    static Object[] newAssignment(String workerId, LocalDate from) {
        return new Object[] {newWorker(workerId),
                new Assignment("A-" + workerId, workerId, CompliantCity.COMMUNITY_GRID, CompliantCity.ZLJ_AGENCY, from, null)};
    }

    static Object[] all(Object[]... groups) {
        List<Object> out = new ArrayList<>();
        for (Object[] g : groups) {
            out.addAll(List.of(g));
        }
        return out.toArray();
    }

    static Assignment communityWorkerUntil(LocalDate to) {
        return new Assignment("A-" + CompliantCity.WORKER_COMMUNITY, CompliantCity.WORKER_COMMUNITY, CompliantCity.COMMUNITY_GRID,
                CompliantCity.ZLJ_AGENCY, START, to);
    }

    // ---------------------------------------------------------------- ZG-21-01

    @Test
    void ZG_21_01_and_02_every_grid_of_the_compliant_city_has_a_current_complete_notice() {
        assertThat(check(CompliantCity.snapshot()).findingsUnderArticle(21)).isEmpty();
    }

    @Test
    void ZG_21_01_an_active_grid_without_a_notice_breaches_once() {
        var report = check(CompliantCity.without(f -> f instanceof PublicNotice n && n.id().equals(NOTICE)));
        assertThat(report.findings("ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.subject().kind()).isEqualTo("Grid");
            assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.occurredOn()).isEqualTo(CompliantCity.AS_OF);
            assertThat(f.evidence()).containsEntry("grid", "檀木林社区第一网格");
            assertThat(f.messageZh()).startsWith("网格檀木林社区第一网格（G-COMM-1）截至2025年6月30日无公示网格基本情况的记录")
                    .contains("第二十一条").doesNotContain("{");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID);
            assertThat(f.messageEn()).contains("has, as of 30 June 2025, no public notice of its basic information").contains("Art. 21")
                    .doesNotContain("{");
            assertThat(f.ruleFile()).isEqualTo("art21-public-notice.drl");
        });
        assertThat(report.findings("ZG-21-02")).isEmpty();
    }

    @Test
    void ZG_21_01_a_notice_posted_after_the_check_date_is_not_yet_a_notice() {
        PublicNotice later = notice(CompliantCity.STREET_OFFICE, CompliantCity.AS_OF.plusDays(1), Set.of(NoticeContent.values()),
                listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(later), "ZG-21-01")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).doesNotContainKey("notice"));
        assertThat(check(CompliantCity.with(later), CompliantCity.AS_OF.plusDays(1)).findings("ZG-21-01")).isEmpty();
    }

    @Test
    void ZG_21_01_a_notice_posted_by_the_county_agency_breaches() {
        PublicNotice byAgency = notice(CompliantCity.ZLJ_AGENCY, START, Set.of(NoticeContent.values()), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(byAgency), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("postedById", CompliantCity.ZLJ_AGENCY).containsEntry("notice", NOTICE)
                    .containsEntry("postedByKind", "GRID_AGENCY");
            assertThat(f.messageZh()).startsWith("网格檀木林社区第一网格（G-COMM-1）的公示（N-G-COMM-1）由自流井区网格化服务管理中心（网格化服务管理工作机构）公布，"
                    + "公布主体应为网格所在地乡镇人民政府或街道办事处");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE);
            assertThat(f.messageEn()).contains("posted by 自流井区网格化服务管理中心 (grid agency), not by the township government or street office");
        });
    }

    @Test
    void ZG_21_01_a_notice_posted_by_an_organisation_not_in_the_snapshot_breaches() {
        PublicNotice unknown = notice("ORG-NOWHERE", START, Set.of(NoticeContent.values()), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(unknown), "ZG-21-01")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("posted by ORG-NOWHERE (none)"));
    }

    @Test
    void ZG_21_01_a_notice_posted_by_the_township_of_another_area_breaches() {
        PublicNotice other = notice(CompliantCity.TOWNSHIP_GOV, START, Set.of(NoticeContent.values()), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(other), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("postedById", CompliantCity.TOWNSHIP_GOV).containsEntry("division", CompliantCity.COMMUNITY_CODE);
            assertThat(f.messageZh()).contains("由旭阳镇人民政府公布，其辖区（510321100000）不含网格所在地（510302001001）");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE);
        });
    }

    @Test
    void ZG_21_01_a_notice_not_showing_the_area_and_service_matters_breaches() {
        PublicNotice partial = notice(CompliantCity.STREET_OFFICE, START, Set.of(NoticeContent.GRID_NAME), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(partial), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("missing", "AREA,SERVICE_MATTERS");
            assertThat(f.messageZh()).contains("的公示（N-G-COMM-1）未公布区域范围、服务事项").doesNotContain("{");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE);
            assertThat(f.messageEn()).contains("does not show the area, service matters").doesNotContain("{");
        });
    }

    @Test
    void ZG_21_01_a_listed_worker_without_a_phone_breaches_and_without_a_name_too() {
        PublicNotice noPhone = notice(new NoticedWorker(CompliantCity.WORKER_COMMUNITY, NAME, null, null));
        assertThat(findings(CompliantCity.with(noPhone), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("worker", CompliantCity.WORKER_COMMUNITY).containsEntry("lacks", "PHONE");
            assertThat(f.messageZh()).contains("所列网格员（W-1）缺少联系电话");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE, CompliantCity.WORKER_COMMUNITY);
            assertThat(f.messageZh()).doesNotContain("王"); // personal data is never in a message
        });
        PublicNotice nothing = notice(new NoticedWorker(CompliantCity.WORKER_COMMUNITY, null, null, null));
        assertThat(findings(CompliantCity.with(nothing), "ZG-21-01")).singleElement()
                .satisfies(f -> {
                    assertThat(f.evidence()).containsEntry("lacks", "NAME,PHONE");
                    assertThat(f.messageZh()).contains("缺少姓名、联系电话");
                });
    }

    @Test
    void ZG_21_01_a_notice_posted_at_a_main_activity_place_of_the_grids_community_complies() {
        assertThat(findings(CompliantCity.with(postedAt(CENTRE)), "ZG-21-01")).isEmpty();
        // the grid's community itself, at any place within it
        assertThat(findings(CompliantCity.with(postedAt(new NoticePlace(CompliantCity.COMMUNITY_CODE, true, null))), "ZG-21-01")).isEmpty();
    }

    @Test
    void ZG_21_01_a_notice_without_its_place_of_posting_recorded_breaches() {
        PublicNotice textOnly = new PublicNotice(NOTICE, CompliantCity.COMMUNITY_GRID, CompliantCity.STREET_OFFICE, START.plusDays(3),
                "檀木林社区党群服务中心公示栏", Set.of(NoticeContent.values()), List.of(listed(CompliantCity.WORKER_COMMUNITY)));
        assertThat(findings(CompliantCity.with(textOnly), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.messageZh()).startsWith("网格檀木林社区第一网格（G-COMM-1）的公示（N-G-COMM-1）未记录公布地点，不能表明在村（居）民主要活动场所公布");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE);
        });
    }

    @Test
    void ZG_21_01_a_notice_posted_at_a_place_that_is_not_a_main_activity_place_breaches() {
        assertThat(findings(CompliantCity.with(postedAt(new NoticePlace(CompliantCity.COMMUNITY_CODE, false, "街道办事处内部走廊"))), "ZG-21-01"))
                .singleElement().satisfies(f -> {
                    assertThat(f.messageZh()).contains("公布地点不是村（居）民主要活动场所");
                    OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE);
                    assertThat(f.messageEn()).contains("is not posted at a main activity place of the villagers or residents");
                });
    }

    @Test
    void ZG_21_01_a_notice_posted_outside_the_grids_village_or_community_breaches() {
        // the street's own office (the street, not the community) and another community of the street
        for (String elsewhere : List.of(CompliantCity.STREET_CODE, "510302001002")) {
            assertThat(findings(CompliantCity.with(postedAt(new NoticePlace(elsewhere, true, "广场"))), "ZG-21-01")).as(elsewhere)
                    .singleElement().satisfies(f -> {
                        assertThat(f.evidence()).containsEntry("placeArea", elsewhere).containsEntry("gridAreas", CompliantCity.COMMUNITY_CODE);
                        assertThat(f.messageZh()).contains("公布地点位于" + elsewhere + "，不在网格所在村（社区）" + CompliantCity.COMMUNITY_CODE);
                    });
        }
    }

    @Test
    void ZG_21_01_a_landline_is_a_phone() {
        PublicNotice landline = notice(new NoticedWorker(CompliantCity.WORKER_COMMUNITY, NAME, null,
                org.wangge.kernel.model.identity.LandlineNumber.of("0813-2201234")));
        assertThat(findings(CompliantCity.with(landline), "ZG-21-01")).isEmpty();
    }

    @Test
    void ZG_21_01_only_the_newest_notice_counts() {
        PublicNotice oldIncomplete = new PublicNotice("N-OLD", CompliantCity.COMMUNITY_GRID, CompliantCity.STREET_OFFICE, START,
                "公示栏", Set.of(), List.of(listed(CompliantCity.WORKER_COMMUNITY)));  // nor its place
        assertThat(findings(CompliantCity.with(oldIncomplete), "ZG-21-01")).isEmpty();
        PublicNotice newIncomplete = new PublicNotice("N-NEW", CompliantCity.COMMUNITY_GRID, CompliantCity.STREET_OFFICE,
                LocalDate.of(2025, 6, 1), "公示栏", Set.of(), List.of(listed(CompliantCity.WORKER_COMMUNITY)), CENTRE);
        assertThat(findings(CompliantCity.with(newIncomplete), "ZG-21-01")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("notice", "N-NEW"));
    }

    @Test
    void ZG_21_01_an_assigned_worker_missing_from_the_notice_is_not_a_21_01_finding() {
        assertThat(findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 1, 1)))), "ZG-21-01")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-21-02

    @Test
    void ZG_21_02_a_new_worker_missing_on_the_last_day_of_grace_gives_no_finding() {
        assertThat(findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 6, 23)))), "ZG-21-02")).isEmpty();
    }

    @Test
    void ZG_21_02_a_new_worker_missing_the_day_after_grace_breaches() {
        List<Finding> findings = findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 6, 22)))), "ZG-21-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.occurredOn()).isEqualTo(CompliantCity.AS_OF);
            assertThat(f.basis()).isEqualTo(org.wangge.kernel.rules.Basis.POLICY);
            assertThat(f.evidence()).containsEntry("missing", "W-4").containsEntry("extra", "")
                    .containsEntry("changedOn", "2025-06-22").containsEntry("graceDays", "7").containsEntry("notice", NOTICE)
                    .containsEntry("postedOn", "2024-02-04");
            assertThat(f.messageZh()).startsWith("网格檀木林社区第一网格（G-COMM-1）的公示（N-G-COMM-1，2024年2月4日公布）未列明在岗网格员W-4；"
                    + "人员变动于2025年6月22日，超过更新宽限期7日").contains("本地设定").doesNotContain("{");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE, "W-4");
            assertThat(f.messageEn()).contains("does not list its assigned worker(s) W-4; changed on 22 June 2025, more than 7 day(s) ago")
                    .contains("Art. 21").doesNotContain("{");
        });
    }

    @Test
    void ZG_21_02_a_notice_updated_to_list_the_new_worker_complies() {
        assertThat(findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 1, 1)),
                new Object[] {notice(listed(CompliantCity.WORKER_COMMUNITY), listed("W-4"))})), "ZG-21-02")).isEmpty();
    }

    @Test
    void ZG_21_02_a_departed_worker_still_listed_on_the_last_day_of_grace_gives_no_finding() {
        // assignment ended 2025-06-22: the change is 2025-06-23, the grace ends 2025-06-30
        assertThat(findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 6, 23)),
                new Object[] {communityWorkerUntil(LocalDate.of(2025, 6, 22)), notice(listed(CompliantCity.WORKER_COMMUNITY), listed("W-4"))})),
                "ZG-21-02")).isEmpty();
    }

    @Test
    void ZG_21_02_a_departed_worker_still_listed_the_day_after_grace_breaches() {
        List<Finding> findings = findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 6, 22)),
                new Object[] {communityWorkerUntil(LocalDate.of(2025, 6, 21)), notice(listed(CompliantCity.WORKER_COMMUNITY), listed("W-4"))})),
                "ZG-21-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("missing", "").containsEntry("extra", CompliantCity.WORKER_COMMUNITY)
                    .containsEntry("changedOn", "2025-06-22");
            assertThat(f.messageEn()).contains("still lists W-1, no longer assigned");
            assertThat(f.messageZh()).contains("仍列明已不在岗的网格员W-1；");
        });
    }

    @Test
    void ZG_21_02_a_worker_listed_who_was_never_assigned_to_the_grid_counts_from_the_posting_day() {
        List<Finding> findings = findings(CompliantCity.with(notice(listed(CompliantCity.WORKER_COMMUNITY),
                listed(CompliantCity.WORKER_VILLAGE))), "ZG-21-02");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("extra", CompliantCity.WORKER_VILLAGE).containsEntry("changedOn", "2024-02-04"));
        PublicNotice fresh = notice(CompliantCity.STREET_OFFICE, LocalDate.of(2025, 6, 23), Set.of(NoticeContent.values()),
                listed(CompliantCity.WORKER_COMMUNITY), listed(CompliantCity.WORKER_VILLAGE));
        assertThat(findings(CompliantCity.with(fresh), "ZG-21-02")).isEmpty();
    }

    @Test
    void ZG_21_02_a_notice_both_missing_and_still_listing_workers_names_both_in_one_finding() {
        List<Finding> findings = findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 6, 1)),
                new Object[] {notice(listed(CompliantCity.WORKER_COMMUNITY), listed(CompliantCity.WORKER_VILLAGE))})), "ZG-21-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("missing", "W-4").containsEntry("extra", CompliantCity.WORKER_VILLAGE);
            assertThat(f.messageZh()).contains("与在岗网格员不符：未列明在岗网格员W-4，仍列明已不在岗的网格员W-2；");
            OfficialText.assertChinese(f, CompliantCity.COMMUNITY_GRID, NOTICE, "W-4", CompliantCity.WORKER_VILLAGE);
        });
    }

    @Test
    void ZG_21_02_a_later_change_does_not_restart_the_grace_of_an_earlier_one() {
        List<Finding> findings = findings(CompliantCity.with(all(newAssignment("W-4", LocalDate.of(2025, 6, 1)),
                newAssignment("W-5", LocalDate.of(2025, 6, 28)))), "ZG-21-02");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("missing", "W-4").containsEntry("changedOn", "2025-06-01"));
    }

    @Test
    void ZG_21_02_a_grid_with_no_notice_is_left_to_21_01() {
        assertThat(findings(CompliantCity.without(f -> f instanceof PublicNotice n && n.id().equals(NOTICE),
                all(newAssignment("W-4", LocalDate.of(2025, 1, 1)))), "ZG-21-02")).isEmpty();
    }
}
