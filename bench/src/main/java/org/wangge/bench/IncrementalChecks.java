package org.wangge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.calendar.WorkingDayCalendarLoader;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.information.SystemConnection;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.VisitCheckIn;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.facts.CaseDeadline;
import org.wangge.kernel.rules.facts.Deadlines;
import org.wangge.kernel.rules.facts.Jurisdiction;

/**
 * The per-record checks of the incremental baseline ({@link IncrementalBaseline}, issue 7 ¶3): the 18 constraints on
 * cases, personal-information accesses and disclosures, check-ins, conduct records, the matter list, department
 * connections and data exchanges, written so that one record's contribution can be added and taken away. It is the
 * first baseline of issue 7 and keeps catalogue version 1's readings of some of them; the full-check baseline on all 42
 * constraints of catalogue version 2 is {@link org.wangge.bench.baseline.Baseline}. It applies the engine's two filters:
 * Art. 24 (no finding on conduct before 2024-02-01) and Art. 2 (a subject out of scope gets only the ZG-02-01 notice);
 * its output is the set of (constraint, subject kind, subject id) it finds.
 */
public final class IncrementalChecks {

    /** The constraints the baseline implements completely (every rule with that ID). */
    public static final Set<String> COVERED = Set.of("ZG-02-01", "ZG-09-01", "ZG-10-01", "ZG-10-02", "ZG-10-03", "ZG-13-01",
            "ZG-13-02", "ZG-13-03", "ZG-13-04", "ZG-13-05", "ZG-13-06", "ZG-14-01", "ZG-15-01", "ZG-15-02", "ZG-15-03",
            "ZG-16-01", "ZG-16-02", "ZG-23-01");

    static final LocalDate IN_FORCE = LocalDate.of(2024, 2, 1);
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** A finding as the comparison sees it. */
    public record Key(String constraintId, String subjectKind, String subjectId) {
    }

    private final CitySnapshot s;
    private final LocalDate day;
    private final LocalDateTime endOfDay;
    private final WorkingDayCalendar calendar;
    private final Jurisdiction jurisdiction;
    private final Set<Key> out = new HashSet<>();
    private final Set<String> outOfScopeGrids = new HashSet<>();
    private final Set<String> outOfScopeOrgs = new HashSet<>();
    private final Set<String> outOfScopeCases = new HashSet<>();
    final Map<String, Organisation> orgs = new HashMap<>();
    /** worker id → grid id → assignments of that worker to that grid. */
    private final Map<String, Map<String, List<Assignment>>> assignments = new HashMap<>();
    private final Map<String, Matter> matters = new HashMap<>();
    private final Map<String, MatterList> lists = new HashMap<>();
    /** matter list id → collection days of the cases that used it before it was published (day → how many). */
    private final Map<String, TreeMap<LocalDate, Integer>> unpublishedUses = new HashMap<>();
    /** evidence ref → the cases whose reports cite it. */
    private final Map<String, List<Case>> evidence = new HashMap<>();
    private final Map<String, Integer> casesOfDepartment = new HashMap<>();
    private final Set<String> connected = new HashSet<>();
    private final Map<WorkerDay, Long> exported = new HashMap<>();
    private final Map<MatterCategory, Set<DepartmentKind>> route = routing();
    private final int reportHours;
    private final int reportHazardHours;
    private final int acceptDays;
    private final int handleDays;
    private final int handleHazardHours;
    private final int routeDays;
    private final int handBackMax;
    private final int exportMax;

    private static Map<MatterCategory, Set<DepartmentKind>> routing;
    private static final WorkingDayCalendar PRC = WorkingDayCalendarLoader.prc();

    public IncrementalChecks(CitySnapshot snapshot, LocalDate asOf) {
        this(snapshot, asOf, ENGINE_PARAMS.on(asOf));
    }

    private static final org.wangge.kernel.rules.Parameters ENGINE_PARAMS = RuleEngine.zigong().parameters(CityGenerator0.AS_OF);

