package org.wangge.bench.baseline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.facts.Jurisdiction;

/**
 * What every article's check shares: the snapshot, the check date, the parameters, the indexes built once (hash maps by
 * id and by worker and grid), and the sink that applies the engine's two filters to every finding — Art. 24 (nothing
 * dated before 2024-02-01) and Art. 2 (a subject out of scope gets only ZG-02-01).
 */
final class City {

    static final LocalDate IN_FORCE = LocalDate.of(2024, 2, 1);

    final CitySnapshot s;
    final LocalDate day;
    final LocalDateTime endOfDay;
    final ParameterValues params;
    final WorkingDayCalendar calendar;
    final Jurisdiction jurisdiction;

    final Map<String, Organisation> orgs = new HashMap<>();
    final Map<String, Grid> grids = new HashMap<>();
    final Map<String, GridWorker> workers = new HashMap<>();
    final Map<String, Case> cases = new HashMap<>();
    /** Grids whose status is ACTIVE and which are in effect on the check date (ActiveGrid). */
    final List<Grid> activeGrids = new ArrayList<>();
    /** worker id → grid id → that worker's assignments to that grid. */
    final Map<String, Map<String, List<Assignment>>> assignments = new HashMap<>();
    /** grid id → assignments in force on the check date by an organisation the snapshot holds (ActiveAssignment). */
    final Map<String, List<Assignment>> activeAssignmentsOfGrid = new HashMap<>();

    /** Subjects out of scope (Art. 2): kind + ' ' + id. */
    final Set<String> outOfScope = new HashSet<>();
    final Set<Found> found = new HashSet<>();

    City(CitySnapshot s, LocalDate day, ParameterValues params, WorkingDayCalendar calendar, String jurisdiction) {
        this.s = s;
        this.day = day;
        this.endOfDay = day.atTime(23, 59, 59);
        this.params = params;
        this.calendar = calendar;
        this.jurisdiction = new Jurisdiction(jurisdiction);
        for (Organisation o : s.organisations()) {
            orgs.put(o.id(), o);
        }
        for (Grid g : s.grids()) {
            grids.put(g.id(), g);
            if (g.status() == GridStatus.ACTIVE && g.isInEffectOn(day)) {
                activeGrids.add(g);
            }
        }
        for (GridWorker w : s.workers()) {
            workers.put(w.id(), w);
        }
        for (Case c : s.cases()) {
            cases.put(c.id(), c);
        }
        for (Assignment a : s.assignments()) {
            assignments.computeIfAbsent(a.workerId(), k -> new HashMap<>()).computeIfAbsent(a.gridId(), k -> new ArrayList<>(1)).add(a);
            if (a.isActiveOn(day) && orgs.containsKey(a.assignedById())) {
                activeAssignmentsOfGrid.computeIfAbsent(a.gridId(), k -> new ArrayList<>(2)).add(a);
            }
        }
    }

    /** @return whether the worker had an assignment to the grid active on that day (any assigning body) */
    boolean assignedOn(String worker, String grid, LocalDate on) {
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

    List<Assignment> assignmentsOf(String worker, String grid) {
        Map<String, List<Assignment>> byGrid = assignments.get(worker);
        List<Assignment> as = byGrid == null ? null : byGrid.get(grid);
        return as == null ? List.of() : as;
    }

    boolean isOutOfScope(String kind, String id) {
        return outOfScope.contains(kind + ' ' + id);
    }

    /** Records a finding unless Art. 24 or Art. 2 drops it (as SessionRunner does). */
    void add(String constraint, String kind, String id, LocalDate occurredOn, Severity severity) {
        if (occurredOn.isBefore(IN_FORCE) || day.isBefore(IN_FORCE)) {
            return; // Art. 24
        }
        if (!constraint.equals("ZG-02-01") && isOutOfScope(kind, id)) {
            return; // Art. 2
        }
        found.add(new Found(constraint, kind, id, occurredOn, severity));
    }

    void violation(String constraint, String kind, String id, LocalDate occurredOn) {
        add(constraint, kind, id, occurredOn, Severity.VIOLATION);
    }

    void warning(String constraint, String kind, String id, LocalDate occurredOn) {
        add(constraint, kind, id, occurredOn, Severity.WARNING);
    }

    int intParam(String name) {
        return params.intValue(name);
    }
}
