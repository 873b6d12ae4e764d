package org.wangge.bench.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.division.DivisionCodes;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.facts.FilingDeadline;
import org.wangge.kernel.rules.facts.GridCodeVerdict;

/** Art. 7: who divides grids (ZG-07-01), unified codes (ZG-07-02), filing changes (ZG-07-03), no parallel grids (ZG-07-04). */
final class Art07GridDivision {

    private Art07GridDivision() {
    }

    static void check(City c) {
        Map<Object, List<Grid>> inEffectByCode = new HashMap<>();
        for (Grid g : c.s.grids()) {
            divided(c, g);
            if (g.isInEffectOn(c.day)) {
                inEffectByCode.computeIfAbsent(g.code(), k -> new ArrayList<>(1)).add(g);
                GridCodeVerdict v = GridCodeVerdict.of(g);
                if (!v.conforms() || v.namesAnotherDivision()) {
                    c.violation("ZG-07-02", "Grid", g.id(), c.day);
                }
            }
        }
        for (List<Grid> same : inEffectByCode.values()) {
            if (same.size() > 1) {
                Set<String> ids = new HashSet<>();
                same.forEach(g -> ids.add(g.id()));
                if (ids.size() > 1) {
                    ids.forEach(id -> c.violation("ZG-07-02", "Grid", id, c.day));
                }
            }
        }
        filings(c);
    }

    /** ZG-07-01 and ZG-07-04: judged on the act of division, dated the grid's first day. */
    private static void divided(City c, Grid g) {
        if (g.status() == GridStatus.PLANNED || g.validFrom().isAfter(c.day)) {
            return;
        }
        Organisation o = c.orgs.get(g.dividedById());
        if (o == null) {
            c.violation("ZG-07-01", "Grid", g.id(), g.validFrom());
            return;
        }
        if (o.kind() == OrganisationKind.GRID_AGENCY && !o.isCountyGridAgency()) {
            c.violation("ZG-07-01", "Grid", g.id(), g.validFrom());
        }
        if (o.isCountyGridAgency()) {
            for (String code : g.divisionCodes()) {
                if (!DivisionCodes.within(code, o.divisionCode())) {
                    c.violation("ZG-07-01", "Grid", g.id(), g.validFrom());
                }
            }
        }
        if (o.kind() != OrganisationKind.GRID_AGENCY && (g.legalBasis() == null || g.legalBasis().isBlank())) {
            c.violation("ZG-07-04", "Grid", g.id(), g.validFrom());
        }
    }

    /** ZG-07-03: a change with no filing with the city-level agency is pending within the grace, missing after it. */
    private static void filings(City c) {
        Set<String> filed = new HashSet<>();
        for (Filing f : c.s.filings()) {
            Organisation with = c.orgs.get(f.filedWithId());
            if (!f.filedOn().isAfter(c.day) && with != null && with.isCityGridAgency()) {
                filed.add(f.gridChangeId());
            }
        }
        int grace = c.intParam("filing.grace.days");
        for (GridChange g : c.s.gridChanges()) {
            if (filed.contains(g.id())) {
                continue;
            }
            FilingDeadline d = FilingDeadline.of(g, grace);
            if (d.deadline().isBefore(c.day)) {
                c.warning("ZG-07-03", "GridChange", g.id(), g.effectiveDate());
            } else if (!g.effectiveDate().isAfter(c.day)) {
                c.add("ZG-07-03", "GridChange", g.id(), g.effectiveDate(), Severity.NOTICE);
            }
        }
    }
}
