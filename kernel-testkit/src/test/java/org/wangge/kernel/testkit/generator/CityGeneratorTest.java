package org.wangge.kernel.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.identity.DefaultGridCodeScheme;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.model.identity.ResidentIdNumber;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;

class CityGeneratorTest {

    private static final RuleEngine ENGINE = org.wangge.kernel.testkit.internal.BuiltInEngine.get(); // the generator reads the same pack

    // ------------------------------------------------------------------ compliance

    @Test
    void a_tiny_city_without_injected_breaches_gives_no_finding_at_all() {
        GeneratedCity city = CityGenerator.builder().seed(7).scale(Scale.TINY).generate();
        assertTrue(city.expected().isEmpty());
        assertTrue(city.snapshot().referenceProblems().isEmpty(), () -> city.snapshot().referenceProblems().toString());
        assertFindingsEqualExpected(city);
    }

    @Test
    void a_city_of_three_hundred_grids_without_injected_breaches_gives_no_finding_at_all() {
        GeneratedCity city = CityGenerator.builder().seed(11).grids(300).casesPerGrid(10).accessesPerGrid(50).generate();
        assertTrue(city.snapshot().referenceProblems().isEmpty(), () -> city.snapshot().referenceProblems().toString());
        assertFindingsEqualExpected(city);
    }

