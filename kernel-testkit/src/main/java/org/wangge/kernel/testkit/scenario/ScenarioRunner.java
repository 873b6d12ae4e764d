package org.wangge.kernel.testkit.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.internal.BuiltInEngine;
import org.wangge.kernel.io.snapshot.FileProblem;

/**
 * Runs scenario files: checks each scenario's snapshot with the built-in pack (or the scenario's
 * rule directory) and compares the findings with what the scenario expects.
 */
public final class ScenarioRunner {

    private static final Map<Path, RuleEngine> ENGINES = new ConcurrentHashMap<>();

    private ScenarioRunner() {
    }

    /**
     * @param files scenario files or directories of them
     * @param rules a rule directory for every scenario without its own, or null for the built-in pack
     * @return the results
     * @throws ScenarioFileException when a file cannot be read (every problem of every file is listed)
     */
    public static ScenarioResults run(List<Path> files, Path rules) {
        return run(files, rules, ScenarioRunner::engine);
    }

    /**
     * As {@link #run(List, Path)}, but every rule directory (or reform) is read again, not taken from this runner's
     * cache of engines: for a watcher that reruns the scenarios after an edit of the rules. (The rule engine's own
     * cache of compiled packs, keyed by content, still spares the compilation of an unchanged pack.)
     *
     * @param files scenario files or directories of them
     * @param rules a rule directory for every scenario without its own, or null for the built-in pack
     * @return the results
     * @throws ScenarioFileException when a file cannot be read
     * @throws org.wangge.kernel.rules.RulePackException when a rule directory is refused
     */
    public static ScenarioResults runFresh(List<Path> files, Path rules) {
        Map<Path, RuleEngine> loaded = new java.util.HashMap<>();
        return run(files, rules, p -> p == null ? BuiltInEngine.get()
                : loaded.computeIfAbsent(p.toAbsolutePath().normalize(), RuleEngine::fromDirectory));
    }

    private static ScenarioResults run(List<Path> files, Path rules, java.util.function.Function<Path, RuleEngine> engines) {
        List<Scenario> scenarios = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path file : ScenarioFiles.find(files)) {
            try {
                scenarios.addAll(ScenarioFiles.read(file));
            } catch (ScenarioFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(run(s, rules, engines));
        }
        return new ScenarioResults(results);
    }

    /**
     * @param scenario a scenario
     * @param rules    a rule directory when the scenario names none, or null for the built-in pack
     * @return its result
     */
    public static ScenarioResult run(Scenario scenario, Path rules) {
        return run(scenario, rules, ScenarioRunner::engine);
    }

    private static ScenarioResult run(Scenario scenario, Path rules, java.util.function.Function<Path, RuleEngine> engines) {
        RuleEngine engine = engines.apply(scenario.rules() != null ? scenario.rules() : rules);
        var catalogue = engine.catalogue(scenario.asOf());
        List<FileProblem> unknown = new ArrayList<>();
        scenario.expected().stream().filter(e -> !catalogue.containsKey(e.constraintId())).forEach(e -> unknown.add(
                new FileProblem(scenario.file().toString(), e.line(), 0, "constraint", "unknown constraint ID " + e.constraintId())));
        scenario.absent().stream().filter(id -> !catalogue.containsKey(id)).forEach(id -> unknown.add(
                new FileProblem(scenario.file().toString(), scenario.line(), 0, "absent", "unknown constraint ID " + id)));
        if (!unknown.isEmpty()) {
            throw new ScenarioFileException(unknown);
        }
        long start = System.nanoTime();
        CheckReport report = engine.check(scenario.snapshot(), scenario.asOf());
        List<ExpectedFinding> missing = scenario.expected().stream()
                .filter(e -> report.findings().stream().noneMatch(e::matches)).toList();
        List<Finding> unexpected = report.findings().stream()
                .filter(f -> scenario.absent().contains(f.constraintId())
                        || (scenario.only() && scenario.expected().stream().noneMatch(e -> e.matches(f))))
                .toList();
        return new ScenarioResult(scenario, report, missing, unexpected, java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    private static RuleEngine engine(Path rules) {
        if (rules == null) {
            return BuiltInEngine.get();
        }
        return ENGINES.computeIfAbsent(rules.toAbsolutePath().normalize(), RuleEngine::fromDirectory);
    }
}
