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

    static PublicNotice notice(String postedBy, LocalDate postedOn, Set<NoticeContent> contents, NoticedWorker... workers) {
        return new PublicNotice(NOTICE, CompliantCity.COMMUNITY_GRID, postedBy, postedOn, "檀木林社区党群服务中心公示栏",
                contents, List.of(workers));
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
            assertThat(f.evidence()).containsEntry("notice", "—");
            assertThat(f.messageZh()).contains("网格 G-COMM-1：未公布网格公示").contains("第二十一条").doesNotContain("{");
            assertThat(f.messageEn()).contains("Grid G-COMM-1: no public notice is posted").contains("Art. 21").doesNotContain("{");
            assertThat(f.ruleFile()).isEqualTo("art21-public-notice.drl");
        });
        assertThat(report.findings("ZG-21-02")).isEmpty();
    }

    @Test
    void ZG_21_01_a_notice_posted_after_the_check_date_is_not_yet_a_notice() {
        PublicNotice later = notice(CompliantCity.STREET_OFFICE, CompliantCity.AS_OF.plusDays(1), Set.of(NoticeContent.values()),
                listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(later), "ZG-21-01")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("notice", "—"));
        assertThat(check(CompliantCity.with(later), CompliantCity.AS_OF.plusDays(1)).findings("ZG-21-01")).isEmpty();
    }

    @Test
    void ZG_21_01_a_notice_posted_by_the_county_agency_breaches() {
        PublicNotice byAgency = notice(CompliantCity.ZLJ_AGENCY, START, Set.of(NoticeContent.values()), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(byAgency), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("postedBy", CompliantCity.ZLJ_AGENCY).containsEntry("notice", NOTICE);
            assertThat(f.messageEn()).contains("posted by ORG-ZLJ-AGENCY (county-level grid agency), not by a township government or street office");
        });
    }

    @Test
    void ZG_21_01_a_notice_posted_by_an_organisation_not_in_the_snapshot_breaches() {
        PublicNotice unknown = notice("ORG-NOWHERE", START, Set.of(NoticeContent.values()), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(unknown), "ZG-21-01")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("ORG-NOWHERE (not in the snapshot)"));
    }

    @Test
    void ZG_21_01_a_notice_posted_by_the_township_of_another_area_breaches() {
        PublicNotice other = notice(CompliantCity.TOWNSHIP_GOV, START, Set.of(NoticeContent.values()), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(other), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("postedBy", CompliantCity.TOWNSHIP_GOV).containsEntry("division", CompliantCity.COMMUNITY_CODE);
            assertThat(f.messageZh()).contains("而非网格所在地 510302001001 的乡镇人民政府或街道办事处");
        });
    }

    @Test
    void ZG_21_01_a_notice_not_showing_the_area_and_service_matters_breaches() {
        PublicNotice partial = notice(CompliantCity.STREET_OFFICE, START, Set.of(NoticeContent.GRID_NAME), listed(CompliantCity.WORKER_COMMUNITY));
        assertThat(findings(CompliantCity.with(partial), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("missingContents", "area, service matters");
            assertThat(f.messageZh()).contains("未公布区域范围、服务事项").doesNotContain("{");
            assertThat(f.messageEn()).contains("does not show the area, service matters").doesNotContain("{");
        });
    }

    @Test
    void ZG_21_01_a_listed_worker_without_a_phone_breaches_and_without_a_name_too() {
        PublicNotice noPhone = notice(new NoticedWorker(CompliantCity.WORKER_COMMUNITY, NAME, null, null));
        assertThat(findings(CompliantCity.with(noPhone), "ZG-21-01")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("worker", CompliantCity.WORKER_COMMUNITY).containsEntry("lacks", "phone");
            assertThat(f.messageZh()).contains("所列网格员 W-1 缺少联系电话");
            assertThat(f.messageZh()).doesNotContain("王"); // personal data is never in a message
        });
        PublicNotice nothing = notice(new NoticedWorker(CompliantCity.WORKER_COMMUNITY, null, null, null));
        assertThat(findings(CompliantCity.with(nothing), "ZG-21-01")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("lacks", "name and phone"));
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
                "公示栏", Set.of(), List.of(listed(CompliantCity.WORKER_COMMUNITY)));
        assertThat(findings(CompliantCity.with(oldIncomplete), "ZG-21-01")).isEmpty();
        PublicNotice newIncomplete = new PublicNotice("N-NEW", CompliantCity.COMMUNITY_GRID, CompliantCity.STREET_OFFICE,
                LocalDate.of(2025, 6, 1), "公示栏", Set.of(), List.of(listed(CompliantCity.WORKER_COMMUNITY)));
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
            assertThat(f.evidence()).containsEntry("missing", "W-4").containsEntry("extra", "—")
                    .containsEntry("changedOn", "2025-06-22").containsEntry("graceDays", "7").containsEntry("notice", NOTICE)
                    .containsEntry("postedOn", "2024-02-04");
            assertThat(f.messageZh()).contains("网格 G-COMM-1 的公示（N-G-COMM-1，2024年2月4日）与在岗网格员不符：未公示 W-4")
                    .contains("变动于 2025年6月22日，宽限 7 天").doesNotContain("{");
            assertThat(f.messageEn()).contains("missing W-4, no longer assigned —; changed 22 June 2025, grace 7 days")
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
            assertThat(f.evidence()).containsEntry("missing", "—").containsEntry("extra", CompliantCity.WORKER_COMMUNITY)
                    .containsEntry("changedOn", "2025-06-22");
            assertThat(f.messageEn()).contains("no longer assigned W-1");
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
