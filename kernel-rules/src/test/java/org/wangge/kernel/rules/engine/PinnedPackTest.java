package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackRef;

/**
 * A subject keeps the exact pack it started under: {@link RuleEngine#packRef} names it by name, version and content,
 * {@link RuleEngine#pinned} answers with it alone while the engine holds it, and not once a reload replaced it with
 * other content under the same version.
 */
class PinnedPackTest {

    @TempDir
    Path dir;

    @Test
    void a_pinned_view_answers_with_its_pack_until_a_reload_replaces_that_pack() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        LocalDate day = LocalDate.of(2025, 6, 30);
        RulePackRef started = engine.packRef(day);
        assertThat(started.version()).isEqualTo(engine.packInForce(day).version());
        assertThat(started.contentHash()).hasSize(64).isEqualTo(engine.packRef(day).contentHash());
        RuleEngine view = engine.pinned(started).orElseThrow();
        assertThat(view.packs()).containsExactly(engine.packInForce(day));
        assertThat(view.parameters(day).on(day).intValue("grid.size.households.min"))
                .isEqualTo(engine.parameters(day).on(day).intValue("grid.size.households.min"));
        assertThat(engine.pinned(new RulePackRef(started.name(), started.version(), "0".repeat(64)))).isEmpty();

        // same name and version, other content: the started pack is gone, the new one has another hash
        PackFiles.replace(pack.resolve("parameters.toml"), "value = 300\n", "value = 250\n");
        engine.reload();
        assertThat(engine.packRef(day).version()).isEqualTo(started.version());
        assertThat(engine.packRef(day).contentHash()).isNotEqualTo(started.contentHash());
        assertThat(engine.pinned(started)).isEmpty();
        // the view taken before keeps answering with the pack it holds
        assertThat(view.parameters(day).on(day).intValue("grid.size.households.min")).isEqualTo(300);
    }
}
