package org.wangge.bench.baseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.calendar.WorkingDayCalendarLoader;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The plain-Java baseline of the full check (issue 16 ¶3): what a host would write without a rule engine — one pass over
 * each list of facts, hash maps for the joins — for all 42 constraints of catalogue version 2, with the engine's two
 * filters (Art. 24, Art. 2). The DRL rules of the built-in pack are its specification: {@code BaselineTest} shows that it
 * finds exactly what they find (constraint, subject, day, severity) on generated cities with every constraint injected.
 * One small class per article ({@code Art02Scope} … {@code Art23Obstruction}) holds that article's checks; the case
 * checks of Art. 9, 10, 13, 14, 15, 16 and 23 share one pass over the cases. It uses the kernel's value types and their
 * methods (working-day deadlines, coverage gaps, the grid coding scheme) as a host would, not its rules or engine.
 */
public final class Baseline {

    /** The constraints it implements: every constraint of catalogue version 2. */
    public static final List<String> COVERED = List.of("ZG-02-01", "ZG-07-01", "ZG-07-02", "ZG-07-03", "ZG-07-04", "ZG-08-01",
            "ZG-08-02", "ZG-08-03", "ZG-09-01", "ZG-10-01", "ZG-10-02", "ZG-10-03", "ZG-11-01", "ZG-11-02", "ZG-11-03", "ZG-12-01",
            "ZG-13-01", "ZG-13-02", "ZG-13-03", "ZG-13-04", "ZG-13-05", "ZG-13-06", "ZG-14-01", "ZG-15-01", "ZG-15-02", "ZG-15-03",
            "ZG-15-04", "ZG-15-05", "ZG-15-06", "ZG-16-01", "ZG-16-02", "ZG-17-01", "ZG-17-02", "ZG-17-03", "ZG-18-01", "ZG-18-02",
            "ZG-18-03", "ZG-18-04", "ZG-19-01", "ZG-21-01", "ZG-21-02", "ZG-23-01");

    private static final WorkingDayCalendar PRC = WorkingDayCalendarLoader.prc();
    private static Map<MatterCategory, Set<DepartmentKind>> routing;

    private final CitySnapshot snapshot;
    private final LocalDate asOf;
    private final ParameterValues params;
    private final String jurisdiction;

    /**
     * @param snapshot     the city
     * @param asOf         the check date
     * @param params       the pack's parameter values on that date
     * @param jurisdiction the pack's jurisdiction (GB/T 2260 code)
     */
    public Baseline(CitySnapshot snapshot, LocalDate asOf, ParameterValues params, String jurisdiction) {
        this.snapshot = snapshot;
        this.asOf = asOf;
        this.params = params;
        this.jurisdiction = jurisdiction;
    }

    /**
     * @param engine   the engine whose pack gives the parameters and jurisdiction
     * @param snapshot the city
     * @param asOf     the check date
     * @return the baseline for that city and date
     */
    public static Baseline of(RuleEngine engine, CitySnapshot snapshot, LocalDate asOf) {
        return new Baseline(snapshot, asOf, engine.parameters(asOf).on(asOf), engine.packs().get(0).jurisdiction());
    }

    /** @return the findings, as the comparison with the rules sees them */
    public Set<Found> run() {
        City c = new City(snapshot, asOf, params, PRC, jurisdiction);
        Art02Scope.check(c); // first: it decides what is out of scope
        Art07GridDivision.check(c);
        Art08GridSize.check(c);
        Art10MatterAdmission art10 = new Art10MatterAdmission(c);
        Art13WorkerConduct art13 = new Art13WorkerConduct(c);
        Art14ResolveOrReport art14 = new Art14ResolveOrReport(c);
        Art15Platform art15 = new Art15Platform(c, routing());
        Art16Information art16 = new Art16Information(c);
        Art23Obstruction art23 = new Art23Obstruction(c);
        for (Case k : snapshot.cases()) {
            Art09ServiceMatters.check(c, k);
            art10.check(k);
            art13.check(k);
            art14.check(k);
            art15.check(k);
            art16.caseAssignedTo(k.assignedDepartmentId());
            art23.check(k);
        }
        art10.finish();
        art13.records();
        art13.finish();
        art16.finish();
        Art11DepartmentEngagement.check(c);
        Art12GridWorkers.check(c);
        Art17Rating.check(c);
        Art18PayAndInsurance.check(c);
        Art19Budget.check(c);
        Art21PublicNotice.check(c);
        return Collections.unmodifiableSet(c.found);
    }

    /**
     * The routing table, read from the pack's {@code routing.drl.csv}: category → department kinds (key null: the rows for
     * obstruction of a worker, whatever the category); a row marked X maps its category to every kind.
     */
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
                if (cat == null && !f[1].equals("true")) {
                    throw new IllegalStateException("routing.drl.csv: a row without a category must be for obstruction: " + line);
                }
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
