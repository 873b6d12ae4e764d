package org.wangge.kernel.testkit.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.Parameters;
import org.wangge.kernel.rules.RuleEngine;

/**
 * What the generator takes from the rule pack it generates a city for (issue 11 point 6): the limits of
 * {@code parameters.toml} and the routing table, read from the engine instead of copied into Java, so that a city
 * generated for an amended pack agrees with that pack's check.
 *
 * <p>A limit may change inside the generated year (a dated value). Compliant facts keep within the strictest value
 * the window sees; an injected breach goes beyond the loosest one, so either is right on every day of the window.
 */
final class PackTerms {

    /** A parameter's smallest and largest value over the generated window. */
    record Limit(String name, int strict, int loose) {
    }

    final Limit reportHours;
    final Limit reportHazardHours;
    final Limit acceptWorkingDays;
    final Limit handleWorkingDays;
    final Limit handleHazardHours;
    final Limit piExportMaxPerDay;
    final Limit noticeGraceDays;
    final Limit filingGraceDays;
    final Limit handbackMax;
    final Limit respondWorkingDays;
    final Limit superviseWorkingDays;
    /** Department kinds the routing table names for each Art. 9 item, in {@link DepartmentKind} order. */
    final Map<MatterCategory, List<DepartmentKind>> routing;

    private PackTerms(Parameters parameters, LocalDate from, LocalDate to, Map<MatterCategory, List<DepartmentKind>> routing) {
        List<ParameterValues> days = days(parameters, from, to);
        this.reportHours = limit(days, parameters, "case.report.limit.hours", from, to, 2);
        this.reportHazardHours = limit(days, parameters, "case.report.limit.hazard.hours", from, to, 2);
        this.acceptWorkingDays = limit(days, parameters, "case.accept.limit.working-days", from, to, 1);
        this.handleWorkingDays = limit(days, parameters, "case.handle.limit.working-days", from, to, 1);
        this.handleHazardHours = limit(days, parameters, "case.handle.limit.hazard.hours", from, to, 2);
        this.piExportMaxPerDay = limit(days, parameters, "pi.export.max.per-day", from, to, 5);
        this.noticeGraceDays = limit(days, parameters, "notice.refresh.grace.days", from, to, 1);
        this.filingGraceDays = limit(days, parameters, "filing.grace.days", from, to, 1);
        this.handbackMax = limit(days, parameters, "case.handback.max", from, to, 0);
        this.respondWorkingDays = limit(days, parameters, "case.respond.limit.working-days", from, to, 1);
        this.superviseWorkingDays = limit(days, parameters, "case.supervise.limit.working-days", from, to, 1);
        this.routing = routing;
    }

    /**
     * Reads the terms of the pack in force on the check date.
     *
     * @param engine the engine whose pack the city is generated for
     * @param asOf   the check date
     * @param from   the first day the generated facts may fall on
     * @return the terms
     * @throws IllegalArgumentException when the pack lacks a parameter the generator needs, or sets one below what a
     *                                  generated compliant city can keep to, or its routing table leaves an Art. 9
     *                                  item without any department kind
     */
    static PackTerms of(RuleEngine engine, LocalDate asOf, LocalDate from) {
        Parameters parameters = engine.parameters(asOf);
        Map<MatterCategory, List<DepartmentKind>> routing = new EnumMap<>(MatterCategory.class);
        for (MatterCategory category : MatterCategory.values()) {
            if (!category.isArticle9Matter()) {
                continue;
            }
            LocalDateTime t = asOf.atTime(9, 0);
            Case probe = new Case("GENERATOR-ROUTING-PROBE", CaseSource.WORKER_DISCOVERY, null, category,
                    category == MatterCategory.SAFETY_HAZARDS, false, "GENERATOR-PROBE-GRID", "GENERATOR-PROBE-WORKER",
                    new CaseTimeline(t, null, t, t, null, null, null, null),
                    null, List.of(), List.of(), false, null, Set.of(), Set.of(), "");
            List<DepartmentKind> kinds = new ArrayList<>(engine.responsibleDepartmentKinds(probe, asOf));
            // Finance is the generator's wrong department for ZG-15-02: a table that routes an item to it leaves
            // the injector nothing to choose, so it is kept out of what compliant cases are routed to.
            kinds.remove(DepartmentKind.FINANCE);
            kinds.sort(null);
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("the routing table of the pack names no department kind (other than"
                        + " finance) for Art. 9 item " + category + "; the generator cannot route its cases");
            }
            routing.put(category, List.copyOf(kinds));
        }
        return new PackTerms(parameters, from, asOf, routing);
    }

    /** The values in force on each day of the window: built once, read by every limit. */
    private static List<ParameterValues> days(Parameters parameters, LocalDate from, LocalDate to) {
        List<ParameterValues> all = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            all.add(parameters.on(day));
        }
        return all;
    }

    private static Limit limit(List<ParameterValues> days, Parameters parameters, String name, LocalDate from, LocalDate to,
            int least) {
        if (!parameters.defines(name)) {
            throw new IllegalArgumentException("the pack defines no parameter " + name + ", which the generator needs");
        }
        int strict = Integer.MAX_VALUE;
        int loose = Integer.MIN_VALUE;
        for (ParameterValues values : days) {
            int v;
            try {
                v = values.intValue(name);
            } catch (RuntimeException notInEffectYet) {
                continue; // no value in effect that day: nothing to keep to
            }
            strict = Math.min(strict, v);
            loose = Math.max(loose, v);
        }
        if (strict == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter " + name + " has no value in effect from " + from + " to " + to);
        }
        if (strict < least) {
            throw new IllegalArgumentException("parameter " + name + " is " + strict + " on some day from " + from + " to " + to
                    + "; the generator needs at least " + least + " to build a compliant city");
        }
        return new Limit(name, strict, loose);
    }
}
