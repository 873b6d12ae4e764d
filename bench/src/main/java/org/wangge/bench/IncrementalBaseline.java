package org.wangge.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.VisitCheckIn;

/**
 * The plain-Java baseline for incremental updates (issue 7 ¶3): what a host would write to keep the
 * {@link IncrementalChecks}'s findings current without an engine. It runs the baseline once, counting for each finding how many
 * records (or groups of records) justify it, and keeps the indexes needed to re-run only what a change affects:
 * <ul>
 * <li>a new or changed {@link Case}: the checks of that case, and of the groups it belongs to (the first unpublished
 * use of its matter list, ZG-10-01; the cases citing the same evidence, ZG-13-04; the cases of its department,
 * ZG-16-01);</li>
 * <li>a new or changed {@link Assignment}: the outside-grid checks of that worker's accesses (ZG-13-02) and check-ins
 * (ZG-13-04) in the grid concerned — their old contribution is subtracted, the index updated and the new one added;</li>
 * <li>a new or changed {@link PersonalInfoAccess}: its own ZG-13-02 checks and the export total of its worker and day
 * against {@code pi.export.max.per-day}.</li>
 * </ul>
 * Like an {@code IncrementalSession}, facts are matched by kind and id ({@code insert} and {@code update} both replace
 * the fact with the same id), and {@link #changes()} gives the findings that appeared and disappeared since the last
 * call. Other kinds of fact are refused. Not thread-safe.
 */
public final class IncrementalBaseline {

    /** What the findings did since the last call: keys whose count went from 0 to more, and from more to 0. */
    public record Changes(Set<IncrementalChecks.Key> appeared, Set<IncrementalChecks.Key> disappeared) {
    }

    private record WorkerGrid(String worker, String grid) {
    }

    private final IncrementalChecks base;
    /** finding → how many records (or groups of records) justify it now; a finding with none is absent. */
    private final Map<IncrementalChecks.Key, Integer> counts = new HashMap<>();
    /** findings counted up or down since the last {@link #changes()} → their count before the first such change. */
    private final Map<IncrementalChecks.Key, Integer> touched = new HashMap<>();
    private final Consumer<IncrementalChecks.Key> plus = k -> count(k, 1);
    private final Consumer<IncrementalChecks.Key> minus = k -> count(k, -1);
    private final Map<String, Case> cases = new HashMap<>();
    private final Map<String, Assignment> assignments = new HashMap<>();
    private final Map<String, PersonalInfoAccess> accesses = new HashMap<>();
    /** The accesses and check-ins whose outside-grid check depends on the worker's assignments to that grid. */
    private final Map<WorkerGrid, List<PersonalInfoAccess>> accessesInGrid = new HashMap<>();
    private final Map<WorkerGrid, List<VisitCheckIn>> checkInsInGrid = new HashMap<>();

    /**
     * Runs the baseline once on the snapshot.
     *
     * @param snapshot the city
     * @param asOf     the check date
     */
    public IncrementalBaseline(CitySnapshot snapshot, LocalDate asOf) {
        base = new IncrementalChecks(snapshot, asOf);
        base.run(plus);
        touched.clear();
        for (Case c : snapshot.cases()) {
            cases.put(c.id(), c);
        }
        for (Assignment a : snapshot.assignments()) {
            assignments.put(a.id(), a);
        }
        for (PersonalInfoAccess a : snapshot.accesses()) {
            accesses.put(a.id(), a);
            indexByGrid(a, 1);
        }
        for (VisitCheckIn v : snapshot.checkIns()) {
            if (v.locatedInGridId() != null) {
                checkInsInGrid.computeIfAbsent(new WorkerGrid(v.workerId(), v.locatedInGridId()), k -> new ArrayList<>(1)).add(v);
            }
        }
    }

    /**
     * Adds a fact, or replaces the fact of the same kind and id.
     *
     * @param fact a {@link Case}, {@link Assignment} or {@link PersonalInfoAccess}
     * @return this
     * @throws UnsupportedOperationException for another kind of fact
     */
    public IncrementalBaseline insert(Object fact) {
        if (fact instanceof Case c) {
            upsertCase(c);
        } else if (fact instanceof Assignment a) {
            upsertAssignment(a);
        } else if (fact instanceof PersonalInfoAccess a) {
            upsertAccess(a);
        } else {
            throw new UnsupportedOperationException("the incremental baseline does not follow "
                    + (fact == null ? "null" : fact.getClass().getSimpleName()));
        }
        return this;
    }

    /**
     * Replaces the fact of the same kind and id (adds it if there is none).
     *
     * @param fact a {@link Case}, {@link Assignment} or {@link PersonalInfoAccess}
     * @return this
     */
    public IncrementalBaseline update(Object fact) {
        return insert(fact);
    }

