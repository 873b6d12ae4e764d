package org.wangge.kernel.model.testdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.DedicatedPlaceKind;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.grid.StarRating;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.information.SystemConnection;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.notice.NoticeContent;
import org.wangge.kernel.model.notice.NoticedWorker;
import org.wangge.kernel.model.notice.NoticePlace;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.AgencyMechanism;
import org.wangge.kernel.model.organisation.Commendation;
import org.wangge.kernel.model.organisation.MechanismKind;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assessment;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.InsuranceKind;
import org.wangge.kernel.model.worker.InsurancePolicy;
import org.wangge.kernel.model.worker.LabourContract;
import org.wangge.kernel.model.worker.PayRecord;

/**
 * A small synthetic Zigong snapshot, as of {@link #AS_OF}, that complies with every constraint of
 * the Measures. Rule tests start from it and change one fact, so that a finding can only come from
 * that change. Every personal datum is synthetic (valid check digits, fake-looking numbers).
 *
 * <p>Keep it compliant: {@code CompliantCityTest} in kernel-rules fails when any rule finds anything.
 */
public final class CompliantCity {

    /** The day the snapshot describes. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    public static final String CITY_AGENCY = "ORG-CITY-AGENCY";
    public static final String ZLJ_AGENCY = "ORG-ZLJ-AGENCY";
    public static final String RONG_AGENCY = "ORG-RONG-AGENCY";
    public static final String STREET_OFFICE = "ORG-ZLJ-STREET-1";
    public static final String TOWNSHIP_GOV = "ORG-RONG-TOWN-1";
    public static final String COMMUNITY_COMMITTEE = "ORG-ZLJ-COMM-1";
    public static final String VILLAGE_COMMITTEE = "ORG-RONG-VILL-1";
    public static final String PUBLIC_SECURITY = "ORG-ZLJ-PSB";
    public static final String CIVIL_AFFAIRS = "ORG-ZLJ-CIVIL";
    public static final String EMERGENCY = "ORG-ZLJ-EMERGENCY";
    public static final String CITY_GOV = "ORG-CITY-GOV";
    public static final String ZLJ_GOV = "ORG-ZLJ-GOV";
    public static final String RONG_GOV = "ORG-RONG-GOV";
    public static final String HOSPITAL = "ORG-ZLJ-HOSPITAL";

    public static final String STREET_CODE = "510302001000";
    public static final String COMMUNITY_CODE = "510302001001";
    public static final String TOWNSHIP_CODE = "510321100000";
    public static final String VILLAGE_CODE = "510321100201";

    public static final String COMMUNITY_GRID = "G-COMM-1";
    public static final String VILLAGE_GRID = "G-VILL-1";
    public static final String DEDICATED_GRID = "G-DED-1";

    public static final String WORKER_COMMUNITY = "W-1";
    public static final String WORKER_VILLAGE = "W-2";
    public static final String WORKER_DEDICATED = "W-3";

    public static final String MATTER_LIST = "L-1";
    public static final String MATTER_OPINION = "M-1";
    public static final String MATTER_HAZARD = "M-2";
    public static final String MATTER_DISPUTE = "M-3";

    public static final String CASE_ASSIGNED = "K-1";
    public static final String CASE_ON_SPOT = "K-2";

    private CompliantCity() {
    }

    /** @return the compliant snapshot */
    public static CitySnapshot snapshot() {
        return CitySnapshot.builder(DivisionCode.ZIGONG.value(), AS_OF).addAll(facts()).build();
    }

    /**
     * @param changes facts that replace the facts of the same type and id (or are added when new)
     * @return the compliant snapshot with those changes
     */
    public static CitySnapshot with(Object... changes) {
        List<Object> facts = new ArrayList<>(facts());
        for (Object change : changes) {
            replaceOrAdd(facts, change);
        }
        return CitySnapshot.builder(DivisionCode.ZIGONG.value(), AS_OF).addAll(facts).build();
    }

    /**
     * @param removed which facts to leave out
     * @param changes facts that replace (or add to) the rest
     * @return the compliant snapshot without the removed facts, with the changes
     */
    public static CitySnapshot without(Predicate<Object> removed, Object... changes) {
        List<Object> facts = new ArrayList<>(facts());
        facts.removeIf(removed);
        for (Object change : changes) {
            replaceOrAdd(facts, change);
        }
        return CitySnapshot.builder(DivisionCode.ZIGONG.value(), AS_OF).addAll(facts).build();
    }

