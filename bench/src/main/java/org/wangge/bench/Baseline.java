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
 * The plain-Java baseline (issue 7 ¶3): what a host would write without an engine — loops and hash maps — for the
 * constraints that dominate check time (every constraint on cases, personal-information accesses and disclosures,
 * check-ins, conduct records, the matter list, department connections and data exchanges). It applies the engine's
 * two filters: Art. 24 (no finding on conduct before 2024-02-01) and Art. 2 (a subject out of scope gets only the
 * ZG-02-01 notice). Its output is the set of (constraint, subject kind, subject id) it finds; {@code BaselineTest}
 * shows that it equals the rules' findings on the same constraints.
 */
public final class Baseline {

    /** The constraints the baseline implements completely (every rule with that ID). */
    public static final Set<String> COVERED = Set.of("ZG-02-01", "ZG-09-01", "ZG-10-01", "ZG-10-02", "ZG-10-03", "ZG-13-01",
            "ZG-13-02", "ZG-13-03", "ZG-13-04", "ZG-13-05", "ZG-13-06", "ZG-14-01", "ZG-15-01", "ZG-15-02", "ZG-15-03",
            "ZG-16-01", "ZG-16-02", "ZG-23-01");

    /** The pack files the same constraints need when the rules run on this subset only. */
    public static final List<String> SUBSET_FILES = List.of("definitions.drl", "art02-scope.drl", "art09-service-matters.drl",
            "art10-matter-admission.drl", "art13-worker-conduct.drl", "art14-resolve-or-report.drl",
            "art15-platform-and-departments.drl", "art16-information.drl", "art23-obstruction.drl", "routing.drl.csv",
            "art22-consequences.drl.csv");

    static final LocalDate IN_FORCE = LocalDate.of(2024, 2, 1);
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** A finding as the comparison sees it. */
    public record Key(String constraintId, String subjectKind, String subjectId) {
    }

    private final CitySnapshot s;
    private final LocalDate day;
    private final LocalDateTime endOfDay;
    private final ParameterValues params;
    private final WorkingDayCalendar calendar;
    private final Jurisdiction jurisdiction;
    private final Set<Key> out = new HashSet<>();
    private final Set<String> outOfScopeGrids = new HashSet<>();
    private final Set<String> outOfScopeOrgs = new HashSet<>();
    private final Set<String> outOfScopeCases = new HashSet<>();
    private final Map<String, Organisation> orgs = new HashMap<>();
    /** worker id → grid id → assignments of that worker to that grid. */
    private final Map<String, Map<String, List<Assignment>>> assignments = new HashMap<>();

    private static Map<MatterCategory, Set<DepartmentKind>> routing;
    private static final WorkingDayCalendar PRC = WorkingDayCalendarLoader.prc();

    public Baseline(CitySnapshot snapshot, LocalDate asOf) {
        this(snapshot, asOf, ENGINE_PARAMS.on(asOf));
    }

    private static final org.wangge.kernel.rules.Parameters ENGINE_PARAMS = RuleEngine.zigong().parameters(CityGenerator0.AS_OF);

    Baseline(CitySnapshot snapshot, LocalDate asOf, ParameterValues params) {
        this.s = snapshot;
        this.day = asOf;
        this.endOfDay = asOf.atTime(END_OF_DAY);
        this.params = params;
        this.calendar = PRC;
        this.jurisdiction = new Jurisdiction(s.jurisdiction());
    }

    /** Holder for the default check date (keeps the generator out of the static initialiser order). */
    static final class CityGenerator0 {
        static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    }

    /** @return the findings: constraint, subject kind, subject id */
    public Set<Key> run() {
        for (Organisation o : s.organisations()) {
            orgs.put(o.id(), o);
        }
        for (Assignment a : s.assignments()) {
            assignments.computeIfAbsent(a.workerId(), k -> new HashMap<>()).computeIfAbsent(a.gridId(), k -> new ArrayList<>(1)).add(a);
        }
        scope();
        cases();
        matters();
        conduct();
        accesses();
        information();
        return out;
    }

