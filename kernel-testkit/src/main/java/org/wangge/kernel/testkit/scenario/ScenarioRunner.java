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
            results.add(run(s, rules));
        }
        return new ScenarioResults(results);
    }

    /**
     * @param scenario a scenario
     * @param rules    a rule directory when the scenario names none, or null for the built-in pack
     * @return its result
     */
    public static ScenarioResult run(Scenario scenario, Path rules) {
        RuleEngine engine = engine(scenario.rules() != null ? scenario.rules() : rules);
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
