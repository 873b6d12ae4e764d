package org.wangge.bench.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.rules.facts.EndedYears;

/** Art. 19 (ZG-19-01): each people's government at every level budgets grid funding for each year from 2024. */
final class Art19Budget {

    private Art19Budget() {
    }

    static void check(City c) {
        Map<String, List<Budget>> approved = new HashMap<>();
        for (Budget b : c.s.budgets()) {
            if (b.isApprovedOn(c.day)) {
                approved.computeIfAbsent(b.governmentId(), k -> new ArrayList<>(2)).add(b);
            }
        }
        List<Integer> ended = EndedYears.since(2024, c.day);
        for (Organisation g : c.s.organisations()) {
            if (g.kind() != OrganisationKind.PEOPLES_GOVERNMENT && g.kind() != OrganisationKind.TOWNSHIP_GOVERNMENT) {
                continue;
            }
            List<Budget> mine = approved.getOrDefault(g.id(), List.of());
            for (Budget b : mine) {
                if (b.year() >= 2024 && b.gridFunding().signum() == 0
                        && mine.stream().noneMatch(o -> o.year() == b.year() && o.gridFunding().signum() > 0)) {
                    c.violation("ZG-19-01", "Organisation", g.id(), b.approvedOrYearStart());
                }
            }
            for (int year : ended) {
                if (mine.stream().noneMatch(b -> b.year() == year)) {
                    c.violation("ZG-19-01", "Organisation", g.id(), LocalDate.of(year + 1, 1, 1));
                }
            }
        }
    }
}
