package org.wangge.kernel.testkit.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.notice.NoticePlace;
import org.wangge.kernel.model.organisation.AgencyMechanism;
import org.wangge.kernel.model.organisation.MechanismKind;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.calendar.WorkingDayCalendarLoader;
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
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.DedicatedPlaceKind;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.grid.GridIndicators;
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
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.organisation.Volunteer;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.DisclosureKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assessment;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.InsuranceKind;
import org.wangge.kernel.model.worker.InsurancePolicy;
import org.wangge.kernel.model.worker.LabourContract;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.model.worker.VisitCheckIn;

/**
 * The compliant city under construction: mutable lists of immutable model records plus the structure the
 * injectors need (which grid lies where, who staffs it when). Package-private.
 */
final class Draft {

    // ------------------------------------------------------------------ mirrors of the built-in pack

    /** Art. 24: the Measures are in force from this day. */
    static final LocalDate IN_FORCE = LocalDate.of(2024, 2, 1);
    /** The limits and routing of the pack the city is generated for. */
    final PackTerms terms;

    // ------------------------------------------------------------------ time in minutes since BASE

    static final LocalDate BASE = LocalDate.of(2020, 1, 1);
    private static final long BASE_DAY = BASE.toEpochDay();
    private static final LocalDate[] DATES = new LocalDate[4000];
    private static final LocalTime[] TIMES = new LocalTime[1440];

    static {
        for (int i = 0; i < DATES.length; i++) {
            DATES[i] = BASE.plusDays(i);
        }
        for (int i = 0; i < TIMES.length; i++) {
            TIMES[i] = LocalTime.of(i / 60, i % 60);
        }
    }

    /** The (shared) date–time of a minute since BASE. */
    static LocalDateTime at(long minute) {
        return LocalDateTime.of(DATES[(int) (minute / 1440)], TIMES[(int) (minute % 1440)]);
    }

    /** The first minute of a day. */
    static long start(LocalDate day) {
        return (day.toEpochDay() - BASE_DAY) * 1440L;
    }

    /** The minute of a date–time (seconds dropped). */
    static long minute(LocalDateTime t) {
        return start(t.toLocalDate()) + t.getHour() * 60L + t.getMinute();
    }

    /** The (shared) date of a day index since BASE. */
    static LocalDate day(long minute) {
        return DATES[(int) (minute / 1440)];
    }

    // ------------------------------------------------------------------ structure

    static final class County {
        final DivisionCode code;
        final String name;
        final boolean urban;
        final double weight;
        String agencyId;
        String govId;
        final EnumMap<DepartmentKind, String> departments = new EnumMap<>(DepartmentKind.class);
        final List<Township> townships = new ArrayList<>();
        final List<GridInfo> grids = new ArrayList<>();
        final List<String> socialOrganisations = new ArrayList<>();
        final List<WorkerInfo> workers = new ArrayList<>();
        int streetSerial;
        int townSerial = 99;

        County(String code, String name, boolean urban, double weight) {
            this.code = DivisionCode.of(code);
            this.name = name;
            this.urban = urban;
            this.weight = weight;
        }
    }

    static final class Township {
        String code;
        String name;
        boolean street;
        County county;
        String orgId;
        LocalDate divisionDate;
        final List<String> communities = new ArrayList<>();
        final List<String> villages = new ArrayList<>();
        final List<GridInfo> grids = new ArrayList<>();
        final Map<String, String> names = new HashMap<>();
    }

    static final class GridInfo {
        int index;
        String id;
        GridKind kind;
        String division;
        Township township;
        County county;
        boolean active;
        LocalDate validFrom;
        final List<Tenure> tenures = new ArrayList<>();
        int currentNotice = -1;
        /** The star rating of the last completed assessment period (ZG-17-01), or -1 when the grid was not yet in effect. */
        int currentRating = -1;
        /** The indicators of the last completed period, from which the star-rating table derives a rating, or -1. */
        int lastIndicators = -1;
        int caseFrom;
        int caseTo;
    }

    static final class Tenure {
        WorkerInfo worker;
        int assignmentIndex;
        LocalDate from;
        LocalDate to;

