package org.wangge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * The plain-Java baseline finds exactly what the rules find (constraint ID, subject kind, subject id) on the
 * constraints it covers, on generated cities with injected breaches; and both find exactly the injected breaches.
 */
class BaselineTest {

    private static final RuleEngine ENGINE = RuleEngine.zigong();

    @ParameterizedTest(name = "seed {0}, scale {1}, breach rate {2}")
    @CsvSource({"42, TINY, 0.05", "7, TINY, 0.3", "2025, S, 0.02"})
    void sameFindingsAsTheRules(long seed, Scale scale, double rate) {
        GeneratedCity city = CityGenerator.builder().seed(seed).scale(scale).casesPerGrid(20).accessesPerGrid(100)
                .breachRate(rate).minimumBreachesPerConstraint(2).generate();
        CheckReport report = ENGINE.check(city.snapshot(), CityGenerator.DEFAULT_AS_OF);
        Set<Baseline.Key> rules = report.findings().stream().filter(f -> Baseline.COVERED.contains(f.constraintId()))
                .map(f -> new Baseline.Key(f.constraintId(), f.subject().kind(), f.subject().id())).collect(Collectors.toSet());
        Set<Baseline.Key> expected = city.expected().stream().filter(e -> Baseline.COVERED.contains(e.constraintId()))
                .map(e -> new Baseline.Key(e.constraintId(), e.subjectKind(), e.subjectId())).collect(Collectors.toSet());
        Set<Baseline.Key> baseline = new Baseline(city.snapshot(), CityGenerator.DEFAULT_AS_OF).run();

        assertFalse(expected.isEmpty());
        // Every covered constraint has injected breaches at scale S; a TINY city has no obstruction case (ZG-23-01).
        Set<String> injected = expected.stream().map(Baseline.Key::constraintId).collect(Collectors.toSet());
        assertEquals(scale == Scale.S ? Baseline.COVERED.size() : Baseline.COVERED.size() - 1, injected.size(),
                "covered constraints with injected breaches: " + injected);
        assertEquals(sorted(rules), sorted(baseline), "baseline vs rules");
        assertEquals(sorted(expected), sorted(baseline), "baseline vs injected");
    }

    private static Set<String> sorted(Set<Baseline.Key> keys) {
        return keys.stream().map(k -> k.constraintId() + " " + k.subjectKind() + " " + k.subjectId())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
