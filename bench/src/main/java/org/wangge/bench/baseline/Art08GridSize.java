package org.wangge.bench.baseline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.division.DivisionCodes;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.rules.facts.DivisionCoverage;
import org.wangge.kernel.rules.facts.GridSizeLimits;

/** Art. 8: size of community grids (ZG-08-01), village grids (ZG-08-02), dedicated grids (ZG-08-03); active grids, dated the check date. */
final class Art08GridSize {

    private Art08GridSize() {
    }

    static void check(City c) {
        int nominal = c.intParam("grid.size.residents.nominal");
        int tolerance = nominal * c.intParam("grid.size.residents.tolerance.percent") / 100;
        GridSizeLimits limits = new GridSizeLimits(c.intParam("grid.size.households.min"), c.intParam("grid.size.households.max"),
                nominal - tolerance, nominal + tolerance);
        Map<String, AdministrativeDivision> divisions = new HashMap<>();
        for (AdministrativeDivision d : c.s.divisions()) {
            divisions.put(d.code(), d);
        }
        Set<String> covered = new HashSet<>();
        for (Grid g : c.activeGrids) {
            covered.addAll(g.divisionCodes());
            switch (g.kind()) {
                case COMMUNITY -> {
                    if (!limits.householdsFit(g.households()) && !limits.residentsFit(g.residents())) {
                        c.warning("ZG-08-01", "Grid", g.id(), c.day);
                    }
                }
                case VILLAGE -> village(c, g, divisions);
                case DEDICATED -> dedicated(c, g, divisions);
                default -> {
                }
            }
        }
        for (AdministrativeDivision d : c.s.divisions()) {
            if (d.kind() == DivisionKind.VILLAGE && c.jurisdiction.covers(d.code()) && !covered.contains(d.code())) {
                c.violation("ZG-08-02", "AdministrativeDivision", d.code(), c.day);
            }
        }
    }

    private static void village(City c, Grid g, Map<String, AdministrativeDivision> divisions) {
        boolean breach = g.divisionCodes().size() != 1;
        for (String code : g.divisionCodes()) {
            AdministrativeDivision d = divisions.get(code);
            breach |= d != null ? d.kind() != DivisionKind.VILLAGE : !DivisionCoverage.isGrassrootsCode(code);
        }
        if (breach) {
            c.violation("ZG-08-02", "Grid", g.id(), c.day);
        }
    }

    private static void dedicated(City c, Grid g, Map<String, AdministrativeDivision> divisions) {
        boolean warning = g.placeKind() == null || !g.placeKind().isListed();
        for (String code : g.divisionCodes()) {
            AdministrativeDivision d = divisions.get(code);
            warning |= d != null && d.kind() != DivisionKind.COMMUNITY;
        }
        if (warning) {
            c.warning("ZG-08-03", "Grid", g.id(), c.day);
        }
        boolean violation = g.implementingUnitId() == null || g.implementingUnitId().isBlank();
        String oid = g.organiserId();
        if (oid == null || oid.isBlank()) {
            violation = true;
        } else {
            Organisation o = c.orgs.get(oid);
            if (o == null || !o.kind().isTownshipLevelGovernment()) {
                violation = true;
            } else {
                for (String code : g.divisionCodes()) {
                    violation |= !DivisionCodes.within(code, o.divisionCode());
                }
            }
        }
        if (violation) {
            c.violation("ZG-08-03", "Grid", g.id(), c.day);
        }
    }
}