        boolean activeOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    static final class WorkerInfo {
        int index;
        String id;
        boolean fullTime;
        County county;
        GridInfo grid;
        LocalDate from;
        LocalDate to;
        int contractIndex = -1;
        int socialIndex = -1;
        final List<Integer> policies = new ArrayList<>(2);
        int lastPeriodAssessment = -1;
        int firstAccess = -1;

        boolean servesOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    // ------------------------------------------------------------------ state

    final CityGenerator.Settings settings;
    final LocalDate asOf;
    final long asOfEnd;
    final WorkingDayCalendar calendar = WorkingDayCalendarLoader.prc();
    private final SplittableRandom rnd;

    final List<County> counties = new ArrayList<>();
    final List<GridInfo> gridInfos = new ArrayList<>();
    final List<WorkerInfo> workerInfos = new ArrayList<>();
    final Map<String, GridInfo> gridById = new HashMap<>();
    final Map<String, WorkerInfo> workerById = new HashMap<>();
    final Map<String, Organisation> orgById = new HashMap<>();
    final EnumMap<DepartmentKind, String> cityDepartments = new EnumMap<>(DepartmentKind.class);
    String cityAgencyId;
    String cityGovId;
    final List<String> governments = new ArrayList<>();

    final ArrayList<AdministrativeDivision> divisions = new ArrayList<>();
    final ArrayList<Organisation> organisations = new ArrayList<>();
    final ArrayList<Volunteer> volunteers = new ArrayList<>();
    final ArrayList<Grid> grids = new ArrayList<>();
    final ArrayList<GridChange> gridChanges = new ArrayList<>();
    final ArrayList<Filing> filings = new ArrayList<>();
    final ArrayList<GridWorker> workers = new ArrayList<>();
    final ArrayList<Assignment> assignments = new ArrayList<>();
    final ArrayList<LabourContract> labourContracts = new ArrayList<>();
    final ArrayList<InsurancePolicy> insurancePolicies = new ArrayList<>();
    final ArrayList<PayRecord> payRecords = new ArrayList<>();
    final ArrayList<Assessment> assessments = new ArrayList<>();
    final ArrayList<StarRating> starRatings = new ArrayList<>();
    final ArrayList<GridIndicators> gridIndicators = new ArrayList<>();
    final ArrayList<VisitCheckIn> checkIns = new ArrayList<>();
    final ArrayList<MatterList> matterLists = new ArrayList<>();
    final ArrayList<Matter> matters = new ArrayList<>();
    final ArrayList<Engagement> engagements = new ArrayList<>();
    final ArrayList<Case> cases = new ArrayList<>();
    final ArrayList<PersonalInfoAccess> accesses = new ArrayList<>();
    final ArrayList<PersonalInfoDisclosure> disclosures = new ArrayList<>();
    final ArrayList<ConductIncident> incidents = new ArrayList<>();
    final ArrayList<Complaint> complaints = new ArrayList<>();
    final ArrayList<PublicNotice> notices = new ArrayList<>();
    final ArrayList<SystemConnection> connections = new ArrayList<>();
    final ArrayList<DataExchange> exchanges = new ArrayList<>();
    final ArrayList<Budget> budgets = new ArrayList<>();
    final ArrayList<AgencyMechanism> mechanisms = new ArrayList<>();

    private int assignmentCounter;
    private final HashMap<Long, Integer> exportsPerWorkerDay = new HashMap<>();

    Draft(CityGenerator.Settings settings, PackTerms terms) {
        this.settings = settings;
        this.terms = terms;
        this.asOf = settings.asOf();
        this.asOfEnd = start(asOf) + 1439;
        this.rnd = new SplittableRandom(mix(settings.seed(), 0x5A17_0001L));
    }

    /** A well-mixed 64-bit value of a seed and a salt (splitmix64 finaliser). */
    static long mix(long seed, long salt) {
        long z = seed + salt * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int between(SplittableRandom r, int fromInclusive, int toInclusive) {
        return fromInclusive + r.nextInt(toInclusive - fromInclusive + 1);
    }

    LocalDate dayBetween(SplittableRandom r, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
    }

    // ------------------------------------------------------------------ build

    void build() {
        buildTop();
        allocateGrids();
        buildExtraGrids();
        buildOldTownGrids();
        buildWorkers();
        buildRatingsAndNotices();
        buildMatterLists();
        buildEngagements();
        buildCases();
        buildOthers();
    }

    private void addOrg(Organisation o) {
        organisations.add(o);
        orgById.put(o.id(), o);
    }

    private void buildTop() {
        counties.add(new County("510302", "自流井区", true, 0.17));
        counties.add(new County("510303", "贡井区", true, 0.11));
        counties.add(new County("510304", "大安区", true, 0.17));
        counties.add(new County("510311", "沿滩区", true, 0.10));
        counties.add(new County("510321", "荣县", false, 0.22));
        counties.add(new County("510322", "富顺县", false, 0.23));

        divisions.add(new AdministrativeDivision("510300", "自贡市", DivisionKind.CITY, null));
        cityAgencyId = "ORG-CITY-AGENCY";
        cityGovId = "ORG-CITY-GOV";
        addOrg(new Organisation(cityAgencyId, "自贡市网格化服务管理中心", OrganisationKind.GRID_AGENCY, GovernmentLevel.CITY,
                null, "510300", Synthetic.socialCreditCode(rnd, DivisionCode.ZIGONG)));
        addOrg(new Organisation(cityGovId, "自贡市人民政府", OrganisationKind.PEOPLES_GOVERNMENT, GovernmentLevel.CITY,
                null, "510300", Synthetic.socialCreditCode(rnd, DivisionCode.ZIGONG)));
        governments.add(cityGovId);
        addMechanisms(cityAgencyId);
        for (DepartmentKind k : DepartmentKind.values()) {
            String id = "ORG-CITY-DEPT-" + k.name();
            cityDepartments.put(k, id);
            addOrg(new Organisation(id, "自贡市" + departmentName(k, false), OrganisationKind.DEPARTMENT, GovernmentLevel.CITY,
                    k, "510300", Synthetic.socialCreditCode(rnd, DivisionCode.ZIGONG)));
        }
        for (County c : counties) {
            divisions.add(new AdministrativeDivision(c.code.value(), c.name, DivisionKind.COUNTY, "510300"));
            String p = "ORG-" + c.code.value();
            c.agencyId = p + "-AGENCY";
            c.govId = p + "-GOV";
            addOrg(new Organisation(c.agencyId, c.name + "网格化服务管理中心", OrganisationKind.GRID_AGENCY, GovernmentLevel.COUNTY,
                    null, c.code.value(), Synthetic.socialCreditCode(rnd, c.code)));
            addOrg(new Organisation(c.govId, c.name + "人民政府", OrganisationKind.PEOPLES_GOVERNMENT, GovernmentLevel.COUNTY,
                    null, c.code.value(), Synthetic.socialCreditCode(rnd, c.code)));
            governments.add(c.govId);
            addMechanisms(c.agencyId);
            for (DepartmentKind k : DepartmentKind.values()) {
                String id = p + "-DEPT-" + k.name();
                c.departments.put(k, id);
                addOrg(new Organisation(id, c.name + departmentName(k, c.urban), OrganisationKind.DEPARTMENT,
                        GovernmentLevel.COUNTY, k, c.code.value(), Synthetic.socialCreditCode(rnd, c.code)));
            }
            addOrg(new Organisation(p + "-UNION", c.name + "总工会", OrganisationKind.PEOPLES_ORGANISATION, null, null,
                    c.code.value(), Synthetic.socialCreditCode(rnd, c.code)));
            addOrg(new Organisation(p + "-WOMEN", c.name + "妇女联合会", OrganisationKind.PEOPLES_ORGANISATION, null, null,
                    c.code.value(), Synthetic.socialCreditCode(rnd, c.code)));
            int social = 1 + rnd.nextInt(2);
            for (int i = 1; i <= social; i++) {
                String id = p + "-SOC-" + i;
                c.socialOrganisations.add(id);
                addOrg(new Organisation(id, c.name + Synthetic.placeName(rnd) + (i == 1 ? "志愿者协会" : "社会工作服务中心"),
                        OrganisationKind.SOCIAL_ORGANISATION, null, null, c.code.value(), Synthetic.socialCreditCode(rnd, c.code)));
            }
        }
    }

    static String departmentName(DepartmentKind k, boolean district) {
        return switch (k) {
            case PUBLIC_SECURITY -> district ? "公安分局" : "公安局";
            case CIVIL_AFFAIRS -> "民政局";
            case JUSTICE_ADMINISTRATION -> "司法局";
            case FINANCE -> "财政局";
            case HUMAN_RESOURCES_SOCIAL_SECURITY -> "人力资源和社会保障局";
            case ECOLOGY_ENVIRONMENT -> "生态环境局";
            case HEALTH -> "卫生健康局";
            case EMERGENCY_MANAGEMENT -> "应急管理局";
            case MARKET_REGULATION -> "市场监督管理局";
            case URBAN_MANAGEMENT_ENFORCEMENT -> "综合行政执法局";
            case MEDICAL_INSURANCE -> "医疗保障局";
            case GOVERNMENT_SERVICES_DIGITAL -> "政务服务和大数据管理局";
            case FIRE_RESCUE -> "消防救援大队";
            case OTHER -> "住房和城乡建设局";
        };
    }

    private void allocateGrids() {
        int n = settings.grids();
        int[] quota = new int[counties.size()];
        int sum = 0;
        for (int i = 0; i < quota.length; i++) {
            quota[i] = Math.max(2, (int) Math.floor(n * counties.get(i).weight));
            sum += quota[i];
        }
        int i = 0;
        while (sum < n) {
            quota[(i++) % quota.length]++;
            sum++;
        }
        while (sum > n) {
            int largest = 0;
            for (int j = 1; j < quota.length; j++) {
                if (quota[j] > quota[largest]) {
                    largest = j;
                }
            }
            quota[largest]--;
            sum--;
        }
        for (int c = 0; c < counties.size(); c++) {
            buildCounty(counties.get(c), quota[c]);
        }
    }

    private void buildCounty(County c, int quota) {
        int base = Math.max(5, quota / 225);
        int remaining = quota;
        boolean first = true;
        while (remaining > 0) {
            int t = Math.min(remaining, base + rnd.nextInt(base + 1));
            if (remaining - t == 1) {
                t++; // no township of a single leftover grid
            }
            boolean street = first ? c.urban : rnd.nextDouble() < (c.urban ? 0.55 : 0.15);
            if (street && c.streetSerial >= 99) {
                street = false;
            }
            if (!street && c.townSerial >= 199) {
                street = true;
            }
            if (street && c.streetSerial >= 99) {
                throw new IllegalStateException("too many townships in " + c.name + "; use fewer grids");
            }
            Township tw = new Township();
            tw.county = c;
            tw.street = street;
            int serial = street ? ++c.streetSerial : ++c.townSerial;
            tw.code = c.code.value() + Synthetic.three(serial) + "000";
            tw.name = Synthetic.placeName(rnd) + (street ? "街道" : "镇");
            tw.orgId = "ORG-" + tw.code + (street ? "-OFFICE" : "-GOV");
            tw.divisionDate = IN_FORCE.plusDays(rnd.nextInt(41));
            c.townships.add(tw);
            divisions.add(new AdministrativeDivision(tw.code, tw.name, street ? DivisionKind.STREET : DivisionKind.TOWNSHIP,
                    c.code.value()));
            addOrg(new Organisation(tw.orgId, tw.name + (street ? "办事处" : "人民政府"),
                    street ? OrganisationKind.STREET_OFFICE : OrganisationKind.TOWNSHIP_GOVERNMENT, GovernmentLevel.TOWNSHIP,
                    null, tw.code, Synthetic.socialCreditCode(rnd, c.code)));
            if (!street) {
                governments.add(tw.orgId);
            }
            if (street) {
                fillStreet(tw, t, first);
            } else {
                fillTown(tw, t, first);
            }
            remaining -= t;
            first = false;
        }
    }

    private String addGrassroots(Township tw, int serial, boolean community) {
        String code = tw.code.substring(0, 9) + Synthetic.three(serial);
        String name = Synthetic.placeName(rnd) + (community ? "社区" : "村");
        tw.names.put(code, name);
        divisions.add(new AdministrativeDivision(code, name, community ? DivisionKind.COMMUNITY : DivisionKind.VILLAGE, tw.code));
        addOrg(new Organisation("ORG-" + code + "-COMMITTEE", name + (community ? "居民委员会" : "村民委员会"),
                community ? OrganisationKind.RESIDENTS_COMMITTEE : OrganisationKind.VILLAGERS_COMMITTEE, null, null, code, null));
        (community ? tw.communities : tw.villages).add(code);
        return code;
    }

    private void fillStreet(Township tw, int t, boolean firstOfCounty) {
        int assigned = 0;
        int serial = 0;
        while (assigned < t) {
            String code = addGrassroots(tw, ++serial, true);
            int room = t - assigned;
            boolean dedicated = room >= 2 && (firstOfCounty && serial == 1 || rnd.nextDouble() < 0.3);
            int n = Math.min(room - (dedicated ? 1 : 0), 1 + rnd.nextInt(5));
            for (int k = 1; k <= n; k++) {
                addGrid(tw, code, GridKind.COMMUNITY, k);
            }
            if (dedicated) {
                addGrid(tw, code, GridKind.DEDICATED, n + 1);
            }
            assigned += n + (dedicated ? 1 : 0);
        }
    }

    private void fillTown(Township tw, int t, boolean firstOfCounty) {
        String seat = addGrassroots(tw, 1, true);
        int room = t;
        int n = Math.min(room > 1 ? room - 1 : 1, 1 + rnd.nextInt(2));
        for (int k = 1; k <= n; k++) {
            addGrid(tw, seat, GridKind.COMMUNITY, k);
        }
        int assigned = n;
        if (t - assigned >= 2 && (firstOfCounty || rnd.nextDouble() < 0.25)) {
            addGrid(tw, seat, GridKind.DEDICATED, n + 1);
            assigned++;
        }
        int serial = 200;
        while (assigned < t) {
            String code = addGrassroots(tw, ++serial, false);
            int v = Math.min(t - assigned, rnd.nextDouble() < 0.3 ? 2 : 1);
            for (int k = 1; k <= v; k++) {
                addGrid(tw, code, GridKind.VILLAGE, k);
            }
            assigned += v;
        }
    }

    private static final DedicatedPlaceKind[] PLACES = {DedicatedPlaceKind.COMMERCIAL_BUILDING, DedicatedPlaceKind.PARK,
            DedicatedPlaceKind.BUSINESS_DISTRICT_OR_MARKET, DedicatedPlaceKind.SCHOOL, DedicatedPlaceKind.HOSPITAL,
            DedicatedPlaceKind.ENTERPRISE_OR_INSTITUTION};
    private static final String[] PLACE_NAMES = {"商务楼宇", "产业园区", "商圈市场", "学校", "医院", "企业"};

    private GridInfo addGrid(Township tw, String division, GridKind kind, int serial) {
        String code = division + Synthetic.three(serial);
        String name = tw.names.get(division);
        GridInfo g = new GridInfo();
        g.id = "G-" + code;
        g.kind = kind;
        g.division = division;
        g.township = tw;
        g.county = tw.county;
        g.active = true;
        g.validFrom = tw.divisionDate;
        int households;
        int residents;
        DedicatedPlaceKind place = null;
        String organiser = null;
        String unit = null;
        String gridName;
        String area;
        switch (kind) {
            case COMMUNITY -> {
                if (rnd.nextDouble() < 0.8) {
                    households = between(rnd, 300, 500);
                    residents = households * between(rnd, 22, 29) / 10;
                } else {
                    households = between(rnd, 501, 580);
                    residents = between(rnd, 850, 1150);
                }
                gridName = name + "第" + serial + "网格";
                area = Synthetic.placeName(rnd) + "路" + between(rnd, 1, 40) + "-" + between(rnd, 41, 120) + "号";
            }
            case VILLAGE -> {
                households = between(rnd, 180, 620);
                residents = households * between(rnd, 22, 30) / 10;
                gridName = name + "第" + serial + "网格";
                area = name + (serial == 1 ? "一至四组" : "五至八组");
            }
            default -> {
                int p = rnd.nextInt(PLACES.length);
                place = PLACES[p];
                households = 0;
                residents = 0;
                organiser = tw.orgId;
                unit = "ORG-UNIT-" + code;
                addOrg(new Organisation(unit, tw.county.name + Synthetic.placeName(rnd) + PLACE_NAMES[p],
                        OrganisationKind.ENTERPRISE_OR_INSTITUTION, null, null, division,
                        Synthetic.socialCreditCode(rnd, tw.county.code)));
                gridName = name + Synthetic.placeName(rnd) + PLACE_NAMES[p] + "专属网格";
                area = PLACE_NAMES[p] + "院区";
            }
        }
        g.index = grids.size();
        grids.add(new Grid(g.id, GridCode.of(code), gridName, kind, place, Set.of(division), households, residents, area,
                tw.county.agencyId, null, organiser, unit, GridStatus.ACTIVE, g.validFrom, null));
        gridInfos.add(g);
        gridById.put(g.id, g);
        tw.grids.add(g);
        tw.county.grids.add(g);
        return g;
    }

    /** Division filings per township; retired, planned and re-coded grids with their changes. */
    private void buildExtraGrids() {
        int changeCounter = 0;
        for (County c : counties) {
            for (Township tw : c.townships) {
                Set<String> ids = new LinkedHashSet<>();
                for (GridInfo g : tw.grids) {
                    ids.add(g.id);
                }
                String changeId = "GC-" + (++changeCounter);
                gridChanges.add(new GridChange(changeId, GridChangeKind.DIVISION, ids, c.agencyId, tw.divisionDate, null, null,
                        tw.name + "网格首次划分"));
                filings.add(new Filing("F-" + changeId, changeId, cityAgencyId, tw.divisionDate.plusDays(between(rnd, 1, 28)),
                        "自网格备〔" + tw.divisionDate.getYear() + "〕" + changeCounter + "号"));
            }
        }
        if (gridInfos.size() < 40) {
            return;
        }
        int extras = Math.max(1, gridInfos.size() / 100);
        LocalDate latest = asOf.minusDays(40);
        for (int e = 0; e < extras; e++) {
            // a retired grid merged into a neighbour, and its adjustment
            GridInfo host = gridInfos.get(rnd.nextInt(gridInfos.size()));
            if (host.kind == GridKind.COMMUNITY) {
                String code = host.division + Synthetic.three(900 + e % 90);
                LocalDate end = dayBetween(rnd, host.validFrom.plusDays(60), latest);
                String id = "G-" + code + "-R" + (e + 1);
                grids.add(new Grid(id, GridCode.of(code), host.township.names.get(host.division) + "原第" + (900 + e % 90) + "网格",
                        GridKind.COMMUNITY, null, Set.of(host.division), between(rnd, 300, 450), between(rnd, 800, 1100),
                        "已并入相邻网格", host.county.agencyId, null, null, null, GridStatus.RETIRED, host.validFrom, end));
                String changeId = "GC-" + (++changeCounter);
                gridChanges.add(new GridChange(changeId, GridChangeKind.ADJUSTMENT, Set.of(id, host.id), host.county.agencyId,
                        end.plusDays(1), null, null, "网格合并调整"));
                filings.add(new Filing("F-" + changeId, changeId, cityAgencyId, end.plusDays(between(rnd, 1, 25)),
                        "自网格备〔" + end.getYear() + "〕" + changeCounter + "号"));
            }
            // a planned grid, divided from a future day: not yet in effect, not yet filed
            GridInfo near = gridInfos.get(rnd.nextInt(gridInfos.size()));
            if (near.kind != GridKind.DEDICATED) {
                String code = near.division + Synthetic.three(800 + e % 90);
                String id = "G-" + code + "-P" + (e + 1);
                LocalDate from = asOf.plusDays(between(rnd, 20, 60));
                grids.add(new Grid(id, GridCode.of(code), near.township.names.get(near.division) + "拟设网格",
                        near.kind, null, Set.of(near.division), between(rnd, 300, 450), between(rnd, 800, 1100),
                        "新建小区", near.county.agencyId, null, null, null, GridStatus.PLANNED, from, null));
                String changeId = "GC-" + (++changeCounter);
                gridChanges.add(new GridChange(changeId, GridChangeKind.DIVISION, Set.of(id), near.county.agencyId, from, null,
                        null, "新建小区网格划分"));
            }
            // a code change of an active grid, filed
            GridInfo recoded = gridInfos.get(rnd.nextInt(gridInfos.size()));
            LocalDate on = dayBetween(rnd, recoded.validFrom.plusDays(30), latest);
            String changeId = "GC-" + (++changeCounter);
            gridChanges.add(new GridChange(changeId, GridChangeKind.CODE_CHANGE, Set.of(recoded.id), recoded.county.agencyId, on,
                    recoded.division + Synthetic.three(700 + e % 90), grids.get(recoded.index).code().value(), "网格编码规范调整"));
            filings.add(new Filing("F-" + changeId, changeId, cityAgencyId, on.plusDays(between(rnd, 1, 25)),
                    "自网格备〔" + on.getYear() + "〕" + changeCounter + "号"));
        }
    }

    /**
     * From scale S on (at least {@link Scale#S} grids): old-town quarters re-divided into smaller community grids of
     * 250–299 households and fewer than 800 residents (below the built-in band of 300–500 households or about 1000 people),
     * one per hundred grids, decided and in effect from a day 190–270 days after the check date. Not in effect on the check
     * date, they give no finding then (the city stays compliant); checked on a later day (e.g. 2026-03-31 for a city as of
     * 2025-06-30) the built-in pack warns of each under ZG-08-01, and a reform that lowers the band to 250 households does
     * not: what {@code wangge diff} shows for the analyst workspace's sample reform. Drawn from their own random stream, so
     * that the rest of the city is the same as without them.
     */
    private void buildOldTownGrids() {
        if (gridInfos.size() < Scale.S.grids()) {
            return;
        }
        SplittableRandom r = new SplittableRandom(mix(settings.seed(), 0x5A17_0250L));
        List<GridInfo> communities = gridInfos.stream().filter(g -> g.kind == GridKind.COMMUNITY).toList();
        if (communities.isEmpty()) {
            return;
        }
        int n = Math.max(3, gridInfos.size() / 100);
        for (int i = 0; i < n; i++) {
            GridInfo near = communities.get(r.nextInt(communities.size()));
            String code = near.division + Synthetic.three(600 + i % 90);
            String id = "G-" + code + "-S" + (i + 1);
            LocalDate from = asOf.plusDays(between(r, 190, 270));
            int households = between(r, 250, 299);
            int residents = households * between(r, 22, 26) / 10;
            grids.add(new Grid(id, GridCode.of(code), near.township.names.get(near.division) + "老城区第" + (600 + i % 90) + "网格",
                    GridKind.COMMUNITY, null, Set.of(near.division), households, residents, "老城区街巷", near.county.agencyId,
                    null, null, null, GridStatus.ACTIVE, from, null));
            gridChanges.add(new GridChange("GC-S" + (i + 1), GridChangeKind.DIVISION, Set.of(id), near.county.agencyId, from, null,
                    null, "老城区网格细分"));
        }
    }

    // ------------------------------------------------------------------ workers

    private void buildWorkers() {
        double extra = settings.workersPerGrid() - 1.0;
        double turnover = Math.min(0.05, extra / 2);
        double rest = extra - turnover;
        LocalDate latestChange = asOf.minusDays(40);
        for (GridInfo g : gridInfos) {
            if (rnd.nextDouble() < turnover && g.validFrom.plusDays(90).isBefore(latestChange)) {
                LocalDate last = dayBetween(rnd, g.validFrom.plusDays(60), latestChange);
                addTenure(g, true, g.validFrom, last);
                addTenure(g, true, last.plusDays(1), null);
            } else {
                addTenure(g, true, g.validFrom, null);
            }
            if (rnd.nextDouble() < Math.min(1.0, rest)) {
                addTenure(g, false, g.validFrom, null);
            }
            if (rnd.nextDouble() < rest - 1.0) {
                addTenure(g, false, g.validFrom, null);
            }
        }
    }

    private void addTenure(GridInfo g, boolean fullTime, LocalDate from, LocalDate to) {
        County c = g.county;
        WorkerInfo w = new WorkerInfo();
        w.index = workers.size();
        w.id = "W-" + (w.index + 1);
        w.fullTime = fullTime;
        w.county = c;
        w.grid = g;
        w.from = from;
        w.to = to;
        LocalDate birth = LocalDate.of(between(rnd, 1968, 2001), between(rnd, 1, 12), between(rnd, 1, 28));
        workers.add(new GridWorker(w.id, Synthetic.chineseName(rnd), Synthetic.residentIdNumber(rnd, c.code, birth),
                Synthetic.mobileNumber(rnd), fullTime ? EmploymentType.FULL_TIME : EmploymentType.PART_TIME, from, to));
        workerInfos.add(w);
        workerById.put(w.id, w);
        c.workers.add(w);
        Tenure t = new Tenure();
        t.worker = w;
        t.from = from;
        t.to = to;
        t.assignmentIndex = assignments.size();
        assignments.add(new Assignment("A-" + (++assignmentCounter), w.id, g.id, c.agencyId, from, to));
        g.tenures.add(t);

        if (fullTime) {
            w.contractIndex = labourContracts.size();
            labourContracts.add(new LabourContract("LC-" + w.id, w.id, c.agencyId, from, to != null ? to : from.plusYears(3).minusDays(1)));
            w.socialIndex = insurancePolicies.size();
            insurancePolicies.add(new InsurancePolicy("SI-" + w.id, w.id, InsuranceKind.SOCIAL, c.agencyId, from, to));
        } else if (rnd.nextDouble() < 0.3) {
            w.policies.add(insurancePolicies.size());
            insurancePolicies.add(new InsurancePolicy("WI-" + w.id, w.id, InsuranceKind.WORK_INJURY, c.agencyId, from, to));
        } else {
            LocalDate end = to != null ? to : asOf;
            for (int y = from.getYear(); y <= end.getYear(); y++) {
                LocalDate pFrom = y == from.getYear() ? from : LocalDate.of(y, 1, 1);
                LocalDate pTo = to != null && to.getYear() == y ? to : LocalDate.of(y, 12, 31);
                w.policies.add(insurancePolicies.size());
                insurancePolicies.add(new InsurancePolicy("PA-" + w.id + "-" + y, w.id, InsuranceKind.PERSONAL_ACCIDENT,
                        c.agencyId, pFrom, pTo));
            }
        }
        // monthly pay or subsidy, paid in full on or before the due date
        BigDecimal amount = BigDecimal.valueOf(fullTime ? between(rnd, 32, 42) * 100L : between(rnd, 8, 15) * 100L);
        YearMonth month = YearMonth.from(from);
        YearMonth lastMonth = YearMonth.from(to != null ? to : asOf);
        for (; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            LocalDate due = month.atEndOfMonth();
            if (due.isAfter(asOf)) {
                break;
            }
            LocalDate paid = due.minusDays(rnd.nextInt(4));
            payRecords.add(new PayRecord("PAY-" + w.id + "-" + month, w.id, c.govId,
                    fullTime ? PayRecord.PayKind.PAY : PayRecord.PayKind.SUBSIDY, due, amount, paid, amount));
        }
        // assessments for every calendar year of service completed before the check date's year
        for (int y = from.getYear(); y < asOf.getYear(); y++) {
            if (to != null && to.getYear() < y) {
                break;
            }
            if (y == asOf.getYear() - 1) {
                w.lastPeriodAssessment = assessments.size();
            }
            assessments.add(new Assessment("AS-" + w.id + "-" + y, w.id, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                    c.agencyId, rnd.nextDouble() < 0.2 ? "优秀" : "合格"));
        }
    }

    /** The tenure of the grid in force at a minute, preferring the given worker; null when none. */
    Tenure tenureAt(GridInfo g, long minute, WorkerInfo preferred) {
        LocalDate d = day(minute);
        Tenure any = null;
        for (Tenure t : g.tenures) {
            if (t.activeOn(d)) {
                if (t.worker == preferred) {
                    return t;
                }
                if (any == null) {
                    any = t;
                }
            }
        }
        return any;
    }

    // ------------------------------------------------------------------ ratings, notices

    private void buildRatingsAndNotices() {
        int year = asOf.getYear();
        for (GridInfo g : gridInfos) {
            String agency = g.county.agencyId;
            if (!g.validFrom.isAfter(LocalDate.of(year - 1, 12, 31))) {
                g.currentRating = starRatings.size();
                starRatings.add(new StarRating("SR-" + g.id + "-" + (year - 1), g.id, LocalDate.of(year - 1, 1, 1),
                        LocalDate.of(year - 1, 12, 31), between(rnd, 3, 5), agency));
                g.lastIndicators = gridIndicators.size();
                gridIndicators.add(new GridIndicators(g.id, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31),
                        between(rnd, 85, 100), between(rnd, 85, 100), settings.casesPerGrid(), rnd.nextInt(2)));
            }
            starRatings.add(new StarRating("SR-" + g.id + "-" + year, g.id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    between(rnd, 3, 5), agency));

            // one notice per change of workers; the last lists every worker assigned now
            List<LocalDate> changes = new ArrayList<>();
            for (Tenure t : g.tenures) {
                if (!changes.contains(t.from)) {
                    changes.add(t.from);
                }
            }
            changes.sort(null);
            int k = 0;
            for (LocalDate change : changes) {
                List<NoticedWorker> listed = new ArrayList<>();
                for (Tenure t : g.tenures) {
                    if (t.activeOn(change)) {
                        GridWorker w = workers.get(t.worker.index);
                        listed.add(new NoticedWorker(w.id(), w.name(), w.phone(),
                                rnd.nextDouble() < 0.2 ? Synthetic.landline(rnd) : null));
                    }
                }
                LocalDate posted = change.plusDays(rnd.nextInt(terms.noticeGraceDays.strict()));
                g.currentNotice = notices.size();
                notices.add(new PublicNotice("N-" + g.id + "-" + (++k), g.id, g.township.orgId, posted,
                        g.kind == GridKind.VILLAGE ? "村党群服务中心公示栏" : "社区党群服务中心公示栏",
                        EnumSet.allOf(NoticeContent.class), listed,
                        new NoticePlace(g.division, true, g.kind == GridKind.VILLAGE ? "村党群服务中心公示栏" : "社区党群服务中心公示栏")));
            }
        }
    }

    // ------------------------------------------------------------------ matter list

    private static final Map<MatterCategory, String[]> MATTER_NAMES = new EnumMap<>(MatterCategory.class);
    private static final Map<MatterCategory, MatterNature> MATTER_NATURES = new EnumMap<>(MatterCategory.class);

    static {
        MATTER_NAMES.put(MatterCategory.BASIC_INFORMATION, new String[] {"实有人口信息采集", "房屋信息核实", "单位信息登记", "标准地址采集"});
        MATTER_NAMES.put(MatterCategory.PUBLIC_OPINION, new String[] {"收集群众诉求", "社情民意收集", "民生需求摸排"});
        MATTER_NAMES.put(MatterCategory.PUBLICITY, new String[] {"法律法规宣传", "消防安全宣传", "食品药品安全宣传", "社会保障政策宣传"});
        MATTER_NAMES.put(MatterCategory.PUBLIC_WELFARE_AND_CONVENIENCE, new String[] {"便民代办服务", "公益活动组织", "特殊群体关爱走访"});
        MATTER_NAMES.put(MatterCategory.DISPUTES, new String[] {"矛盾纠纷排查化解", "邻里纠纷调解", "婚姻家庭纠纷排查"});
        MATTER_NAMES.put(MatterCategory.SAFETY_HAZARDS, new String[] {"排查上报安全隐患", "燃气安全隐患排查", "自建房安全隐患排查"});
        MATTER_NAMES.put(MatterCategory.RENTAL_HOUSING_AND_FLOATING_POPULATION, new String[] {"出租房屋信息登记", "流动人口服务管理", "治安防范指导"});
        MATTER_NAMES.put(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, new String[] {"党委政府交办事项", "专项工作协助"});
        MATTER_NATURES.put(MatterCategory.BASIC_INFORMATION, MatterNature.INFORMATION_COLLECTION);
        MATTER_NATURES.put(MatterCategory.PUBLIC_OPINION, MatterNature.INFORMATION_COLLECTION);
        MATTER_NATURES.put(MatterCategory.PUBLICITY, MatterNature.PUBLICITY);
        MATTER_NATURES.put(MatterCategory.PUBLIC_WELFARE_AND_CONVENIENCE, MatterNature.SERVICE);
        MATTER_NATURES.put(MatterCategory.DISPUTES, MatterNature.MEDIATION);
        MATTER_NATURES.put(MatterCategory.SAFETY_HAZARDS, MatterNature.SCREENING);
        MATTER_NATURES.put(MatterCategory.RENTAL_HOUSING_AND_FLOATING_POPULATION, MatterNature.SCREENING);
        MATTER_NATURES.put(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, MatterNature.ASSISTANCE);
    }

    /** Lists published on or before the check date, by publication day (ascending). */
    final List<MatterList> publishedLists = new ArrayList<>();
    /** Per published list: its matters by category. */
    final Map<String, EnumMap<MatterCategory, List<Matter>>> mattersByList = new HashMap<>();

    private void buildMatterLists() {
        Set<String> co = new LinkedHashSet<>();
        for (DepartmentKind k : List.of(DepartmentKind.PUBLIC_SECURITY, DepartmentKind.CIVIL_AFFAIRS,
                DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.EMERGENCY_MANAGEMENT, DepartmentKind.HEALTH)) {
            co.add(cityDepartments.get(k));
        }
        for (int y = 2024; y <= asOf.getYear() + 1; y++) {
            LocalDate published = LocalDate.of(y, 1, between(rnd, 8, 20));
            if (y == 2024) {
                published = LocalDate.of(2024, 1, 20);
            }
            boolean isPublished = !published.isAfter(asOf);
            MatterList list = new MatterList("L-" + y, y + "版", cityAgencyId, co, isPublished ? published : null,
                    isPublished ? "自贡市人民政府门户网站" : null);
            matterLists.add(list);
            EnumMap<MatterCategory, List<Matter>> byCategory = new EnumMap<>(MatterCategory.class);
            int k = 0;
            for (MatterCategory cat : MatterCategory.values()) {
                if (!cat.isArticle9Matter()) {
                    continue;
                }
                List<Matter> ms = new ArrayList<>();
                for (String name : MATTER_NAMES.get(cat)) {
                    Matter m = new Matter("M-" + y + "-" + (++k), list.id(), name, cat, MATTER_NATURES.get(cat),
                            cityDepartments.get(terms.routing.get(cat).get(0)));
                    matters.add(m);
                    ms.add(m);
                }
                byCategory.put(cat, ms);
            }
            if (isPublished) {
                publishedLists.add(list);
                mattersByList.put(list.id(), byCategory);
            }
        }
    }

    /** The matters (by category) of the latest list published on or before a day. */
    EnumMap<MatterCategory, List<Matter>> mattersOn(LocalDate day) {
        MatterList in = null;
        for (MatterList l : publishedLists) {
            if (!l.publishedOn().isAfter(day)) {
                in = l;
            }
        }
        return in == null ? null : mattersByList.get(in.id());
    }

    // ------------------------------------------------------------------ engagements

    private static final DepartmentKind[] ENGAGING = {DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.HEALTH,
            DepartmentKind.MARKET_REGULATION, DepartmentKind.EMERGENCY_MANAGEMENT, DepartmentKind.HUMAN_RESOURCES_SOCIAL_SECURITY,
            DepartmentKind.MEDICAL_INSURANCE};
    private static final String[] ENGAGEMENT_PURPOSES = {"困难群众走访", "老年人健康随访", "食品安全网格化巡查", "燃气安全入户排查",
            "就业失业登记协助", "医保参保宣传"};

    private void buildEngagements() {
        int perCounty = 1 + settings.grids() / 60;
        int n = 0;
        long span = ChronoUnit.DAYS.between(IN_FORCE.plusDays(40), asOf.minusDays(20));
        for (County c : counties) {
            for (int i = 0; i < perCounty; i++) {
                int k = (i + counties.indexOf(c)) % ENGAGING.length;
                Set<String> gridIds = new LinkedHashSet<>();
                int size = Math.min(c.grids.size(), between(rnd, 1, 10));
                while (gridIds.size() < size) {
                    gridIds.add(c.grids.get(rnd.nextInt(c.grids.size())).id);
                }
                LocalDate from = IN_FORCE.plusDays(40 + rnd.nextLong(span + 1));
                LocalDate to = rnd.nextDouble() < 0.2 ? from.plusDays(between(rnd, 60, 180)) : null;
                if (to != null && to.isAfter(asOf)) {
                    to = null;
                }
                engagements.add(new Engagement("E-" + (++n), c.departments.get(ENGAGING[k]), gridIds, ENGAGEMENT_PURPOSES[k],
                        cityAgencyId, from.minusDays(between(rnd, 1, 20)), between(rnd, 1, 5),
                        BigDecimal.valueOf(between(rnd, 10, 200) * 1000L), EnumSet.allOf(SupportKind.class), from, to));
            }
        }
    }

    // ------------------------------------------------------------------ cases, accesses, check-ins

    private static final MatterCategory[] CATEGORY_TABLE;

    static {
        int[] weights = {15, 20, 8, 12, 18, 12, 10, 5};
        MatterCategory[] cats = {MatterCategory.BASIC_INFORMATION, MatterCategory.PUBLIC_OPINION, MatterCategory.PUBLICITY,
                MatterCategory.PUBLIC_WELFARE_AND_CONVENIENCE, MatterCategory.DISPUTES, MatterCategory.SAFETY_HAZARDS,
                MatterCategory.RENTAL_HOUSING_AND_FLOATING_POPULATION, MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT};
        List<MatterCategory> table = new ArrayList<>();
        for (int i = 0; i < cats.length; i++) {
            for (int j = 0; j < weights[i]; j++) {
                table.add(cats[i]);
            }
        }
        CATEGORY_TABLE = table.toArray(new MatterCategory[0]);
    }

    private static final Map<MatterCategory, String[]> SUMMARIES = new EnumMap<>(MatterCategory.class);

    static {
        SUMMARIES.put(MatterCategory.BASIC_INFORMATION, new String[] {"新入住住户信息登记", "房屋用途变更核实", "门牌地址信息更新"});
        SUMMARIES.put(MatterCategory.PUBLIC_OPINION, new String[] {"反映小区路灯损坏", "咨询低保申请条件", "反映垃圾清运不及时"});
        SUMMARIES.put(MatterCategory.PUBLICITY, new String[] {"防诈骗宣传入户", "消防知识宣传", "医保政策宣讲"});
        SUMMARIES.put(MatterCategory.PUBLIC_WELFARE_AND_CONVENIENCE, new String[] {"代办老年证", "协助预约上门服务", "组织义诊活动"});
        SUMMARIES.put(MatterCategory.DISPUTES, new String[] {"邻里噪音纠纷", "物业费纠纷", "宅基地边界纠纷"});
        SUMMARIES.put(MatterCategory.SAFETY_HAZARDS, new String[] {"楼道堆放杂物堵塞通道", "电动车违规入户充电", "燃气管道老化"});
        SUMMARIES.put(MatterCategory.RENTAL_HOUSING_AND_FLOATING_POPULATION, new String[] {"出租房屋未登记", "流动人口居住登记", "群租房安全检查"});
        SUMMARIES.put(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, new String[] {"协助人口普查入户", "协助防汛排查", "协助疫苗接种通知"});
    }

    private static final String[] ACCESS_PURPOSES = {"核实诉求人信息", "核对当事人身份", "回访办理结果", "登记更新住户信息"};
    private static final String[] HANDBACK_REASONS = {"不属于本部门职责范围", "需补充现场材料", "涉及多部门，请重新分派"};

    private long caseCounter;
    private long accessCounter;
    private long checkInCounter;

    private void buildCases() {
        int perGrid = settings.casesPerGrid();
        cases.ensureCapacity(perGrid * gridInfos.size());
        accesses.ensureCapacity(settings.accessesPerGrid() * gridInfos.size());
        for (GridInfo g : gridInfos) {
            SplittableRandom r = new SplittableRandom(mix(settings.seed(), 0x100000L + g.index));
            LocalDate windowStart = asOf.minusDays(364).isAfter(g.validFrom.plusDays(1)) ? asOf.minusDays(364) : g.validFrom.plusDays(1);
            LocalDate regularEnd = asOf.minusDays(10);
            int inProgress = perGrid / 100;
            g.caseFrom = cases.size();
            for (int i = 0; i < perGrid; i++) {
                boolean open = i >= perGrid - inProgress;
                addCase(g, r, open ? null : dayBetween(r, windowStart, regularEnd), open);
            }
            g.caseTo = cases.size();
            addAccesses(g, r, windowStart);
            for (int i = 0; i < settings.checkInsPerGrid(); i++) {
                long m = start(dayBetween(r, windowStart, asOf)) + between(r, 8 * 60, 18 * 60);
                Tenure t = tenureAt(g, m, null);
                if (t != null) {
                    checkIns.add(new VisitCheckIn("V-" + (++checkInCounter), t.worker.id, at(m), g.id, null));
                }
            }
        }
    }

    private void addCase(GridInfo g, SplittableRandom r, LocalDate day, boolean open) {
        MatterCategory category = CATEGORY_TABLE[r.nextInt(CATEGORY_TABLE.length)];
        long collected = open ? start(asOf) + between(r, 30, 720) : start(day) + between(r, 7 * 60, 20 * 60);
        CaseSource source;
        if (category == MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT) {
            source = r.nextDouble() < 0.7 ? CaseSource.ASSIGNED_FROM_ABOVE : CaseSource.WORKER_DISCOVERY;
        } else {
            double p = r.nextDouble();
            source = p < 0.5 ? CaseSource.WORKER_DISCOVERY : p < 0.88 ? CaseSource.RESIDENT_DEMAND : CaseSource.PUBLIC_SUGGESTION;
        }
        boolean byWorker = source == CaseSource.WORKER_DISCOVERY || source == CaseSource.RESIDENT_DEMAND;
        Tenure collector = byWorker ? tenureAt(g, collected, null) : null;
        if (byWorker && collector == null) {
            source = CaseSource.PUBLIC_SUGGESTION;
            byWorker = false;
        }
        if (byWorker && g.tenures.size() > 1 && r.nextDouble() < 0.4) {
            // a second worker of the grid collects it, when one serves that day
            Tenure other = g.tenures.get(r.nextInt(g.tenures.size()));
            if (other.activeOn(day(collected))) {
                collector = other;
            }
        }
        boolean obstruction = byWorker && !open && r.nextDouble() < 0.006;
        if (obstruction) {
            category = r.nextDouble() < 0.6 ? MatterCategory.DISPUTES : MatterCategory.PUBLIC_OPINION;
        }
        boolean hazard = category == MatterCategory.SAFETY_HAZARDS;
        EnumMap<MatterCategory, List<Matter>> ms = mattersOn(day(collected));
        List<Matter> candidates = ms.get(category);
        String matterId = candidates.get(r.nextInt(candidates.size())).id();

        Long resolved = null;
        Long reported = null;
        Long accepted = null;
        Long assigned = null;
        Long fedBack = null;
        Long verified = null;
        Long closed = null;
        boolean closedAsResolved = false;
        VerificationOutcome verification = null;
        String department = null;
        List<HandBack> handBacks = List.of();
        List<Supervision> supervisions = List.of();

        if (open) {
            // collected on the check day, still under way; every step within its limit
            int stage = r.nextInt(4); // 0 not reported, 1 reported, 2 accepted, 3 assigned
            if (stage == 0 && (!byWorker || hazard)) {
                stage = 1;
            }
            long t = collected;
            if (stage >= 1) {
                reported = t += between(r, 10, 60);
            }
            if (stage >= 2) {
                accepted = t += between(r, 10, 60);
            }
            if (stage >= 3) {
                assigned = t += between(r, 10, 60);
                department = departmentFor(g.county, category, false, r);
            }
        } else if (byWorker && !obstruction && r.nextDouble() < 0.35) {
            resolved = collected + (hazard ? between(r, 5, reportWithin(true)) : between(r, 10, reportWithin(false)));
            closed = resolved + between(r, 0, 60);
            closedAsResolved = true;
            verification = VerificationOutcome.RESOLVED;
        } else {
            reported = collected + (hazard ? between(r, 5, reportWithin(true)) : byWorker ? between(r, 10, reportWithin(false))
                    : between(r, 1, 60));
            accepted = reported + between(r, 5, 20 * 60);
            assigned = accepted + between(r, 10, 20 * 60);
            fedBack = assigned + feedBackWithin(r, assigned, hazard);
            verified = fedBack + between(r, 60, 1440);
            closed = verified + between(r, 10, 240);
            department = departmentFor(g.county, category, obstruction, r);
            if (r.nextDouble() < 0.96) {
                closedAsResolved = true;
                verification = VerificationOutcome.RESOLVED;
            } else {
                verification = VerificationOutcome.UNRESOLVED;
            }
            if (terms.handbackMax.strict() > 0 && r.nextDouble() < 0.04) {
                int n = 1 + r.nextInt(Math.min(2, terms.handbackMax.strict()));
                List<HandBack> hb = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String other = g.county.departments.get(DepartmentKind.values()[r.nextInt(DepartmentKind.values().length)]);
                    hb.add(new HandBack(at(assigned + between(r, 30, 600)), other,
                            r.nextDouble() < 2 ? HANDBACK_REASONS[r.nextInt(HANDBACK_REASONS.length)] : null)); // always a reason (ZG-15-05); the draw keeps the sequence
                }
                handBacks = hb;
            }
            if (r.nextDouble() < 0.01) {
                supervisions = List.of(new Supervision(at(assigned + between(r, 60, 1440)), g.county.agencyId, "催办提醒"));
            }
        }
        long n = ++caseCounter;
        String id = "K-" + n;
        Set<String> evidence = byWorker ? Set.of("sha256:" + Long.toHexString(mix(settings.seed(), 0x7700000000L + n))) : Set.of();
        Set<String> parties = category == MatterCategory.DISPUTES
                ? Set.of("R-" + g.index + "-" + r.nextInt(5000), "R-" + g.index + "-" + (5000 + r.nextInt(5000)))
                : Set.of();
        String[] summaries = SUMMARIES.get(category);
        cases.add(new Case(id, source, matterId, category, hazard, obstruction, g.id, byWorker ? collector.worker.id : null,
                new CaseTimeline(at(collected), t(resolved), t(reported), t(accepted), t(assigned), t(fedBack), t(verified), t(closed),
                        assigned == null ? null : at(assigned + 10)), // 签收 ten minutes after assignment (ZG-15-04)
                department, handBacks, supervisions, closedAsResolved, verification, evidence, parties,
                obstruction ? "网格员入户时遭阻碍" : summaries[r.nextInt(summaries.length)],
                // Art. 9(8): a matter the Party committee or government assigned names the government that assigned it
                source == CaseSource.ASSIGNED_FROM_ABOVE || category == MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT
                        ? g.county.govId : null));
    }