    IncrementalChecks(CitySnapshot snapshot, LocalDate asOf, ParameterValues params) {
        this.s = snapshot;
        this.day = asOf;
        this.endOfDay = asOf.atTime(END_OF_DAY);
        this.calendar = PRC;
        this.jurisdiction = new Jurisdiction(s.jurisdiction());
        reportHours = params.intValue("case.report.limit.hours");
        reportHazardHours = params.intValue("case.report.limit.hazard.hours");
        acceptDays = params.intValue("case.accept.limit.working-days");
        handleDays = params.intValue("case.handle.limit.working-days");
        handleHazardHours = params.intValue("case.handle.limit.hazard.hours");
        routeDays = params.intValue("obstruction.route.limit.working-days");
        handBackMax = params.intValue("case.handback.max");
        exportMax = params.intValue("pi.export.max.per-day");
    }

    /** Holder for the default check date (keeps the generator out of the static initialiser order). */
    static final class CityGenerator0 {
        static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    }

    /** @return the findings: constraint, subject kind, subject id */
    public Set<Key> run() {
        run(out::add);
        return out;
    }

    /**
     * Runs every check once, building the indexes the incremental baseline keeps, and gives each finding to
     * {@code sink} once per record (or group of records) that justifies it.
     */
    void run(Consumer<Key> sink) {
        for (Organisation o : s.organisations()) {
            orgs.put(o.id(), o);
        }
        for (Assignment a : s.assignments()) {
            indexAssignment(a, 1);
        }
        scope(sink);
        cases(sink);
        matters(sink);
        conduct(sink);
        accesses(sink);
        information(sink);
    }

    /**
     * The engine's filters: Art. 24 (nothing before 2024-02-01) and Art. 2 (a subject out of scope gets only ZG-02-01).
     *
     * @return the finding, or null when a filter drops it
     */
    private Key admit(String constraint, String kind, String id, LocalDate occurredOn) {
        if (occurredOn.isBefore(IN_FORCE) || day.isBefore(IN_FORCE)) {
            return null; // Art. 24
        }
        if (!constraint.equals("ZG-02-01")) {
            Set<String> oos = switch (kind) {
                case "Grid" -> outOfScopeGrids;
                case "Organisation" -> outOfScopeOrgs;
                case "Case" -> outOfScopeCases;
                default -> Set.of();
            };
            if (oos.contains(id)) {
                return null; // Art. 2
            }
        }
        return new Key(constraint, kind, id);
    }

    private void add(Consumer<Key> sink, String constraint, String kind, String id, LocalDate occurredOn) {
        Key k = admit(constraint, kind, id, occurredOn);
        if (k != null) {
            sink.accept(k);
        }
    }

    // ---------------------------------------------------------------- Art. 2

    private void scope(Consumer<Key> sink) {
        for (Grid g : s.grids()) {
            boolean any = false;
            for (String c : g.divisionCodes()) {
                any |= jurisdiction.covers(c);
            }
            if (!any) {
                outOfScopeGrids.add(g.id());
            }
        }
        for (Organisation o : s.organisations()) {
            if (!jurisdiction.covers(o.divisionCode())) {
                outOfScopeOrgs.add(o.id());
            }
        }
        outOfScopeGrids.forEach(id -> add(sink, "ZG-02-01", "Grid", id, day));
        outOfScopeOrgs.forEach(id -> add(sink, "ZG-02-01", "Organisation", id, day));
    }

    // ---------------------------------------------------------------- cases: Art. 9, 10, 13(3)(4), 14, 15, 16, 23

    private void cases(Consumer<Key> sink) {
        for (Matter m : s.matters()) {
            matters.put(m.id(), m);
        }
        for (MatterList l : s.matterLists()) {
            lists.put(l.id(), l);
        }
        for (Case c : s.cases()) {
            indexCase(c, 1);
            checkCase(c, sink);
        }
        for (MatterList l : s.matterLists()) {
            checkListUse(l, sink);
            checkListCompiler(l, sink);
        }
        for (List<Case> uses : evidence.values()) {
            checkEvidence(uses, sink);
        }
        for (SystemConnection sc : s.connections()) {
            if (sc.isConnectedOn(day)) {
                connected.add(sc.departmentId());
            }
        }
        for (Organisation o : s.organisations()) {
            checkDepartment(o, sink);
        }
    }

