package org.wangge.kernel.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.SliceKey;
import org.wangge.kernel.rules.SlicePlan;
import org.wangge.kernel.rules.SlicingMode;

/**
 * The sliced check gives exactly the findings of the one-session check (issue 16): on a generated city of scale S with
 * every constraint of the catalogue injected, through {@link RuleEngine#check} and through the public
 * {@link SlicePlan} steps a distributed job takes, and with an amended pack.
 */
class SlicedCheckTest {

    /** The same pack as the generator's; one session always. */
    private static final RuleEngine SINGLE = RuleEngine.builder().withBuiltInZigongPack().slicing(SlicingMode.NEVER).build();
    /** Sliced always, in small slices (many per pass), two at a time. */
    private static final RuleEngine SLICED = RuleEngine.builder().withBuiltInZigongPack().slicing(SlicingMode.ALWAYS)
            .sliceFacts(12_000).sliceThreads(2).build();

    @Test
    void a_city_of_scale_s_with_every_constraint_injected_gives_the_same_findings_sliced_as_in_one_session() {
        GeneratedCity city = CityGenerator.builder().seed(16).scale(Scale.S).casesPerGrid(20).accessesPerGrid(120)
                .checkInsPerGrid(20).breachRate(0.03).minimumBreachesPerConstraint(2).generate();
        CitySnapshot s = city.snapshot();
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), city.expectedByConstraint().keySet(), "all 42 injected");

        long t0 = System.nanoTime();
        CheckReport one = SINGLE.check(s, s.asOf());
        long t1 = System.nanoTime();
        CheckReport sliced = SLICED.check(s, s.asOf());
        long t2 = System.nanoTime();
        System.out.printf("scale S (%d facts): one session %d ms, sliced %d ms, %d findings%n", s.facts().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, one.findings().size());

        assertSameFindings(one, sliced);
        Set<String> found = one.findings().stream().map(Finding::constraintId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CityGenerator.CONSTRAINT_IDS), found, "every constraint found");

        // The steps of SlicePlan, as a distributed job takes them: 7 slices per pass, whole city once, combine.
        SlicePlan plan = SLICED.slicePlan(s.asOf());
        List<Object> reference = new ArrayList<>();
        List<Object> wholeCity = new ArrayList<>();
        Map<SliceKey, List<Object>> slices = new TreeMap<>((a, b) -> a.pass().equals(b.pass()) ? a.key().compareTo(b.key())
                : a.pass().compareTo(b.pass()));
        for (Object f : s.facts()) {
            if (plan.isReference(f)) {
                reference.add(f);
                continue;
            }
            if (plan.isWholeCityInput(f)) {
                wholeCity.add(f);
            }
            for (SliceKey k : plan.sliceKeys(f)) {
                slices.computeIfAbsent(new SliceKey(k.pass(), String.valueOf(SlicePlan.bucket(k.key(), 7))), x -> new ArrayList<>()).add(f);
            }
        }
        assertTrue(slices.size() > 7, "both passes have slices: " + slices.keySet());
        List<List<Finding>> parts = new ArrayList<>();
        parts.add(SLICED.checkWholeCity(reference, wholeCity, s.asOf()));
        slices.forEach((k, facts) -> parts.add(SLICED.checkSlice(k.pass(), reference, facts, s.asOf())));
        assertSameFindings(one, SLICED.combine(s.jurisdiction(), s.asOf(), parts));
    }

    @Test
    void an_amended_pack_gives_the_same_findings_sliced_as_in_one_session(@TempDir Path dir) throws Exception {
        RuleEngine.exportBuiltInPack(dir);
        Path toml = dir.resolve("parameters.toml");
        String text = Files.readString(toml);
        text = setValue(text, "pi.export.max.per-day", "50", "8");
        text = setValue(text, "case.report.limit.hours", "24", "6");
        Files.writeString(toml, text);
        RuleEngine single = RuleEngine.builder().withPackDirectory(dir).slicing(SlicingMode.NEVER).build();
        RuleEngine sliced = RuleEngine.builder().withPackDirectory(dir).slicing(SlicingMode.AUTO).slicedAbove(0)
                .sliceFacts(3_000).sliceThreads(2).build();
        GeneratedCity city = CityGenerator.builder().rules(single).seed(17).grids(120).casesPerGrid(30).accessesPerGrid(150)
                .breachRate(0.04).minimumBreachesPerConstraint(1).generate();
        CitySnapshot s = city.snapshot();
        CheckReport one = single.check(s, s.asOf());
        assertTrue(one.findings().stream().anyMatch(f -> f.constraintId().equals("ZG-13-02")), "the amended export limit bites");
        assertSameFindings(one, sliced.check(s, s.asOf()));
    }

    @Test
    void a_pack_without_slicing_toml_is_checked_in_one_session_and_refuses_a_forced_slicing(@TempDir Path dir) throws Exception {
        RuleEngine.exportBuiltInPack(dir);
        Files.delete(dir.resolve("slicing.toml"));
        GeneratedCity city = CityGenerator.builder().seed(3).scale(Scale.TINY).breachRate(0.1).generate();
        CitySnapshot s = city.snapshot();
        RuleEngine auto = RuleEngine.builder().withPackDirectory(dir).slicedAbove(0).build();
        assertEquals(SINGLE.check(s, s.asOf()).findings(), auto.check(s, s.asOf()).findings());
        RuleEngine forced = RuleEngine.builder().withPackDirectory(dir).slicing(SlicingMode.ALWAYS).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> forced.check(s, s.asOf()));
        assertTrue(e.getMessage().contains("has no slicing.toml"), e.getMessage());
    }

    @Test
    void a_slice_refuses_facts_of_another_pass_and_bulk_facts_as_reference() {
        GeneratedCity city = CityGenerator.builder().seed(4).scale(Scale.TINY).generate();
        CitySnapshot s = city.snapshot();
        LocalDate day = s.asOf();
        IllegalArgumentException wrongPass = assertThrows(IllegalArgumentException.class,
                () -> SLICED.checkSlice("worker", List.of(), List.of(s.cases().get(0)), day));
        assertTrue(wrongPass.getMessage().contains("Case does not take part in pass \"worker\""), wrongPass.getMessage());
        IllegalArgumentException asReference = assertThrows(IllegalArgumentException.class,
                () -> SLICED.checkSlice("case", List.of(s.cases().get(0)), List.of(), day));
        assertTrue(asReference.getMessage().contains("bulk fact"), asReference.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SLICED.checkSlice("grid", List.of(), List.of(), day));
    }

    private static void assertSameFindings(CheckReport expected, CheckReport actual) {
        SameFindings.assertSameFindings(expected, actual, "sliced");
    }

    private static String setValue(String toml, String name, String from, String to) {
        String block = "name = \"" + name + "\"";
        int at = toml.indexOf(block);
        assertTrue(at >= 0, () -> "no parameter " + name + " in the exported pack");
        int value = toml.indexOf("value = " + from, at);
        assertTrue(value > at && value - at < 300, () -> "no value " + from + " after " + block);
        return toml.substring(0, value) + "value = " + to + toml.substring(value + ("value = " + from).length());
    }
}
