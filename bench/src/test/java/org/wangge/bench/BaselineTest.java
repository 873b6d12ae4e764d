package org.wangge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.bench.baseline.Baseline;
import org.wangge.bench.baseline.Found;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.Scale;
import org.wangge.kernel.testkit.scenario.Scenario;
import org.wangge.kernel.testkit.scenario.ScenarioFiles;

/**
 * The plain-Java baseline finds exactly what the rules find — the same (constraint, subject kind, subject id, day,
 * severity) — on generated cities with breaches of all 42 constraints injected: the DRL rules are its specification.
 */
class BaselineTest {

    private static final RuleEngine ENGINE = RuleEngine.zigong();
    /** kernel-testkit's scenario suite (the bench module runs from bench/). */
    private static final java.nio.file.Path SUITE = java.nio.file.Path.of("..", "kernel-testkit", "src", "test", "scenarios", "zigong");

    @Test
    void coversEveryConstraintOfTheCatalogue() {
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), new TreeSet<>(Baseline.COVERED));
        assertEquals(42, Baseline.COVERED.size());
    }

    @ParameterizedTest(name = "seed {0}, scale {1}, breach rate {2}")
    @CsvSource({"42, TINY, 0.05", "7, TINY, 0.3", "11, TINY, 0.6", "2025, S, 0.02"})
    void sameFindingsAsTheRules(long seed, Scale scale, double rate) {
        GeneratedCity city = CityGenerator.builder().seed(seed).scale(scale).casesPerGrid(20).accessesPerGrid(100)
                .breachRate(rate).minimumBreachesPerConstraint(2).generate();
        CheckReport report = ENGINE.check(city.snapshot(), CityGenerator.DEFAULT_AS_OF);
        Set<Found> rules = report.findings().stream().map(Found::of).collect(Collectors.toSet());
        Set<Found> baseline = Baseline.of(ENGINE, city.snapshot(), CityGenerator.DEFAULT_AS_OF).run();

        Set<String> injected = city.expected().stream().map(e -> e.constraintId()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = rules.stream().map(Found::constraintId).collect(Collectors.toCollection(TreeSet::new));
        // Every constraint the generator injected is found, so the comparison is not vacuous for it.
        assertTrue(found.containsAll(injected), "injected but not found by the rules: " + minus(injected, found));
        if (scale == Scale.S) {
            assertEquals(42, injected.size(), "constraints with injected breaches: " + injected);
        }
        SortedSet<Found> onlyRules = new TreeSet<>(rules);
        onlyRules.removeAll(baseline);
        SortedSet<Found> onlyBaseline = new TreeSet<>(baseline);
        onlyBaseline.removeAll(rules);
        if (!onlyRules.isEmpty() || !onlyBaseline.isEmpty()) {
            fail(String.format("baseline differs from the rules (%d rules findings, %d baseline):%n  only the rules (%d): %s%n"
                    + "  only the baseline (%d): %s", rules.size(), baseline.size(), onlyRules.size(), head(onlyRules),
                    onlyBaseline.size(), head(onlyBaseline)));
        }
    }

    /**
     * The scenario suite of kernel-testkit (each constraint firing and not firing at its boundaries: a day before and on
     * a limit, a grace's last day, ties): on every scenario for the built-in pack, the baseline finds what the rules find.
     */
    @Test
    void sameFindingsOnEveryScenarioOfTheSuite() {
        java.util.List<java.nio.file.Path> files = ScenarioFiles.find(java.util.List.of(SUITE));
        assertTrue(files.size() >= 15, "scenario files under " + SUITE.toAbsolutePath() + ": " + files);
        int scenarios = 0;
        java.util.List<String> differences = new java.util.ArrayList<>();
        for (java.nio.file.Path file : files) {
            for (Scenario sc : ScenarioFiles.read(file)) {
                if (sc.rules() != null) {
                    continue; // an amended pack: the baseline implements the built-in one
                }
                scenarios++;
                Set<Found> rules = ENGINE.check(sc.snapshot(), sc.asOf()).findings().stream().map(Found::of).collect(Collectors.toSet());
                Set<Found> baseline = Baseline.of(ENGINE, sc.snapshot(), sc.asOf()).run();
                SortedSet<Found> onlyRules = new TreeSet<>(rules);
                onlyRules.removeAll(baseline);
                SortedSet<Found> onlyBaseline = new TreeSet<>(baseline);
                onlyBaseline.removeAll(rules);
                if (!onlyRules.isEmpty() || !onlyBaseline.isEmpty()) {
                    differences.add(sc.where() + ": only the rules " + onlyRules + "; only the baseline " + onlyBaseline);
                }
            }
        }
        assertTrue(scenarios > 250, "scenarios for the built-in pack: " + scenarios);
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + scenarios + " scenarios differ:\n  " + String.join("\n  ", differences));
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static String head(SortedSet<Found> xs) {
        return xs.stream().limit(40).map(Found::toString).collect(Collectors.joining("\n    ", "\n    ", ""));
    }
}