    @Test
    void cities_checked_on_other_days_are_compliant_too() {
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 16), CityGenerator.EARLIEST_AS_OF, CityGenerator.LATEST_AS_OF)) {
            GeneratedCity city = CityGenerator.builder().seed(3).grids(40).casesPerGrid(20).accessesPerGrid(100).asOf(day)
                    .generate();
            assertFindingsEqualExpected(city);
        }
    }

    // ------------------------------------------------------------------ injection

    @Test
    void every_constraint_breached_at_five_percent_gives_exactly_the_injected_findings() {
        GeneratedCity city = CityGenerator.builder().seed(42).scale(Scale.TINY).breachRate(0.05)
                .minimumBreachesPerConstraint(1).generate();
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), city.expectedByConstraint().keySet(),
                "every constraint has at least one injected breach");
        assertTrue(city.snapshot().referenceProblems().isEmpty(), () -> city.snapshot().referenceProblems().toString());
        assertFindingsEqualExpected(city);
    }

    @Test
    void heavy_injection_with_other_seeds_sizes_and_days_gives_exactly_the_injected_findings() {
        Object[][] runs = {{1L, 12, CityGenerator.DEFAULT_AS_OF}, {2L, 48, CityGenerator.DEFAULT_AS_OF},
                {3L, 40, CityGenerator.EARLIEST_AS_OF}, {4L, 40, LocalDate.of(2026, 10, 9)}};
        for (Object[] run : runs) {
            GeneratedCity city = CityGenerator.builder().seed((Long) run[0]).grids((Integer) run[1]).asOf((LocalDate) run[2])
                    .casesPerGrid(20).accessesPerGrid(100).workersPerGrid(2.2).breachRate(0.3).minimumBreachesPerConstraint(2)
                    .generate();
            assertFindingsEqualExpected(city);
        }
    }

    @Test
    void a_city_of_scale_s_with_injected_breaches_gives_exactly_them() {
        long t0 = System.nanoTime();
        GeneratedCity city = CityGenerator.builder().seed(2025).scale(Scale.S).casesPerGrid(10).accessesPerGrid(50)
                .breachRate(0.05).minimumBreachesPerConstraint(1).generate();
        long t1 = System.nanoTime();
        System.out.printf("scale S (reduced volumes) generated in %d ms: %s%n", (t1 - t0) / 1_000_000, city.summary());
        assertFindingsEqualExpected(city);
        System.out.printf("scale S checked in %d ms%n", (System.nanoTime() - t1) / 1_000_000);
    }

    @Test
    void a_per_constraint_rate_overrides_the_default_rate() {
        GeneratedCity city = CityGenerator.builder().seed(5).scale(Scale.TINY).casesPerGrid(20).accessesPerGrid(100)
                .breachRate("ZG-08-01", 1.0).generate();
        long communityGrids = city.snapshot().grids().stream()
                .filter(g -> g.kind() == GridKind.COMMUNITY && g.status() == org.wangge.kernel.model.grid.GridStatus.ACTIVE).count();
        assertEquals(Set.of("ZG-08-01"), city.expectedByConstraint().keySet());
        assertEquals(communityGrids, city.expectedByConstraint().get("ZG-08-01").size());
        assertFindingsEqualExpected(city);
    }

    // ------------------------------------------------------------------ determinism and content

    @Test
    void the_same_seed_gives_an_equal_city_and_another_seed_a_different_one() {
        CityGenerator.Builder b = CityGenerator.builder().seed(99).scale(Scale.TINY).breachRate(0.1);
        GeneratedCity first = b.generate();
        GeneratedCity second = b.generate();
        assertEquals(first.snapshot(), second.snapshot());
        assertEquals(first.expected(), second.expected());
        GeneratedCity other = CityGenerator.builder().seed(100).scale(Scale.TINY).breachRate(0.1).generate();
        assertNotEquals(first.snapshot(), other.snapshot());
    }

    @Test
    void the_city_has_zigongs_six_counties_valid_codes_and_synthetic_people() {
        CitySnapshot s = CityGenerator.builder().seed(8).scale(Scale.TINY).generate().snapshot();
        assertEquals("510300", s.jurisdiction());
        Set<String> counties = s.divisions().stream().filter(d -> d.kind() == DivisionKind.COUNTY)
                .map(AdministrativeDivision::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(DivisionCode.ZIGONG_COUNTIES.stream().map(DivisionCode::value).collect(Collectors.toCollection(TreeSet::new)),
                counties);
        long active = s.grids().stream().filter(g -> g.isInEffectOn(s.asOf())).count();
        assertEquals(Scale.TINY.grids(), active);
        for (Grid g : s.grids()) {
            assertTrue(g.code().conformsTo(DefaultGridCodeScheme.ZIGONG_ONLY), g.code().value());
        }
        assertEquals(Set.of(GridKind.values()).size(), s.grids().stream().map(Grid::kind).distinct().count());
        for (GridWorker w : s.workers()) {
            assertTrue(ResidentIdNumber.isValid(w.idNumber().unmasked()));
            assertTrue(w.phone().unmasked().substring(3, 7).equals("0000"), "fake middle block");
        }
        Set<MatterCategory> categories = s.matters().stream().map(m -> m.category()).collect(Collectors.toSet());
        assertEquals(8, categories.size());
        double workersPerGrid = (double) s.workers().size() / active;
        assertTrue(workersPerGrid >= 1.2 && workersPerGrid <= 2.0, "workers per grid " + workersPerGrid);
        assertEquals(Scale.TINY.grids() * 100, s.cases().size());
        assertEquals(Scale.TINY.grids() * 1000, s.accesses().size());
    }

    @Test
    void generating_scale_s_takes_a_few_seconds() {
        long t0 = System.nanoTime();
        GeneratedCity city = CityGenerator.builder().seed(1).scale(Scale.S).generate();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("scale S (full volumes) generated in %d ms: %s%n", ms, city.summary());
        assertTrue(ms < 20_000, "generation of scale S took " + ms + " ms");
    }

    // ------------------------------------------------------------------ helpers

    /** Checks the snapshot and compares the (constraint, subject) pairs with the expected ones, listing every difference. */
    // ------------------------------------------------------------------ an amended pack

    @Test
    void a_city_generated_for_an_amended_pack_agrees_with_that_packs_check(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        RuleEngine.exportBuiltInPack(dir);
        java.nio.file.Path toml = dir.resolve("parameters.toml");
        String text = java.nio.file.Files.readString(toml);
        // stricter local limits than the built-in pack's: 6 hours to report, 8 exported records a day
        text = setValue(text, "case.report.limit.hours", "24", "6");
        text = setValue(text, "pi.export.max.per-day", "50", "8");
        java.nio.file.Files.writeString(toml, text);
        RuleEngine amended = RuleEngine.fromDirectory(dir);

        GeneratedCity compliant = CityGenerator.builder().rules(amended).seed(9).grids(40).casesPerGrid(30)
                .accessesPerGrid(200).generate();
        assertFindingsEqualExpected(compliant, amended);
        // the same city checked by the built-in pack is compliant too: the amended limits are stricter
        assertFindingsEqualExpected(compliant, ENGINE);

        GeneratedCity late = CityGenerator.builder().rules(amended).seed(9).grids(40).casesPerGrid(30)
                .accessesPerGrid(200).breachRate("ZG-14-01", 0.05).breachRate("ZG-13-02", 0.05).generate();
        assertTrue(late.expected().stream().anyMatch(b -> b.constraintId().equals("ZG-14-01")));
        assertFindingsEqualExpected(late, amended);
    }

    private static String setValue(String toml, String name, String from, String to) {
        String block = "name = \"" + name + "\"";
        int at = toml.indexOf(block);
        assertTrue(at >= 0, () -> "no parameter " + name + " in the exported pack");
        int value = toml.indexOf("value = " + from, at);
        assertTrue(value > at && value - at < 300, () -> "no value " + from + " after " + block);
        return toml.substring(0, value) + "value = " + to + toml.substring(value + ("value = " + from).length());
    }

    static void assertFindingsEqualExpected(GeneratedCity city) {
        assertFindingsEqualExpected(city, ENGINE);
    }

    static void assertFindingsEqualExpected(GeneratedCity city, RuleEngine engine) {
        CitySnapshot s = city.snapshot();
        CheckReport report = engine.check(s, s.asOf());
        Map<InjectedBreach, Finding> actual = new TreeMap<>();
        for (Finding f : report.findings()) {
            actual.putIfAbsent(new InjectedBreach(f.constraintId(), f.subject().kind(), f.subject().id()), f);
        }
        Set<InjectedBreach> expected = new TreeSet<>(city.expected());
        List<InjectedBreach> missing = expected.stream().filter(e -> !actual.containsKey(e)).toList();
        List<Finding> unexpected = actual.entrySet().stream().filter(e -> !expected.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder b = new StringBuilder("findings differ from the injected breaches (" + city.summary() + ")\n");
            b.append("  expected but not found (").append(missing.size()).append("):\n");
            missing.forEach(m -> b.append("    ").append(m).append('\n'));
            b.append("  found but not injected (").append(unexpected.size()).append("):\n");
            unexpected.stream().limit(50).forEach(f -> b.append("    ").append(f).append('\n'));
            fail(b.toString());
        }
    }
}