    /**
     * Adds a case to (sign 1) or removes it from (sign -1) the case indexes: scope, unpublished list uses, evidence
     * refs and the cases of each department.
     */
    void indexCase(Case c, int sign) {
        if (outOfScopeGrids.contains(c.gridId())) {
            if (sign > 0) {
                outOfScopeCases.add(c.id());
            } else {
                outOfScopeCases.remove(c.id());
            }
        }
        MatterList l = unpublishedListOf(c);
        if (l != null) {
            unpublishedUses.computeIfAbsent(l.id(), k -> new TreeMap<>()).merge(collectedOn(c), sign,
                    (a, b) -> a + b == 0 ? null : a + b);
        }
        for (String ref : c.evidenceRefs()) {
            List<Case> uses = evidence.computeIfAbsent(ref, k -> new ArrayList<>(1));
            if (sign > 0) {
                uses.add(c);
            } else {
                uses.remove(c);
            }
        }
        if (c.assignedDepartmentId() != null) {
            casesOfDepartment.merge(c.assignedDepartmentId(), sign, Integer::sum);
        }
    }

    private static LocalDate collectedOn(Case c) {
        return c.timeline().collected().toLocalDate();
    }

    /** @return the list of the case's matter if the case used it before it was published, else null */
    MatterList unpublishedListOf(Case c) {
        MatterList l = listOf(c);
        return l != null && !l.isPublishedBy(collectedOn(c)) ? l : null;
    }

    private MatterList listOf(Case c) {
        Matter m = c.matterId() == null ? null : matters.get(c.matterId());
        return m == null ? null : lists.get(m.listId());
    }

    MatterList list(String id) {
        return lists.get(id);
    }

    List<Case> casesCiting(String ref) {
        return evidence.getOrDefault(ref, List.of());
    }

