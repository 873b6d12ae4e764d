package org.wangge.kernel.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;

/** Reloads are serialised so that the newest files win, and a reload trial-runs the new pack before it swaps in. */
class ReloadSafetyTest {

    @TempDir
    Path dir;

    private static void version(Path pack, String version) throws IOException {
        Path p = pack.resolve("pack.properties");
        Files.writeString(p, Files.readString(p).replaceFirst("(?m)^version=.*$", "version=" + version));
    }

    @Test
    void a_reload_that_starts_while_another_runs_waits_and_the_newest_files_win() throws Exception {
        RuleEngine.exportBuiltInPack(dir);
        version(dir, "v1");
        RuleEngine engine = RuleEngine.fromDirectory(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            version(dir, "v2");
            Future<?> first = pool.submit(engine::reload); // reads v2 (or, if slow to start, v3) and compiles for seconds
            Thread.sleep(300);
            version(dir, "v3");
            Future<?> second = pool.submit(engine::reload); // must read v3 after the first has swapped, not race it
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.packs()).singleElement().satisfies(p -> assertThat(p.version()).isEqualTo("v3"));
    }

    @Test
    void an_edit_whose_rules_never_stop_is_refused_by_reload_and_the_previous_pack_keeps_serving() throws IOException {
        Path pack = AttackPacks.pack(dir, "budget", "sleeper-while-true.drl", dir.resolve("unused"));
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        Files.writeString(pack.resolve("loop-modify.drl"), AttackPacks.resource("budget/loop-modify.drl"));
        assertThatThrownBy(engine::reload).isInstanceOf(RulePackException.class).hasMessageContaining("trial run")
                .hasMessageContaining("endless modify").hasMessageContaining("not loaded");
        assertThat(engine.rules(CompliantCity.AS_OF)).extracting(RuleEngine.RuleInfo::name).containsExactly("sleeper loop");
        assertThat(engine.check(CompliantCity.snapshot(), CompliantCity.AS_OF).findings()).isEmpty();
    }
}