    /** The longest a compliant case waits to be resolved or reported, in minutes: under the strictest limit of the window. */
    private int reportWithin(boolean hazard) {
        return hazard ? Math.min(110, terms.reportHazardHours.strict() * 60 - 10) : Math.min(22 * 60, terms.reportHours.strict() * 60 - 10);
    }

    /** A compliant department's time to feed back, in minutes: within the strictest limit the window sees. */
    private long feedBackWithin(SplittableRandom r, long assigned, boolean hazard) {
        if (hazard) {
            return between(r, 60, Math.min(20 * 60, terms.handleHazardHours.strict() * 60 - 10));
        }
        // n working days from a day end no earlier than n calendar days later, whatever the calendar
        long most = Math.min(4 * 1440L, (terms.handleWorkingDays.strict() - 1) * 1440L + (1439 - assigned % 1440));
        return between(r, (int) Math.min(60, most), (int) most);
    }

    private static LocalDateTime t(Long minute) {
        return minute == null ? null : at(minute);
    }

    private static final DepartmentKind[] ANY_KIND = {DepartmentKind.URBAN_MANAGEMENT_ENFORCEMENT, DepartmentKind.CIVIL_AFFAIRS,
            DepartmentKind.EMERGENCY_MANAGEMENT, DepartmentKind.HEALTH, DepartmentKind.MARKET_REGULATION};

