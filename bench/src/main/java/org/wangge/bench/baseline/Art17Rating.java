package org.wangge.bench.baseline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridIndicators;
import org.wangge.kernel.model.grid.StarRating;
import org.wangge.kernel.model.organisation.AgencyMechanism;
import org.wangge.kernel.model.organisation.MechanismKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.worker.Assessment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.facts.CurrentAssessmentPeriod;
import org.wangge.kernel.rules.facts.LastFullAssessmentPeriod;

/**
 * Art. 17 ¶1: star ratings of active grids (ZG-17-01: recorded, or derived from the grid's indicators — the star-rating
 * table gives every indicator record a band), assessments of serving workers (ZG-17-02) for the last completed period,
 * and each grid agency's mechanisms (ZG-17-03).
 */
final class Art17Rating {

    private Art17Rating() {
    }

    /** A period a rating, indicator record or assessment covers. */
    private record Span(java.time.LocalDate start, java.time.LocalDate end) {
    }

    static void check(City c) {
        LastFullAssessmentPeriod p = CurrentAssessmentPeriod.containing(c.day, c.intParam("assessment.period.months")).previous();
        Map<String, List<Span>> rated = new HashMap<>();
        for (StarRating r : c.s.starRatings()) {
            rated.computeIfAbsent(r.gridId(), k -> new ArrayList<>(1)).add(new Span(r.periodStart(), r.periodEnd()));
        }
        for (GridIndicators i : c.s.gridIndicators()) {
            rated.computeIfAbsent(i.gridId(), k -> new ArrayList<>(1)).add(new Span(i.periodStart(), i.periodEnd()));
        }
        for (Grid g : c.activeGrids) {
            if (!g.validFrom().isAfter(p.end()) && !covered(p, rated.get(g.id()), g.validFrom())) {
                c.warning("ZG-17-01", "Grid", g.id(), p.end().plusDays(1));
            }
        }
        Map<String, List<Span>> assessed = new HashMap<>();
        for (Assessment a : c.s.assessments()) {
            assessed.computeIfAbsent(a.workerId(), k -> new ArrayList<>(1)).add(new Span(a.periodStart(), a.periodEnd()));
        }
        for (GridWorker w : c.s.workers()) {
            if (w.servesOn(c.day) && !w.serviceFrom().isAfter(p.end()) && !covered(p, assessed.get(w.id()), w.serviceFrom())) {
                c.warning("ZG-17-02", "GridWorker", w.id(), p.end().plusDays(1));
            }
        }
        Map<String, Set<MechanismKind>> mechanisms = new HashMap<>();
        for (AgencyMechanism m : c.s.mechanisms()) {
            if (m.inEffectOn(c.day)) {
                mechanisms.computeIfAbsent(m.agencyId(), k -> EnumSet.noneOf(MechanismKind.class)).add(m.kind());
            }
        }
        for (Organisation o : c.s.organisations()) {
            if (o.kind() == OrganisationKind.GRID_AGENCY
                    && !MechanismKind.missingFrom(mechanisms.getOrDefault(o.id(), Set.of())).isEmpty()) {
                c.violation("ZG-17-03", "Organisation", o.id(), c.day);
            }
        }
    }

    private static boolean covered(LastFullAssessmentPeriod p, List<Span> spans, java.time.LocalDate from) {
        if (spans != null) {
            for (Span s : spans) {
                if (p.coveredBy(s.start(), s.end(), from)) {
                    return true;
                }
            }
        }
        return false;
    }
}
