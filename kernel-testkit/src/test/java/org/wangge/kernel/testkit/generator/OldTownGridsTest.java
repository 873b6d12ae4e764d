package org.wangge.kernel.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Issue 13, point 2: from scale S the generated city holds community grids of 250–299 households (old-town quarters
 * re-divided, in effect after the check date), so that the analyst workspace's sample reform (households band 250–500
 * from 2026-01-01) changes findings: the built-in pack warns of each as of 2026-03-31, the reform of none.
 */
class OldTownGridsTest {

    static final Path REFORM = Path.of("..", "examples", "analyst-workspace", "reforms", "households-250.reform.toml");
    static final LocalDate LATER = LocalDate.of(2026, 3, 31);

    static CitySnapshot city(long seed, Scale scale) {
        return CityGenerator.builder().seed(seed).scale(scale).casesPerGrid(1).accessesPerGrid(1).generate().snapshot();
    }

    static List<Grid> small(CitySnapshot s) {
        return s.grids().stream().filter(g -> g.kind() == GridKind.COMMUNITY && g.households() >= 250 && g.households() < 300).toList();
    }

    @Test
    void scale_s_has_small_community_grids_in_effect_after_the_check_date_deterministically() {
        CitySnapshot s = city(3, Scale.S);
        List<Grid> small = small(s);
        assertEquals(Scale.S.grids() / 100, small.size(), small.toString());
        for (Grid g : small) {
            assertTrue(!g.isInEffectOn(s.asOf()) && g.isInEffectOn(LATER), g.id() + " from " + g.validFrom());
            assertTrue(g.residents() < 800, g.id() + " residents " + g.residents());
        }
        assertEquals(small, small(city(3, Scale.S)));
        assertNotEquals(small, small(city(4, Scale.S)));
        assertEquals(List.of(), small(city(3, Scale.TINY)), "TINY cities have none");
    }

    @Test
    void the_built_in_pack_warns_of_them_later_and_the_sample_reform_does_not() {
        CitySnapshot s = city(3, Scale.S);
        Set<String> small = small(s).stream().map(Grid::id).collect(Collectors.toSet());
        Set<String> builtIn = zg0801(RuleEngine.zigong(), s);
        Set<String> reform = zg0801(RuleEngine.fromDirectory(REFORM), s);
        assertTrue(builtIn.containsAll(small), "built-in ZG-08-01 as of " + LATER + ": " + builtIn);
        assertTrue(reform.stream().noneMatch(small::contains), "reform ZG-08-01 as of " + LATER + ": " + reform);
        assertTrue(zg0801(RuleEngine.zigong(), s, s.asOf()).isEmpty(), "none on the check date");
    }

    static Set<String> zg0801(RuleEngine engine, CitySnapshot s) {
        return zg0801(engine, s, LATER);
    }

    static Set<String> zg0801(RuleEngine engine, CitySnapshot s, LocalDate day) {
        return engine.check(s, day).findings().stream().filter(f -> f.constraintId().equals("ZG-08-01")).map(f -> f.subject().id())
                .collect(Collectors.toSet());
    }
}