    private String departmentFor(County c, MatterCategory category, boolean obstruction, SplittableRandom r) {
        if (obstruction) {
            return c.departments.get(DepartmentKind.PUBLIC_SECURITY);
        }
        List<DepartmentKind> kinds = terms.routing.get(category);
        return c.departments.get(kinds.get(r.nextInt(kinds.size())));
    }

    private void addAccesses(GridInfo g, SplittableRandom r, LocalDate windowStart) {
        int total = settings.accessesPerGrid();
        int nCases = g.caseTo - g.caseFrom;
        int crossGrid = g.township.grids.size() > 1 ? total / 100 : 0;
        int matterLinked = nCases == 0 ? total - crossGrid : total / 11;
        int caseLinked = total - crossGrid - matterLinked;
        Grid grid = grids.get(g.index);
        int residents = Math.max(200, grid.residents());
        for (int i = 0; i < caseLinked; i++) {
            Case c = cases.get(g.caseFrom + (i % nCases));
            long m = Math.min(minute(c.timeline().collected()) + between(r, 1, 720), asOfEnd);
            WorkerInfo collector = c.collectedById() == null ? null : workerById.get(c.collectedById());
            Tenure t = tenureAt(g, m, collector);
            addAccess(r, t.worker, m, g, g.id, residents, ACCESS_PURPOSES[r.nextInt(ACCESS_PURPOSES.length)], c.id(), null, null);
        }
        for (int i = 0; i < matterLinked + crossGrid; i++) {
            LocalDate d = dayBetween(r, windowStart, asOf);
            long m = start(d) + between(r, 9 * 60, 17 * 60);
            Tenure t = tenureAt(g, m, null);
            Matter matter = mattersOn(d).get(MatterCategory.BASIC_INFORMATION).get(0);
            if (i < matterLinked) {
                addAccess(r, t.worker, m, g, g.id, residents, "入户采集核实实有人口信息", null, matter.id(), null);
            } else {
                GridInfo other;
                do {
                    other = g.township.grids.get(r.nextInt(g.township.grids.size()));
                } while (other == g);
                addAccess(r, t.worker, m, other, other.id, residents, "协助相邻网格核实信息", null, matter.id(),
                        "AUTH-" + g.township.code + "-" + (i + 1));
            }
        }
    }