    /** The checks of one case on its own (its scope notice included). */
    void checkCase(Case c, Consumer<Key> sink) {
        CaseTimeline t = c.timeline();
        LocalDate collectedOn = collectedOn(c);
        boolean hazard = c.safetyHazard() || c.category() == MatterCategory.SAFETY_HAZARDS;
        // Art. 2
        if (outOfScopeGrids.contains(c.gridId())) {
            add(sink, "ZG-02-01", "Case", c.id(), day);
        }
        // Art. 9
        if (c.category() == MatterCategory.OUTSIDE_ARTICLE_9) {
            add(sink, "ZG-09-01", "Case", c.id(), collectedOn);
        }
        // Art. 10: no matter, an unknown matter or list, or a list not yet published
        MatterList l = listOf(c);
        if (l == null || !l.isPublishedBy(collectedOn)) {
            add(sink, "ZG-10-03", "Case", c.id(), collectedOn);
        }
        // Art. 13(3): a worker handling a case in which the worker is a party
        if (c.collectedById() != null && c.partyIds().contains(c.collectedById()) && !collectedOn.isAfter(day)) {
            add(sink, "ZG-13-03", "GridWorker", c.collectedById(), collectedOn);
        }
        // Art. 13(4): closed as resolved, verified unresolved
        if (c.closedAsResolved() && c.verification() == VerificationOutcome.UNRESOLVED && c.collectedById() != null
                && !t.closed().toLocalDate().isAfter(day)) {
            add(sink, "ZG-13-04", "GridWorker", c.collectedById(), t.closed().toLocalDate());
        }
        // Art. 13(4): hand-backs without a reason
        if (c.handBacksWithoutReason() > handBackMax) {
            int seen = 0;
            for (HandBack h : c.handBacks()) {
                if (!h.hasReason() && ++seen == handBackMax + 1 && !h.at().toLocalDate().isAfter(day)) {
                    add(sink, "ZG-13-04", "Case", c.id(), h.at().toLocalDate());
                }
            }
        }
        // Art. 14
        if (c.collectedById() != null) {
            LocalDateTime deadline = Deadlines.hoursAfter(t.collected(), hazard ? reportHazardHours : reportHours);
            if (missed(CaseDeadline.earliest(t.resolvedOnSpot(), t.reported()), deadline)) {
                add(sink, "ZG-14-01", "Case", c.id(), collectedOn);
            }
        }
        // Art. 15 ¶1
        if (t.reported() != null) {
            LocalDateTime deadline = CaseDeadline.workingDaysAfterOrNull(calendar, t.reported(), acceptDays);
            if (deadline != null && missed(t.accepted(), deadline)) {
                add(sink, "ZG-15-01", "Case", c.id(), collectedOn);
            }
        }
        // Art. 15 ¶2 feedback
        if (t.assigned() != null) {
            LocalDateTime deadline = hazard ? Deadlines.hoursAfter(t.assigned(), handleHazardHours)
                    : CaseDeadline.workingDaysAfterOrNull(calendar, t.assigned(), handleDays);
            if (deadline != null && missed(t.fedBack(), deadline)) {
                add(sink, "ZG-15-03", "Case", c.id(), collectedOn);
            }
        }
        if (c.assignedDepartmentId() != null) {
            Organisation dept = orgs.get(c.assignedDepartmentId());
            // Art. 15 ¶2 routing
            if (dept != null && dept.kind() == OrganisationKind.DEPARTMENT) {
                Set<DepartmentKind> all = EnumSet.noneOf(DepartmentKind.class);
                all.addAll(route.getOrDefault(c.category(), Set.of()));
                if (c.obstructionOfWorker()) {
                    all.addAll(route.getOrDefault(null, Set.of()));
                }
                if (!all.contains(dept.departmentKind())) {
                    add(sink, "ZG-15-02", "Case", c.id(), collectedOn);
                }
            }
            // Art. 23 assigned elsewhere than public security
            if (c.obstructionOfWorker() && (dept == null || dept.departmentKind() != DepartmentKind.PUBLIC_SECURITY)) {
                add(sink, "ZG-23-01", "Case", c.id(), collectedOn);
            }
        }
        // Art. 23 left unrouted
        if (c.obstructionOfWorker() && t.accepted() != null && c.assignedDepartmentId() == null) {
            LocalDateTime deadline = CaseDeadline.workingDaysAfterOrNull(calendar, t.accepted(), routeDays);
            if (deadline != null && deadline.isBefore(endOfDay)) {
                add(sink, "ZG-23-01", "Case", c.id(), collectedOn);
            }
        }
    }

    /** Art. 10: a list used before its publication (dated by the first such use). */
    void checkListUse(MatterList l, Consumer<Key> sink) {
        TreeMap<LocalDate, Integer> uses = unpublishedUses.get(l.id());
        if (uses != null && !uses.isEmpty()) {
            add(sink, "ZG-10-01", "MatterList", l.id(), uses.firstKey());
        }
    }

    /** Art. 10: a list not compiled by the city agency. */
    private void checkListCompiler(MatterList l, Consumer<Key> sink) {
        Organisation by = orgs.get(l.compiledById());
        if (by == null || !by.isCityGridAgency()) {
            add(sink, "ZG-10-01", "MatterList", l.id(), day);
        }
    }

    /** Art. 13(4): the same evidence in the reports of two cases (the cases citing one ref). */
    void checkEvidence(List<Case> uses, Consumer<Key> sink) {
        if (uses.size() < 2) {
            return;
        }
        for (Case u : uses) {
            LocalDate uOn = collectedOn(u);
            if (u.collectedById() == null || uOn.isAfter(day)) {
                continue;
            }
            for (Case o : uses) {
                LocalDate oOn = collectedOn(o);
                if (o != u && !o.id().equals(u.id()) && !oOn.isAfter(day)) {
                    add(sink, "ZG-13-04", "GridWorker", u.collectedById(), uOn.isAfter(oOn) ? uOn : oOn);
                }
            }
        }
    }

