package org.wangge.kernel.io.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.grid.GridIndicators;
import org.wangge.kernel.model.identity.LandlineNumber;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.notice.NoticeContent;
import org.wangge.kernel.model.notice.NoticedWorker;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.Volunteer;
import org.wangge.kernel.model.privacy.DisclosureKind;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.VisitCheckIn;

/** The compliant city plus one fact of every list and nested record it lacks, for round trips. */
final class RichCity {

    /** A synthetic mobile number (no check digit), raw. */
    static final String VOLUNTEER_MOBILE = "13912345678";
    /** A synthetic landline number, raw. */
    static final String NOTICE_LANDLINE = "0813-2345678";
    /** A synthetic name, raw. */
    static final String VOLUNTEER_NAME = "欧阳明远";

    private RichCity() {
    }

    static CitySnapshot snapshot() {
        LocalDateTime t = LocalDateTime.of(2025, 6, 12, 8, 30);
        return CompliantCity.with(
                new Volunteer("V-1", PersonName.of(VOLUNTEER_NAME), MobileNumber.of(VOLUNTEER_MOBILE),
                        CompliantCity.COMMUNITY_COMMITTEE, LocalDate.of(2024, 5, 1)),
                new GridChange("C-3", GridChangeKind.CODE_CHANGE, Set.of(CompliantCity.VILLAGE_GRID), CompliantCity.RONG_AGENCY,
                        LocalDate.of(2025, 6, 1), "510321100201000", "510321100201001", "编码变更"),
                new GridIndicators(CompliantCity.COMMUNITY_GRID, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 95, 90, 12, 0),
                new VisitCheckIn("CI-1", CompliantCity.WORKER_COMMUNITY, t, CompliantCity.COMMUNITY_GRID, "K-3"),
                new Case("K-3", CaseSource.WORKER_DISCOVERY, CompliantCity.MATTER_HAZARD, MatterCategory.SAFETY_HAZARDS, true, false,
                        CompliantCity.COMMUNITY_GRID, CompliantCity.WORKER_COMMUNITY,
                        new CaseTimeline(t, null, t.plusMinutes(20), t.plusHours(1), t.plusHours(2), null, null, null),
                        CompliantCity.EMERGENCY,
                        List.of(new HandBack(t.plusHours(3), CompliantCity.EMERGENCY, "不属本部门职责"),
                                new HandBack(t.plusHours(4), CompliantCity.CIVIL_AFFAIRS, null)),
                        List.of(new Supervision(t.plusDays(1), CompliantCity.CITY_AGENCY, "逾期督办")),
                        false, null, Set.of("sha256:cc03", "sha256:cc01", "sha256:cc02"), Set.of(CompliantCity.HOSPITAL), "楼道堆放杂物"),
                new PersonalInfoDisclosure("PD-1", CompliantCity.WORKER_COMMUNITY, t, DisclosureKind.PROVIDE, "自流井区民政局",
                        "《社会救助暂行办法》", "K-3", 2),
                new ConductIncident("CD-1", CompliantCity.WORKER_VILLAGE, ConductKind.FALSIFICATION_OR_SHIRKING,
                        LocalDate.of(2025, 4, 2), null, "走访记录不实", Substantiation.NOT_SUBSTANTIATED, LocalDate.of(2025, 4, 20)),
                new Complaint("CP-1", CompliantCity.WORKER_VILLAGE, ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION,
                        LocalDate.of(2025, 5, 6), "R-00042", null, Substantiation.PENDING, null),
                new PublicNotice("N-" + CompliantCity.COMMUNITY_GRID, CompliantCity.COMMUNITY_GRID, CompliantCity.STREET_OFFICE,
                        LocalDate.of(2024, 2, 4), "公示栏", Set.of(NoticeContent.values()),
                        List.of(new NoticedWorker(CompliantCity.WORKER_COMMUNITY, PersonName.of("张三"), null,
                                LandlineNumber.of(NOTICE_LANDLINE)))),
                new org.wangge.kernel.model.worker.PayRecord("PAY-X", CompliantCity.WORKER_COMMUNITY, CompliantCity.ZLJ_GOV,
                        org.wangge.kernel.model.worker.PayRecord.PayKind.SUBSIDY, LocalDate.of(2025, 6, 30),
                        new BigDecimal("120.5"), null, null));
    }
}