    private void addAccess(SplittableRandom r, WorkerInfo w, long m, GridInfo residentGrid, String residentGridId, int residents,
            String purpose, String caseId, String matterId, String authorisation) {
        double p = r.nextDouble();
        AccessKind kind = p < 0.85 ? AccessKind.VIEW : p < 0.98 ? AccessKind.EDIT : AccessKind.EXPORT;
        int count = 1;
        if (kind == AccessKind.EXPORT) {
            count = between(r, 1, 5);
            long key = w.index * 100_000L + m / 1440;
            int sum = exportsPerWorkerDay.getOrDefault(key, 0) + count;
            if (sum > terms.piExportMaxPerDay.strict()) {
                kind = AccessKind.VIEW;
                count = 1;
            } else {
                exportsPerWorkerDay.put(key, sum);
            }
        }
        if (w.firstAccess < 0 && caseId != null) {
            w.firstAccess = accesses.size();
        }
        accesses.add(new PersonalInfoAccess("PI-" + (++accessCounter), w.id, at(m), kind,
                "R-" + residentGrid.index + "-" + r.nextInt(residents), residentGridId, purpose, caseId, matterId, authorisation, count));
    }

    // ------------------------------------------------------------------ the rest

    private static final String[] EXCHANGE_BASES = {"《中华人民共和国个人信息保护法》第十三条", "《社会救助暂行办法》第五十八条",
            "《四川省社会治安综合治理条例》第二十条", "《中华人民共和国数据安全法》第三十八条"};
    private static final String[] EXCHANGE_DESCRIPTIONS = {"低保对象名单比对", "流动人口信息共享", "重点人群关爱名单交换", "安全隐患台账共享"};
    private static final DepartmentKind[] EXCHANGING = {DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.PUBLIC_SECURITY,
            DepartmentKind.HEALTH, DepartmentKind.EMERGENCY_MANAGEMENT};