    /** Art. 16: a city or county department that handles cases has its system connected. */
    void checkDepartment(Organisation o, Consumer<Key> sink) {
        if (o.kind() == OrganisationKind.DEPARTMENT && (o.level() == GovernmentLevel.CITY || o.level() == GovernmentLevel.COUNTY)
                && !connected.contains(o.id()) && casesOfDepartment.getOrDefault(o.id(), 0) > 0) {
            add(sink, "ZG-16-01", "Organisation", o.id(), day);
        }
    }

    private boolean missed(LocalDateTime done, LocalDateTime deadline) {
        return done != null ? done.isAfter(deadline) : deadline.isBefore(endOfDay);
    }

    private void matters(Consumer<Key> sink) {
        for (Matter m : s.matters()) {
            if (m.nature().isExcludedByArticle10()) {
                add(sink, "ZG-10-02", "Matter", m.id(), day);
            }
        }
    }

    // ---------------------------------------------------------------- Art. 13: conduct records, accesses, check-ins

    private static String conductConstraint(ConductKind k) {
        return switch (k) {
            case SECRET_LEAK -> "ZG-13-01";
            case PERSONAL_INFORMATION_MISUSE -> "ZG-13-02";
            case PRIVATE_GAIN -> "ZG-13-03";
            case FALSIFICATION_OR_SHIRKING -> "ZG-13-04";
            case ROUGH_CONDUCT_OR_OBSTRUCTION -> "ZG-13-05";
            case OTHER_ILLEGAL -> "ZG-13-06";
        };
    }

    private void conduct(Consumer<Key> sink) {
        for (ConductIncident i : s.incidents()) {
            if (i.substantiation() == Substantiation.SUBSTANTIATED && i.decidedOn() != null && !i.decidedOn().isAfter(day)) {
                add(sink, conductConstraint(i.kind()), "GridWorker", i.workerId(), i.occurredOn());
            }
        }
        for (Complaint c : s.complaints()) {
            if (c.substantiation() == Substantiation.SUBSTANTIATED && c.decidedOn() != null && !c.decidedOn().isAfter(day)) {
                add(sink, conductConstraint(c.allegation()), "GridWorker", c.workerId(), c.receivedOn());
            }
        }
        for (VisitCheckIn v : s.checkIns()) {
            checkCheckIn(v, sink);
        }
    }

    /** Art. 13(4): a check-in in a grid the worker was not assigned to that day. */
    void checkCheckIn(VisitCheckIn v, Consumer<Key> sink) {
        LocalDate on = v.at().toLocalDate();
        if (!on.isAfter(day) && !assignedOn(v.workerId(), v.locatedInGridId(), on)) {
            add(sink, "ZG-13-04", "GridWorker", v.workerId(), on);
        }
    }

    /** Adds an assignment to (sign 1) or removes it from (sign -1) the assignment index. */
    void indexAssignment(Assignment a, int sign) {
        Map<String, List<Assignment>> byGrid = assignments.computeIfAbsent(a.workerId(), k -> new HashMap<>());
        List<Assignment> as = byGrid.computeIfAbsent(a.gridId(), k -> new ArrayList<>(1));
        if (sign > 0) {
            as.add(a);
        } else {
            as.remove(a);
        }
    }