    private void add(String constraint, String kind, String id, LocalDate occurredOn) {
        if (occurredOn.isBefore(IN_FORCE) || day.isBefore(IN_FORCE)) {
            return; // Art. 24
        }
        if (!constraint.equals("ZG-02-01")) {
            Set<String> oos = switch (kind) {
                case "Grid" -> outOfScopeGrids;
                case "Organisation" -> outOfScopeOrgs;
                case "Case" -> outOfScopeCases;
                default -> Set.of();
            };
            if (oos.contains(id)) {
                return; // Art. 2
            }
        }
        out.add(new Key(constraint, kind, id));
    }

    // ---------------------------------------------------------------- Art. 2

    private void scope() {
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
        for (Case c : s.cases()) {
            if (outOfScopeGrids.contains(c.gridId())) {
                outOfScopeCases.add(c.id());
            }
        }
        outOfScopeGrids.forEach(id -> add("ZG-02-01", "Grid", id, day));
        outOfScopeOrgs.forEach(id -> add("ZG-02-01", "Organisation", id, day));
        outOfScopeCases.forEach(id -> add("ZG-02-01", "Case", id, day));
    }

    // ---------------------------------------------------------------- cases: Art. 9, 10, 13(3)(4), 14, 15, 16, 23

    private void cases() {
        Map<MatterCategory, Set<DepartmentKind>> route = routing();
        Map<String, Matter> matters = new HashMap<>();
        for (Matter m : s.matters()) {
            matters.put(m.id(), m);
        }
        Map<String, MatterList> lists = new HashMap<>();
        for (MatterList l : s.matterLists()) {
            lists.put(l.id(), l);
        }
        Map<String, LocalDate> firstUnpublishedUse = new HashMap<>();
        Map<String, List<Case>> evidence = new HashMap<>();
        Map<String, Integer> casesOfDepartment = new HashMap<>();
        int reportHours = params.intValue("case.report.limit.hours");
        int reportHazardHours = params.intValue("case.report.limit.hazard.hours");
        int acceptDays = params.intValue("case.accept.limit.working-days");
        int handleDays = params.intValue("case.handle.limit.working-days");
        int handleHazardHours = params.intValue("case.handle.limit.hazard.hours");
        int routeDays = params.intValue("obstruction.route.limit.working-days");
        int handBackMax = params.intValue("case.handback.max");
        for (Case c : s.cases()) {
            CaseTimeline t = c.timeline();
            LocalDate collectedOn = t.collected().toLocalDate();
            boolean hazard = c.safetyHazard() || c.category() == MatterCategory.SAFETY_HAZARDS;
            // Art. 9
            if (c.category() == MatterCategory.OUTSIDE_ARTICLE_9) {
                add("ZG-09-01", "Case", c.id(), collectedOn);
            }
            // Art. 10
            if (c.matterId() == null) {
                add("ZG-10-03", "Case", c.id(), collectedOn);
            } else {
                Matter m = matters.get(c.matterId());
                MatterList l = m == null ? null : lists.get(m.listId());
                if (l == null) {
                    add("ZG-10-03", "Case", c.id(), collectedOn);
                } else if (!l.isPublishedBy(collectedOn)) {
                    add("ZG-10-03", "Case", c.id(), collectedOn);
                    firstUnpublishedUse.merge(l.id(), collectedOn, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            // Art. 13(3): a worker handling a case in which the worker is a party
            if (c.collectedById() != null && c.partyIds().contains(c.collectedById()) && !collectedOn.isAfter(day)) {
                add("ZG-13-03", "GridWorker", c.collectedById(), collectedOn);
            }
            // Art. 13(4): closed as resolved, verified unresolved
            if (c.closedAsResolved() && c.verification() == VerificationOutcome.UNRESOLVED && c.collectedById() != null
                    && !t.closed().toLocalDate().isAfter(day)) {
                add("ZG-13-04", "GridWorker", c.collectedById(), t.closed().toLocalDate());
            }
            // Art. 13(4): hand-backs without a reason
            if (c.handBacksWithoutReason() > handBackMax) {
                int seen = 0;
                for (HandBack h : c.handBacks()) {
                    if (!h.hasReason() && ++seen == handBackMax + 1 && !h.at().toLocalDate().isAfter(day)) {
                        add("ZG-13-04", "Case", c.id(), h.at().toLocalDate());
                    }
                }
            }
            for (String ref : c.evidenceRefs()) {
                evidence.computeIfAbsent(ref, k -> new ArrayList<>(1)).add(c);
            }
            // Art. 14
            if (c.collectedById() != null) {
                LocalDateTime deadline = Deadlines.hoursAfter(t.collected(), hazard ? reportHazardHours : reportHours);
                if (missed(CaseDeadline.earliest(t.resolvedOnSpot(), t.reported()), deadline)) {
                    add("ZG-14-01", "Case", c.id(), collectedOn);
                }
            }
            // Art. 15 ¶1
            if (t.reported() != null) {
                LocalDateTime deadline = CaseDeadline.workingDaysAfterOrNull(calendar, t.reported(), acceptDays);
                if (deadline != null && missed(t.accepted(), deadline)) {
                    add("ZG-15-01", "Case", c.id(), collectedOn);
                }
            }
            // Art. 15 ¶2 feedback
            if (t.assigned() != null) {
                LocalDateTime deadline = hazard ? Deadlines.hoursAfter(t.assigned(), handleHazardHours)
                        : CaseDeadline.workingDaysAfterOrNull(calendar, t.assigned(), handleDays);
                if (deadline != null && missed(t.fedBack(), deadline)) {
                    add("ZG-15-03", "Case", c.id(), collectedOn);
                }
            }
            if (c.assignedDepartmentId() != null) {
                casesOfDepartment.merge(c.assignedDepartmentId(), 1, Integer::sum);
                Organisation dept = orgs.get(c.assignedDepartmentId());
                // Art. 15 ¶2 routing
                if (dept != null && dept.kind() == OrganisationKind.DEPARTMENT) {
                    Set<DepartmentKind> all = EnumSet.noneOf(DepartmentKind.class);
                    all.addAll(route.getOrDefault(c.category(), Set.of()));
                    if (c.obstructionOfWorker()) {
                        all.addAll(route.getOrDefault(null, Set.of()));
                    }
                    if (!all.contains(dept.departmentKind())) {
                        add("ZG-15-02", "Case", c.id(), collectedOn);
                    }
                }
                // Art. 23 assigned elsewhere than public security
                if (c.obstructionOfWorker() && (dept == null || dept.departmentKind() != DepartmentKind.PUBLIC_SECURITY)) {
                    add("ZG-23-01", "Case", c.id(), collectedOn);
                }
            }
            // Art. 23 left unrouted
            if (c.obstructionOfWorker() && t.accepted() != null && c.assignedDepartmentId() == null) {
                LocalDateTime deadline = CaseDeadline.workingDaysAfterOrNull(calendar, t.accepted(), routeDays);
                if (deadline != null && deadline.isBefore(endOfDay)) {
                    add("ZG-23-01", "Case", c.id(), collectedOn);
                }
            }
        }
        // Art. 10: lists used before publication, lists not compiled by the city agency
        for (MatterList l : s.matterLists()) {
            LocalDate first = firstUnpublishedUse.get(l.id());
            if (first != null) {
                add("ZG-10-01", "MatterList", l.id(), first);
            }
            Organisation by = orgs.get(l.compiledById());
            if (by == null || !by.isCityGridAgency()) {
                add("ZG-10-01", "MatterList", l.id(), day);
            }
        }
        // Art. 13(4): the same evidence in the reports of two cases
        for (List<Case> uses : evidence.values()) {
            if (uses.size() < 2) {
                continue;
            }
            for (Case u : uses) {
                LocalDate uOn = u.timeline().collected().toLocalDate();
                if (u.collectedById() == null || uOn.isAfter(day)) {
                    continue;
                }
                for (Case o : uses) {
                    LocalDate oOn = o.timeline().collected().toLocalDate();
                    if (o != u && !o.id().equals(u.id()) && !oOn.isAfter(day)) {
                        add("ZG-13-04", "GridWorker", u.collectedById(), uOn.isAfter(oOn) ? uOn : oOn);
                    }
                }
            }
        }
        // Art. 16: departments that handle cases have their systems connected
        Set<String> connected = new HashSet<>();
        for (SystemConnection sc : s.connections()) {
            if (sc.isConnectedOn(day)) {
                connected.add(sc.departmentId());
            }
        }
        for (Organisation o : s.organisations()) {
            if (o.kind() == OrganisationKind.DEPARTMENT && (o.level() == GovernmentLevel.CITY || o.level() == GovernmentLevel.COUNTY)
                    && !connected.contains(o.id()) && casesOfDepartment.getOrDefault(o.id(), 0) > 0) {
                add("ZG-16-01", "Organisation", o.id(), day);
            }
        }
    }

    private boolean missed(LocalDateTime done, LocalDateTime deadline) {
        return done != null ? done.isAfter(deadline) : deadline.isBefore(endOfDay);
    }

    private void matters() {
        for (Matter m : s.matters()) {
            if (m.nature().isExcludedByArticle10()) {
                add("ZG-10-02", "Matter", m.id(), day);
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

    private void conduct() {
        for (ConductIncident i : s.incidents()) {
            if (i.substantiation() == Substantiation.SUBSTANTIATED && i.decidedOn() != null && !i.decidedOn().isAfter(day)) {
                add(conductConstraint(i.kind()), "GridWorker", i.workerId(), i.occurredOn());
            }
        }
        for (Complaint c : s.complaints()) {
            if (c.substantiation() == Substantiation.SUBSTANTIATED && c.decidedOn() != null && !c.decidedOn().isAfter(day)) {
                add(conductConstraint(c.allegation()), "GridWorker", c.workerId(), c.receivedOn());
            }
        }
        for (VisitCheckIn v : s.checkIns()) {
            LocalDate on = v.at().toLocalDate();
            if (!on.isAfter(day) && !assignedOn(v.workerId(), v.locatedInGridId(), on)) {
                add("ZG-13-04", "GridWorker", v.workerId(), on);
            }
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

    private record WorkerDay(String worker, LocalDate day) {
    }

    private void accesses() {
        Map<WorkerDay, Long> exported = new HashMap<>();
        for (PersonalInfoAccess a : s.accesses()) {
            LocalDate on = a.at().toLocalDate();
            if (!on.isAfter(day)) {
                if (!a.hasPurposeTiedToWork()) {
                    add("ZG-13-02", "GridWorker", a.workerId(), on);
                }
                if (a.residentGridId() != null && !a.isAuthorised() && !assignedOn(a.workerId(), a.residentGridId(), on)) {
                    add("ZG-13-02", "GridWorker", a.workerId(), on);
                }
            }
            if (a.kind() == AccessKind.EXPORT) {
                exported.merge(new WorkerDay(a.workerId(), on), (long) a.recordCount(), Long::sum);
            }
        }
        int max = params.intValue("pi.export.max.per-day");
        exported.forEach((wd, total) -> {
            if (!wd.day().isAfter(day) && total > max) {
                add("ZG-13-02", "GridWorker", wd.worker(), wd.day());
            }
        });
        for (PersonalInfoDisclosure d : s.disclosures()) {
            LocalDate on = d.at().toLocalDate();
            if (!d.hasLegalBasis() && !on.isAfter(day)) {
                add("ZG-13-02", "GridWorker", d.workerId(), on);
            }
        }
    }

    private void information() {
        for (DataExchange x : s.exchanges()) {
            if (!x.hasLegalBasis() && !x.on().isAfter(day)) {
                add("ZG-16-02", "DataExchange", x.id(), x.on());
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
