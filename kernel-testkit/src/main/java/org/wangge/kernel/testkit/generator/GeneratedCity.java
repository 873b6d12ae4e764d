package org.wangge.kernel.testkit.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * A generated city and the breaches injected into it.
 *
 * @param snapshot the city's facts as of the generator's check date
 * @param expected every (constraint, subject) pair a check of the snapshot as of {@code snapshot.asOf()}
 *                 must report, sorted; empty when the breach rate is zero (the city is then fully compliant)
 */
public record GeneratedCity(CitySnapshot snapshot, List<InjectedBreach> expected) {

    /**
     * Sorts and freezes the expected breaches.
     *
     * @param snapshot the snapshot
     * @param expected the expected breaches
     */
    public GeneratedCity {
        List<InjectedBreach> sorted = new ArrayList<>(expected);
        Collections.sort(sorted);
        expected = List.copyOf(sorted);
    }

    /**
     * The expected breaches grouped by constraint ID (only constraints with at least one).
     *
     * @return constraint ID → its expected breaches, ordered by constraint ID; unmodifiable
     */
    public SortedMap<String, List<InjectedBreach>> expectedByConstraint() {
        TreeMap<String, List<InjectedBreach>> map = new TreeMap<>();
        for (InjectedBreach b : expected) {
            map.computeIfAbsent(b.constraintId(), k -> new ArrayList<>()).add(b);
        }
        for (Map.Entry<String, List<InjectedBreach>> e : map.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** @return a one-line summary: counts of facts and of expected breaches */
    public String summary() {
        CitySnapshot s = snapshot;
        return s.grids().size() + " grids, " + s.workers().size() + " workers, " + s.cases().size() + " cases, "
                + s.accesses().size() + " access records, " + expected.size() + " injected breaches";
    }
}