    /** @return the findings that appeared and disappeared since the last call (or since the first run) */
    public Changes changes() {
        Set<IncrementalChecks.Key> appeared = new LinkedHashSet<>();
        Set<IncrementalChecks.Key> disappeared = new LinkedHashSet<>();
        touched.forEach((k, before) -> {
            boolean now = counts.containsKey(k);
            if (before == 0 && now) {
                appeared.add(k);
            } else if (before > 0 && !now) {
                disappeared.add(k);
            }
        });
        touched.clear();
        return new Changes(appeared, disappeared);
    }

    /** @return the current findings */
    public Set<IncrementalChecks.Key> keys() {
        return Collections.unmodifiableSet(counts.keySet());
    }

    /** @return the current findings with how many records (or groups of records) justify each */
    public Map<IncrementalChecks.Key, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    private void count(IncrementalChecks.Key k, int delta) {
        int before = counts.getOrDefault(k, 0);
        touched.putIfAbsent(k, before);
        int after = before + delta;
        if (after < 0) {
            throw new IllegalStateException("count of " + k + " below zero");
        }
        if (after == 0) {
            counts.remove(k);
        } else {
            counts.put(k, after);
        }
    }

    // ------------------------------------------------------------------ cases

    private void upsertCase(Case c) {
        Case old = cases.put(c.id(), c);
        Set<MatterList> lists = new LinkedHashSet<>();
        Set<String> refs = new LinkedHashSet<>();
        Set<Organisation> departments = new LinkedHashSet<>();
        for (Case x : old == null ? List.of(c) : List.of(old, c)) {
            MatterList l = base.unpublishedListOf(x);
            if (l != null) {
                lists.add(l);
            }
            refs.addAll(x.evidenceRefs());
            Organisation o = x.assignedDepartmentId() == null ? null : base.orgs.get(x.assignedDepartmentId());
            if (o != null) {
                departments.add(o);
            }
        }
        checkGroups(lists, refs, departments, minus);
        if (old != null) {
            base.checkCase(old, minus);
            base.indexCase(old, -1);
        }
        base.indexCase(c, 1);
        base.checkCase(c, plus);
        checkGroups(lists, refs, departments, plus);
    }

    private void checkGroups(Set<MatterList> lists, Set<String> refs, Set<Organisation> departments, Consumer<IncrementalChecks.Key> sink) {
        for (MatterList l : lists) {
            base.checkListUse(l, sink);
        }
        for (String ref : refs) {
            base.checkEvidence(base.casesCiting(ref), sink);
        }
        for (Organisation o : departments) {
            base.checkDepartment(o, sink);
        }
    }

    // ------------------------------------------------------------------ assignments

    private void upsertAssignment(Assignment a) {
        Assignment old = assignments.put(a.id(), a);
        Set<WorkerGrid> affected = new LinkedHashSet<>();
        affected.add(new WorkerGrid(a.workerId(), a.gridId()));
        if (old != null) {
            affected.add(new WorkerGrid(old.workerId(), old.gridId()));
        }
        recheckOutsideGrid(affected, minus);
        if (old != null) {
            base.indexAssignment(old, -1);
        }
        base.indexAssignment(a, 1);
        recheckOutsideGrid(affected, plus);
    }

    private void recheckOutsideGrid(Set<WorkerGrid> affected, Consumer<IncrementalChecks.Key> sink) {
        for (WorkerGrid wg : affected) {
            for (PersonalInfoAccess x : accessesInGrid.getOrDefault(wg, List.of())) {
                base.checkAccessGrid(x, sink);
            }
            for (VisitCheckIn v : checkInsInGrid.getOrDefault(wg, List.of())) {
                base.checkCheckIn(v, sink);
            }
        }
    }

    // ------------------------------------------------------------------ personal-information accesses

    private void upsertAccess(PersonalInfoAccess a) {
        PersonalInfoAccess old = accesses.put(a.id(), a);
        Set<IncrementalChecks.WorkerDay> days = new LinkedHashSet<>();
        for (PersonalInfoAccess x : old == null ? List.of(a) : List.of(old, a)) {
            IncrementalChecks.WorkerDay wd = IncrementalChecks.exportDay(x);
            if (wd != null) {
                days.add(wd);
            }
        }
        for (IncrementalChecks.WorkerDay wd : days) {
            base.checkExports(wd, minus);
        }
        if (old != null) {
            base.checkAccess(old, minus);
            base.indexAccess(old, -1);
            indexByGrid(old, -1);
        }
        base.indexAccess(a, 1);
        indexByGrid(a, 1);
        base.checkAccess(a, plus);
        for (IncrementalChecks.WorkerDay wd : days) {
            base.checkExports(wd, plus);
        }
    }

    private void indexByGrid(PersonalInfoAccess a, int sign) {
        if (!IncrementalChecks.dependsOnAssignments(a)) {
            return;
        }
        WorkerGrid wg = new WorkerGrid(a.workerId(), a.residentGridId());
        if (sign > 0) {
            accessesInGrid.computeIfAbsent(wg, k -> new ArrayList<>(1)).add(a);
        } else {
            accessesInGrid.getOrDefault(wg, new ArrayList<>()).remove(a);
        }
    }
}