    private void buildOthers() {
        LocalDate windowStart = asOf.minusDays(364).isBefore(IN_FORCE) ? IN_FORCE : asOf.minusDays(364);
        int perCounty = 1 + settings.grids() / 100;
        int disclosureN = 0;
        int exchangeN = 0;
        int volunteerN = 0;
        for (County c : counties) {
            // disclosures with a legal basis
            for (int i = 0; i < perCounty; i++) {
                WorkerInfo w = c.workers.get(rnd.nextInt(c.workers.size()));
                LocalDate d = dayBetween(rnd, w.from.isAfter(windowStart) ? w.from : windowStart, w.to != null ? w.to : asOf);
                disclosures.add(new PersonalInfoDisclosure("PD-" + (++disclosureN), w.id, at(start(d) + between(rnd, 540, 1020)),
                        DisclosureKind.PROVIDE, c.name + departmentName(DepartmentKind.PUBLIC_SECURITY, c.urban),
                        "《中华人民共和国个人信息保护法》第十三条第一款第（三）项", null, between(rnd, 1, 3)));
            }
            // exchanges of grid information with their legal basis
            for (int i = 0; i < 2 + perCounty; i++) {
                int k = rnd.nextInt(EXCHANGING.length);
                exchanges.add(new DataExchange("X-" + (++exchangeN), c.departments.get(EXCHANGING[k]), c.agencyId,
                        dayBetween(rnd, windowStart, asOf), EXCHANGE_DESCRIPTIONS[k], EXCHANGE_BASES[rnd.nextInt(EXCHANGE_BASES.length)]));
            }
            // volunteers of the county's social organisations
            for (int i = 0; i < 2 + settings.grids() / 50; i++) {
                volunteers.add(new Volunteer("VOL-" + (++volunteerN), Synthetic.chineseName(rnd),
                        rnd.nextDouble() < 0.7 ? Synthetic.mobileNumber(rnd) : null,
                        c.socialOrganisations.get(rnd.nextInt(c.socialOrganisations.size())), dayBetween(rnd, IN_FORCE, asOf)));
            }
        }
        // complaints and incidents that were investigated and not substantiated, or are pending
        int complaintN = 0;
        int incidentN = 0;
        for (WorkerInfo w : workerInfos) {
            double p = rnd.nextDouble();
            if (p < 0.03) {
                LocalDate received = dayBetween(rnd, w.from, (w.to != null ? w.to : asOf).minusDays(1));
                boolean pending = rnd.nextBoolean();
                complaints.add(new Complaint("CP-" + (++complaintN), w.id,
                        ConductKind.values()[rnd.nextInt(ConductKind.values().length)], received, "RC-" + complaintN, null,
                        pending ? Substantiation.PENDING : Substantiation.NOT_SUBSTANTIATED,
                        pending ? null : received.plusDays(between(rnd, 0, 20)).isAfter(asOf) ? asOf : received.plusDays(between(rnd, 0, 20))));
            } else if (p < 0.045) {
                LocalDate on = dayBetween(rnd, w.from, (w.to != null ? w.to : asOf).minusDays(1));
                LocalDate decided = on.plusDays(between(rnd, 1, 30));
                incidents.add(new ConductIncident("CI-" + (++incidentN), w.id, ConductKind.FALSIFICATION_OR_SHIRKING, on, null,
                        "系统巡检发现疑似重复打卡，经核查排除", Substantiation.NOT_SUBSTANTIATED, decided.isAfter(asOf) ? asOf : decided));
            }
        }
        // every department's information system is connected to the platform
        int connectionN = 0;
        for (Organisation o : organisations) {
            if (o.kind() != OrganisationKind.DEPARTMENT) {
                continue;
            }
            if (rnd.nextDouble() < 0.1) {
                connections.add(new SystemConnection("SC-" + (++connectionN), o.id(), o.departmentKind().chineseName() + "旧版业务系统",
                        LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 31)));
            }
            connections.add(new SystemConnection("SC-" + (++connectionN), o.id(), o.departmentKind().chineseName() + "业务系统",
                    IN_FORCE.minusDays(rnd.nextInt(60)), null));
        }
        // budgets of every people's government and township government, every year from 2024 (Art. 19 judges each year) and
        // last year, to this year
        for (String gov : governments) {
            long scale = gov.equals(cityGovId) ? between(rnd, 500, 800) * 10_000L
                    : gov.endsWith("-GOV") && gov.length() == "ORG-510302-GOV".length() ? between(rnd, 100, 300) * 10_000L
                    : between(rnd, 10, 50) * 10_000L;
            for (int y = Math.min(2024, asOf.getYear() - 1); y <= asOf.getYear(); y++) {
                budgets.add(new Budget("B-" + gov + "-" + y, gov, y, BigDecimal.valueOf(scale)));
            }
        }
    }