    private static void replaceOrAdd(List<Object> facts, Object change) {
        String key = key(change);
        for (int i = 0; i < facts.size(); i++) {
            if (key != null && key.equals(key(facts.get(i)))) {
                facts.set(i, change);
                return;
            }
        }
        facts.add(change);
    }

    /** Type and id (or code) of a record fact, or null when it has neither. */
    static String key(Object fact) {
        if (!fact.getClass().isRecord()) {
            return null;
        }
        for (var rc : fact.getClass().getRecordComponents()) {
            if (rc.getName().equals("id") || (rc.getName().equals("code") && rc.getType() == String.class)) {
                try {
                    return fact.getClass().getName() + "#" + rc.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /** @return every fact of the compliant snapshot, freshly built (a mutable list) */
    public static List<Object> facts() {
        Random random = SyntheticIdentities.random(20240201L);
        List<Object> f = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 2, 1);

        // Divisions (Art. 2, 3)
        f.add(new AdministrativeDivision("510300", "自贡市", DivisionKind.CITY, null));
        f.add(new AdministrativeDivision("510302", "自流井区", DivisionKind.COUNTY, "510300"));
        f.add(new AdministrativeDivision("510321", "荣县", DivisionKind.COUNTY, "510300"));
        f.add(new AdministrativeDivision(STREET_CODE, "五星街街道", DivisionKind.STREET, "510302"));
        f.add(new AdministrativeDivision(COMMUNITY_CODE, "檀木林社区", DivisionKind.COMMUNITY, STREET_CODE));
        f.add(new AdministrativeDivision(TOWNSHIP_CODE, "旭阳镇", DivisionKind.TOWNSHIP, "510321"));
        f.add(new AdministrativeDivision(VILLAGE_CODE, "双石村", DivisionKind.VILLAGE, TOWNSHIP_CODE));

        // Organisations (Art. 5, 8, 18, 19)
        f.add(new Organisation(CITY_AGENCY, "自贡市网格化服务管理中心", OrganisationKind.GRID_AGENCY, GovernmentLevel.CITY, null, "510300", null));
        f.add(new Organisation(ZLJ_AGENCY, "自流井区网格化服务管理中心", OrganisationKind.GRID_AGENCY, GovernmentLevel.COUNTY, null, "510302", null));
        f.add(new Organisation(RONG_AGENCY, "荣县网格化服务管理中心", OrganisationKind.GRID_AGENCY, GovernmentLevel.COUNTY, null, "510321", null));
        f.add(new Organisation(STREET_OFFICE, "五星街街道办事处", OrganisationKind.STREET_OFFICE, GovernmentLevel.TOWNSHIP, null, STREET_CODE, null));
        f.add(new Organisation(TOWNSHIP_GOV, "旭阳镇人民政府", OrganisationKind.TOWNSHIP_GOVERNMENT, GovernmentLevel.TOWNSHIP, null, TOWNSHIP_CODE, null));
        f.add(new Organisation(COMMUNITY_COMMITTEE, "檀木林社区居民委员会", OrganisationKind.RESIDENTS_COMMITTEE, null, null, COMMUNITY_CODE, null));
        f.add(new Organisation(VILLAGE_COMMITTEE, "双石村村民委员会", OrganisationKind.VILLAGERS_COMMITTEE, null, null, VILLAGE_CODE, null));
        f.add(new Organisation(PUBLIC_SECURITY, "自流井区公安分局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY, DepartmentKind.PUBLIC_SECURITY, "510302", null));
        f.add(new Organisation(CIVIL_AFFAIRS, "自流井区民政局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY, DepartmentKind.CIVIL_AFFAIRS, "510302", null));
        f.add(new Organisation(EMERGENCY, "自流井区应急管理局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY, DepartmentKind.EMERGENCY_MANAGEMENT, "510302", null));
        f.add(new Organisation(CITY_GOV, "自贡市人民政府", OrganisationKind.PEOPLES_GOVERNMENT, GovernmentLevel.CITY, null, "510300", null));
        f.add(new Organisation(ZLJ_GOV, "自流井区人民政府", OrganisationKind.PEOPLES_GOVERNMENT, GovernmentLevel.COUNTY, null, "510302", null));
        f.add(new Organisation(RONG_GOV, "荣县人民政府", OrganisationKind.PEOPLES_GOVERNMENT, GovernmentLevel.COUNTY, null, "510321", null));
        f.add(new Organisation(HOSPITAL, "自流井区某医院", OrganisationKind.ENTERPRISE_OR_INSTITUTION, null, null, COMMUNITY_CODE,
                SyntheticIdentities.socialCreditCode(random)));

        // Grids (Art. 7, 8)
        f.add(new Grid(COMMUNITY_GRID, GridCode.of(COMMUNITY_CODE + "001"), "檀木林社区第一网格", GridKind.COMMUNITY, null,
                Set.of(COMMUNITY_CODE), 400, 1000, "檀木林街1-30号", ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, start, null));
        f.add(new Grid(VILLAGE_GRID, GridCode.of(VILLAGE_CODE + "001"), "双石村网格", GridKind.VILLAGE, null,
                Set.of(VILLAGE_CODE), 260, 700, "双石村全域", RONG_AGENCY, null, null, null, GridStatus.ACTIVE, start, null));
        f.add(new Grid(DEDICATED_GRID, GridCode.of(COMMUNITY_CODE + "002"), "某医院专属网格", GridKind.DEDICATED, DedicatedPlaceKind.HOSPITAL,
                Set.of(COMMUNITY_CODE), 0, 0, "医院院区", ZLJ_AGENCY, null, STREET_OFFICE, HOSPITAL, GridStatus.ACTIVE, start, null));
        f.add(new GridChange("C-1", GridChangeKind.DIVISION, Set.of(COMMUNITY_GRID, DEDICATED_GRID), ZLJ_AGENCY, start, null, null, "首次划分"));
        f.add(new Filing("F-1", "C-1", CITY_AGENCY, LocalDate.of(2024, 2, 20), "自网格备〔2024〕1号"));
        f.add(new GridChange("C-2", GridChangeKind.DIVISION, Set.of(VILLAGE_GRID), RONG_AGENCY, start, null, null, "首次划分"));
        f.add(new Filing("F-2", "C-2", CITY_AGENCY, LocalDate.of(2024, 2, 26), "自网格备〔2024〕2号"));

        // Workers (Art. 12, 17, 18)
        String[][] workers = {
                {WORKER_COMMUNITY, COMMUNITY_GRID, ZLJ_AGENCY, "FULL_TIME"},
                {WORKER_VILLAGE, VILLAGE_GRID, RONG_AGENCY, "PART_TIME"},
                {WORKER_DEDICATED, DEDICATED_GRID, ZLJ_AGENCY, "FULL_TIME"}};
        List<GridWorker> built = new ArrayList<>();
        for (String[] w : workers) {
            EmploymentType type = EmploymentType.valueOf(w[3]);
            GridWorker worker = new GridWorker(w[0], SyntheticIdentities.chineseName(random),
                    SyntheticIdentities.residentIdNumber(random), SyntheticIdentities.mobileNumber(random), type, start, null);
            built.add(worker);
            f.add(worker);
            f.add(new Assignment("A-" + w[0], w[0], w[1], w[2], start, null));
            if (type == EmploymentType.FULL_TIME) {
                f.add(new LabourContract("LC-" + w[0], w[0], w[2], start, null));
                f.add(new InsurancePolicy("SI-" + w[0], w[0], InsuranceKind.SOCIAL, w[2], start, null));
            } else {
                f.add(new InsurancePolicy("PA-" + w[0], w[0], InsuranceKind.PERSONAL_ACCIDENT, w[2], start, LocalDate.of(2026, 12, 31)));
            }
            String payer = w[2].equals(RONG_AGENCY) ? RONG_GOV : ZLJ_GOV;
            f.add(new PayRecord("PAY-" + w[0] + "-2025-05", w[0], payer, PayRecord.PayKind.PAY, LocalDate.of(2025, 5, 31),
                    new BigDecimal("3500.00"), LocalDate.of(2025, 5, 30), new BigDecimal("3500.00")));
            f.add(new Assessment("AS-" + w[0] + "-2024", w[0], LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), w[2], "合格"));
            f.add(new StarRating("SR-" + w[1] + "-2024", w[1], LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 3, w[2]));
            String poster = w[2].equals(RONG_AGENCY) ? TOWNSHIP_GOV : STREET_OFFICE;
            String placeCode = w[2].equals(RONG_AGENCY) ? VILLAGE_CODE : COMMUNITY_CODE;
            f.add(new PublicNotice("N-" + w[1], w[1], poster, start.plusDays(3), "社区/村党群服务中心公示栏",
                    Set.of(NoticeContent.values()), List.of(new NoticedWorker(w[0], worker.name(), worker.phone(), null)),
                    new NoticePlace(placeCode, true, "党群服务中心公示栏")));
        }

        // Matter list (Art. 9, 10) and an engagement (Art. 11)
        f.add(new MatterList(MATTER_LIST, "2024版", CITY_AGENCY, Set.of(CIVIL_AFFAIRS, PUBLIC_SECURITY, EMERGENCY), start, "自贡市人民政府门户网站"));
        f.add(new Matter(MATTER_OPINION, MATTER_LIST, "收集群众诉求", MatterCategory.PUBLIC_OPINION, MatterNature.INFORMATION_COLLECTION, CIVIL_AFFAIRS));
        f.add(new Matter(MATTER_HAZARD, MATTER_LIST, "排查上报安全隐患", MatterCategory.SAFETY_HAZARDS, MatterNature.SCREENING, EMERGENCY));
        f.add(new Matter(MATTER_DISPUTE, MATTER_LIST, "矛盾纠纷排查化解", MatterCategory.DISPUTES, MatterNature.MEDIATION, PUBLIC_SECURITY));
        f.add(new Engagement("E-1", CIVIL_AFFAIRS, Set.of(COMMUNITY_GRID), "困难群众走访", CITY_AGENCY, LocalDate.of(2024, 3, 1), 1,
                new BigDecimal("20000"), Set.of(SupportKind.values()), LocalDate.of(2024, 3, 1), null));

        // Cases (Art. 9, 14, 15)
        LocalDateTime collected = LocalDateTime.of(2025, 6, 2, 9, 0);
        f.add(new Case(CASE_ASSIGNED, CaseSource.RESIDENT_DEMAND, MATTER_OPINION, MatterCategory.PUBLIC_OPINION, false, false,
                COMMUNITY_GRID, WORKER_COMMUNITY,
                new CaseTimeline(collected, null, collected.plusHours(1), collected.plusHours(5), collected.plusHours(6),
                        LocalDateTime.of(2025, 6, 5, 16, 0), LocalDateTime.of(2025, 6, 6, 10, 0), LocalDateTime.of(2025, 6, 6, 11, 0),
                        collected.plusHours(7)), // 签收 an hour after assignment (ZG-15-04)
                CIVIL_AFFAIRS, List.of(), List.of(), true, VerificationOutcome.RESOLVED, Set.of("sha256:aa01"), Set.of(), "低保申请咨询"));
        LocalDateTime spot = LocalDateTime.of(2025, 6, 10, 15, 0);
        f.add(new Case(CASE_ON_SPOT, CaseSource.WORKER_DISCOVERY, MATTER_DISPUTE, MatterCategory.DISPUTES, false, false,
                VILLAGE_GRID, WORKER_VILLAGE,
                new CaseTimeline(spot, spot.plusHours(2), null, null, null, null, null, spot.plusHours(2)),
                null, List.of(), List.of(), true, VerificationOutcome.RESOLVED, Set.of("sha256:bb02"), Set.of(), "邻里噪音纠纷，当场调解"));

        // Personal information (Art. 13(2)), information systems (Art. 16), budgets (Art. 19)
        f.add(new PersonalInfoAccess("PI-1", WORKER_COMMUNITY, collected.plusMinutes(30), AccessKind.VIEW, "R-00017", COMMUNITY_GRID,
                "核实诉求人信息", CASE_ASSIGNED, null, null, 1));
        f.add(new SystemConnection("SC-1", CIVIL_AFFAIRS, "民政综合业务系统", LocalDate.of(2024, 3, 1), null));
        f.add(new DataExchange("X-1", CIVIL_AFFAIRS, ZLJ_AGENCY, LocalDate.of(2025, 6, 3), "低保对象名单比对", "《社会救助暂行办法》第五十八条"));
        for (String gov : List.of(CITY_GOV, ZLJ_GOV, RONG_GOV, TOWNSHIP_GOV)) {
            f.add(new Budget("B-" + gov + "-2025", gov, 2025, new BigDecimal("1000000")));
            f.add(new Budget("B-" + gov + "-2024", gov, 2024, new BigDecimal("900000")));
        }

        // Working mechanisms and the star-rated grid system of every grid agency (Art. 17 ¶1), and a commendation (¶2)
        for (String agency : List.of(CITY_AGENCY, ZLJ_AGENCY, RONG_AGENCY)) {
            for (MechanismKind kind : MechanismKind.values()) {
                f.add(new AgencyMechanism("MECH-" + agency + "-" + kind.name(), agency, kind, "网格员管理办法（试行）", start, null));
            }
        }
        f.add(new Commendation("COM-1", ZLJ_AGENCY, WORKER_COMMUNITY, true, LocalDate.of(2025, 1, 20), "年度优秀网格员"));
        return f;
    }
}