    private boolean assignedOn(String worker, String grid, LocalDate on) {
        if (grid == null) {
            return false;
        }
        Map<String, List<Assignment>> byGrid = assignments.get(worker);
        List<Assignment> as = byGrid == null ? null : byGrid.get(grid);
        if (as != null) {
            for (Assignment a : as) {
                if (a.isActiveOn(on)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A worker's exports on one day. */
    record WorkerDay(String worker, LocalDate day) {
    }

    private void accesses(Consumer<Key> sink) {
        for (PersonalInfoAccess a : s.accesses()) {
            indexAccess(a, 1);
            checkAccess(a, sink);
        }
        for (WorkerDay wd : exported.keySet()) {
            checkExports(wd, sink);
        }
        for (PersonalInfoDisclosure d : s.disclosures()) {
            LocalDate on = d.at().toLocalDate();
            if (!d.hasLegalBasis() && !on.isAfter(day)) {
                add(sink, "ZG-13-02", "GridWorker", d.workerId(), on);
            }
        }
    }

    /** @return the worker and day whose export total the access counts in, or null if it is no export */
    static WorkerDay exportDay(PersonalInfoAccess a) {
        return a.kind() == AccessKind.EXPORT ? new WorkerDay(a.workerId(), a.at().toLocalDate()) : null;
    }

    /** Adds an access to (sign 1) or removes it from (sign -1) the export totals. */
    void indexAccess(PersonalInfoAccess a, int sign) {
        WorkerDay wd = exportDay(a);
        if (wd != null) {
            exported.merge(wd, (long) sign * a.recordCount(), Long::sum);
        }
    }

    /** Art. 13(2): an access without a purpose tied to work, or outside the worker's grid. */
    void checkAccess(PersonalInfoAccess a, Consumer<Key> sink) {
        LocalDate on = a.at().toLocalDate();
        if (!on.isAfter(day) && !a.hasPurposeTiedToWork()) {
            add(sink, "ZG-13-02", "GridWorker", a.workerId(), on);
        }
        checkAccessGrid(a, sink);
    }

    /** @return whether the outside-grid check of the access depends on the worker's assignments */
    static boolean dependsOnAssignments(PersonalInfoAccess a) {
        return a.residentGridId() != null && !a.isAuthorised();
    }

    /** Art. 13(2): an unauthorised access to a resident of a grid the worker was not assigned to that day. */
    void checkAccessGrid(PersonalInfoAccess a, Consumer<Key> sink) {
        LocalDate on = a.at().toLocalDate();
        if (!on.isAfter(day) && dependsOnAssignments(a) && !assignedOn(a.workerId(), a.residentGridId(), on)) {
            add(sink, "ZG-13-02", "GridWorker", a.workerId(), on);
        }
    }

    /** Art. 13(2): more records exported in a day than {@code pi.export.max.per-day}. */
    void checkExports(WorkerDay wd, Consumer<Key> sink) {
        if (!wd.day().isAfter(day) && exported.getOrDefault(wd, 0L) > exportMax) {
            add(sink, "ZG-13-02", "GridWorker", wd.worker(), wd.day());
        }
    }

    private void information(Consumer<Key> sink) {
        for (DataExchange x : s.exchanges()) {
            // Art. 16 binds city- and county-level people's governments and their departments
            Organisation from = orgs.get(x.fromId());
            boolean bound = from != null && (from.kind() == OrganisationKind.DEPARTMENT || from.kind() == OrganisationKind.PEOPLES_GOVERNMENT)
                    && (from.level() == GovernmentLevel.CITY || from.level() == GovernmentLevel.COUNTY);
            if (bound && !x.hasLegalBasis() && !x.on().isAfter(day)) {
                add(sink, "ZG-16-02", "DataExchange", x.id(), x.on());
            }
        }
    }

    // ---------------------------------------------------------------- the routing table, read from the pack's CSV

    /** Category → department kinds (key null: obstruction of a worker); a category with an X row maps to every kind. */
    static synchronized Map<MatterCategory, Set<DepartmentKind>> routing() {
        if (routing != null) {
            return routing;
        }
        Map<MatterCategory, Set<DepartmentKind>> map = new HashMap<>();
        try (InputStream in = RuleEngine.class.getClassLoader().getResourceAsStream(RuleEngine.ZIGONG_PACK + "/routing.drl.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean rows = false;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("Art. 9 item")) {
                    rows = true;
                    continue;
                }
                if (!rows || line.isBlank() || line.startsWith("Notes")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                MatterCategory cat = f[0].isBlank() ? null : MatterCategory.valueOf(f[0]);
                Set<DepartmentKind> kinds = map.computeIfAbsent(cat, k -> EnumSet.noneOf(DepartmentKind.class));
                if (f[3].equals("X")) {
                    kinds.addAll(EnumSet.allOf(DepartmentKind.class));
                } else {
                    kinds.add(DepartmentKind.valueOf(f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routing = map;
        return map;
    }
}
