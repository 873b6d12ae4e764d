package org.wangge.examples.embedding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.process.AuditEntry;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.CaseState;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.InjectedBreach;
import org.wangge.kernel.testkit.generator.Scale;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.io.report.TextReport;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * The Wangge kernel embedded in a plain Java program:
 *
 * <ol>
 *   <li>generate a synthetic Zigong-like city with a few known breaches (or read a snapshot file given as argument);</li>
 *   <li>check it against the Measures and print the text report (personal data masked);</li>
 *   <li>run one case through case handling on an embedded H2 database — collect, report, accept, assign to a
 *       department the routing table names, feed back, verify, close — and print its audit trail.</li>
 * </ol>
 *
 * <pre>
 * java -jar examples/embedding/target/wangge-demo.jar                         # the generated sample city
 * java -jar examples/embedding/target/wangge-demo.jar examples/snapshots/compliant-city.yaml
 * </pre>
 */
public final class Demo {

    /** The generator's seed: the same seed gives the same city. */
    static final long SEED = 20240201L;
    /** The constraints the demo city breaches (once each): a missing grid filing, a grid too small, a late case. */
    static final List<String> INJECTED = List.of("ZG-07-03", "ZG-08-01", "ZG-14-01", "ZG-18-01", "ZG-21-01");
    static final String CASE_ID = "DEMO-CASE-1";
    static final String OPERATOR = "OP-PLATFORM-1";

    private Demo() {
    }

    /**
     * @param args optionally the path of a snapshot file (YAML or JSON) to check instead of the generated city
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the demo.
     *
     * @param args optionally a snapshot file
     * @param out  where to print
     */
    public static void run(String[] args, PrintStream out) {
        // 1. The city: a snapshot of every fact of the jurisdiction as of a date.
        CitySnapshot city;
        List<InjectedBreach> expected = null;
        if (args.length > 0) {
            city = SnapshotFiles.read(Path.of(args[0]));       // file, line and column for every error
            out.println("== 1. The city: read from " + args[0]);
        } else {
            CityGenerator.Builder generator = CityGenerator.builder().seed(SEED).scale(Scale.TINY)
                    .casesPerGrid(20).accessesPerGrid(40).breachRate(0.0).minimumBreachesPerConstraint(1);
            INJECTED.forEach(id -> generator.breachRate(id, 0.001));
            GeneratedCity generated = generator.generate();
            city = generated.snapshot();
            expected = generated.expected();
            out.println("== 1. The city: generated (seed " + SEED + ", " + Scale.TINY + "): " + generated.summary());
        }
        out.println("   jurisdiction " + city.jurisdiction() + ", as of " + city.asOf() + ", "
                + city.organisations().size() + " organisations, " + city.grids().size() + " grids");
        out.println();

        // 2. Check it: which facts break which article, and why.
        long start = System.nanoTime();
        RuleEngine engine = RuleEngine.zigong();                // compile once (seconds), share: thread-safe
        long compiled = System.nanoTime();
        CheckReport report = engine.check(city, city.asOf());
        long checked = System.nanoTime();
        out.println("== 2. The check (" + report.summary() + "; rule pack compiled in " + seconds(compiled - start)
                + ", checked in " + seconds(checked - compiled) + ")");
        out.println(new TextReport(ReportLanguage.EN).render(report));
        if (expected != null) {
            Set<String> found = report.findings().stream()
                    .map(f -> f.constraintId() + " " + f.subject().kind() + " " + f.subject().id())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> injected = expected.stream()
                    .map(b -> b.constraintId() + " " + b.subjectKind() + " " + b.subjectId())
                    .collect(Collectors.toCollection(TreeSet::new));
            out.println(found.equals(injected)
                    ? "   The check found exactly the " + injected.size() + " breaches the generator injected."
                    : "   MISMATCH: injected " + injected + " but found " + found);
            out.println();
        }

        // 3. One case through case handling (Art. 14, 15) on an embedded H2 database.
        try (WanggeProcesses processes = WanggeProcesses.builder().rules(engine)
                .organisations(city.organisations()).build()) {
            runCase(processes, city, out);
        }
    }

    private static void runCase(WanggeProcesses processes, CitySnapshot city, PrintStream out) {
        Assignment assignment = city.assignments().stream()
                .filter(a -> a.isActiveOn(city.asOf()))
                .filter(a -> city.grids().stream().anyMatch(g -> g.id().equals(a.gridId()) && g.kind() == GridKind.COMMUNITY
                        && g.isInEffectOn(city.asOf())))
                .min(Comparator.comparing(Assignment::gridId).thenComparing(Assignment::workerId))
                .orElseThrow(() -> new IllegalStateException("the city has no community grid with a worker"));
        Grid grid = city.grids().stream().filter(g -> g.id().equals(assignment.gridId())).findFirst().orElseThrow();
        String county = grid.divisionCodes().iterator().next().substring(0, 6);

        LocalDateTime clock = LocalDateTime.of(city.asOf(), LocalTime.of(9, 0));
        CaseHandling cases = processes.caseHandling();
        out.println("== 3. A case in grid " + grid.id() + " (" + grid.name() + "), collected by worker " + assignment.workerId());

        at(processes, clock);
        cases.collect(new NewCase(CASE_ID, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                grid.id(), assignment.workerId(), "neighbours' dispute over noise"));
        at(processes, clock = clock.plusHours(1));
        cases.report(CASE_ID, assignment.workerId());
        at(processes, clock = clock.plusHours(2));
        cases.accept(CASE_ID, OPERATOR);
        Set<DepartmentKind> kinds = cases.responsibleDepartmentKinds(CASE_ID);    // the routing table's answer
        Organisation department = departmentFor(city, kinds, county);
        out.println("   routing: " + MatterCategory.DISPUTES + " goes to " + new TreeSet<>(kinds) + " -> " + department.id()
                + " (" + department.name() + ")");
        at(processes, clock = clock.plusMinutes(30));
        cases.assign(CASE_ID, department.id(), OPERATOR);       // refused if the routing table disagrees
        at(processes, clock = clock.plusDays(1));
        cases.feedBack(CASE_ID, department.id(), "mediated; both parties signed an agreement");
        at(processes, clock = clock.plusHours(3));
        cases.verify(CASE_ID, VerificationOutcome.RESOLVED, OPERATOR);
        at(processes, clock = clock.plusMinutes(10));
        cases.close(CASE_ID, OPERATOR);

        CaseState state = cases.state(CASE_ID);
        out.println("   state: " + state.status() + ", department " + state.departmentId() + ", overdue " + state.overdue()
                + ", rule pack " + state.rulePackVersion());
        out.println("   audit trail:");
        for (AuditEntry e : cases.auditTrail(CASE_ID)) {
            out.println("     " + e);
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** A department of a responsible kind, preferably of the grid's own county. */
    private static Organisation departmentFor(CitySnapshot city, Set<DepartmentKind> kinds, String county) {
        return city.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.DEPARTMENT && kinds.contains(o.departmentKind()))
                .min(Comparator.comparing((Organisation o) -> !o.divisionCode().startsWith(county))
                        .thenComparing(Organisation::departmentKind).thenComparing(Organisation::id))
                .orElseThrow(() -> new IllegalStateException("no department of kinds " + kinds + " is registered"));
    }

    /** Sets the process engine's clock, so that the audit trail shows the demo's day rather than today. */
    private static void at(WanggeProcesses processes, LocalDateTime time) {
        processes.processEngine().getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(time.atZone(processes.zone()).toInstant()));
    }

}
