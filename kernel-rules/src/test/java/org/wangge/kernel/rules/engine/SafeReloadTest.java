package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;

/** Reloading an edited rule directory swaps the rule base atomically; a broken edit never takes down what runs. */
class SafeReloadTest {

    @TempDir
    Path dir;

    static CitySnapshot cityWithGridOf(int households, int residents) {
        return CompliantCity.with(new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"),
                "檀木林社区第一网格", GridKind.COMMUNITY, null, Set.of(CompliantCity.COMMUNITY_CODE), households, residents, "檀木林街",
                CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null));
    }

    private static int sizeFindings(RuleEngine engine, CitySnapshot city) {
        return engine.check(city, CompliantCity.AS_OF).findings("ZG-08-01").size();
    }

    @Test
    void an_edited_parameter_takes_effect_on_reload() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        CitySnapshot city = cityWithGridOf(280, 700);
        assertThat(sizeFindings(engine, city)).isEqualTo(1);

        PackFiles.replace(pack.resolve("parameters.toml"), "value = 300\n", "value = 250\n");
        engine.reload();

        assertThat(sizeFindings(engine, city)).isZero();
    }

    @Test
    void a_broken_edit_is_refused_and_the_previous_rule_base_keeps_serving() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        CitySnapshot city = cityWithGridOf(280, 700);

        // One good edit (a parameter) and one broken file in the same reload: nothing of it may be half-applied.
        PackFiles.replace(pack.resolve("parameters.toml"), "value = 300\n", "value = 250\n");
        PackFiles.replace(pack.resolve("art08-grid-size-and-kinds.drl"), "insertLogical(Breach.of(", "insertLogical(Breach.of((");

        assertThatThrownBy(engine::reload).isInstanceOf(RulePackException.class)
                .hasMessageContaining("art08-grid-size-and-kinds.drl:");
        assertThat(sizeFindings(engine, city)).as("the old rule base, with the old parameter, still serves").isEqualTo(1);
    }

    @Test
    void checks_running_during_reloads_always_see_a_whole_rule_base() throws Exception {
        Path pack = PackFiles.copyBuiltInPack(dir);
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        CitySnapshot city = cityWithGridOf(280, 700);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> checkers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                checkers.add(pool.submit(() -> {
                    List<Integer> seen = new ArrayList<>();
                    while (!stop.get()) {
                        seen.add(sizeFindings(engine, city));
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 4; i++) {
                PackFiles.replace(pack.resolve("parameters.toml"), "value = " + (i % 2 == 0 ? 300 : 250) + "\n",
                        "value = " + (i % 2 == 0 ? 250 : 300) + "\n");
                engine.reload();
            }
            stop.set(true);
            for (Future<List<Integer>> f : checkers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isNotEmpty().allSatisfy(n -> assertThat(n).isIn(0, 1));
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }
}