    /** Every working mechanism and the star-rated grid system of a grid agency, in effect from 2024-02-01 (Art. 17 ¶1). */
    private void addMechanisms(String agencyId) {
        for (MechanismKind k : MechanismKind.values()) {
            mechanisms.add(new AgencyMechanism("MECH-" + agencyId + "-" + k.name(), agencyId, k, "网格员管理工作制度", IN_FORCE, null));
        }
    }

    // ------------------------------------------------------------------ result

    CitySnapshot snapshot() {
        return new CitySnapshot(DivisionCode.ZIGONG.value(), asOf, compact(divisions), compact(organisations), compact(volunteers),
                compact(grids), compact(gridChanges), compact(filings), compact(workers), compact(assignments),
                compact(labourContracts), compact(insurancePolicies), compact(payRecords), compact(assessments),
                compact(starRatings), compact(gridIndicators), compact(checkIns), compact(matterLists), compact(matters),
                compact(engagements), compact(cases), compact(accesses), compact(disclosures), compact(incidents),
                compact(complaints), compact(notices), compact(connections), compact(exchanges), compact(budgets),
                compact(mechanisms), List.of());
    }

    private static <T> List<T> compact(ArrayList<T> list) {
        list.removeIf(Objects::isNull);
        return list;
    }
}
