package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * Issue 18 ¶3: a reload of an engine whose packs come from several directories, or from a reform and its base, is
 * applied whole or not at all. When any pack of the reload is refused — a later directory, the reform file, or the
 * reform's base — every pack keeps serving as before (also the ones whose own edit was good); when all are good, all
 * change at once.
 */
class WholeReloadTest {

    static final String MIN = "grid.size.households.min";
    static final LocalDate Y2026 = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    static int min(RuleEngine engine, LocalDate day) {
        return engine.parameters(day).on(day).intValue(MIN);
    }

    static List<String> hashes(RuleEngine engine) {
        return engine.packs().stream().map(RulePackInfo::contentHash).toList();
    }

    /** A copy of the built-in pack as a later amendment: its own version, in force from 2026. */
    static Path amendment(Path dir) {
        Path b = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(b.resolve("pack.properties"), "version=2024.1", "version=2026.1");
        PackFiles.replace(b.resolve("pack.properties"), "in-force-from=2024-02-01", "in-force-from=2026-01-01");
        return b;
    }

    @Test
    void a_reload_of_two_pack_directories_whose_second_breaks_changes_neither_and_a_good_one_changes_both() throws Exception {
        Path a = PackFiles.copyBuiltInPack(Files.createDirectories(dir.resolve("a")));
        Path b = amendment(Files.createDirectories(dir.resolve("b")));
        RuleEngine engine = RuleEngine.builder().withPackDirectory(a).withPackDirectory(b).build();
        assertThat(engine.packInForce(CompliantCity.AS_OF).version()).isEqualTo("2024.1");
        assertThat(engine.packInForce(Y2026).version()).isEqualTo("2026.1");
        List<String> before = hashes(engine);

        // a good edit in the first directory, a broken rule in the second: the reload is refused whole
        PackFiles.replace(a.resolve("parameters.toml"), "value = 300\n", "value = 250\n");
        PackFiles.replace(b.resolve("art08-grid-size-and-kinds.drl"), "insertLogical(Breach.of(", "insertLogical(Breach.of((");
        assertThatThrownBy(engine::reload).isInstanceOf(RulePackException.class).hasMessageContaining("art08-grid-size-and-kinds.drl:");
        assertThat(min(engine, CompliantCity.AS_OF)).as("the first directory's good edit is not applied alone").isEqualTo(300);
        assertThat(min(engine, Y2026)).isEqualTo(300);
        assertThat(hashes(engine)).as("every pack as before").isEqualTo(before);

        // both good: both change in the one reload
        PackFiles.replace(b.resolve("art08-grid-size-and-kinds.drl"), "insertLogical(Breach.of((", "insertLogical(Breach.of(");
        PackFiles.replace(b.resolve("parameters.toml"), "value = 300\n", "value = 280\n");
        engine.reload();
        assertThat(min(engine, CompliantCity.AS_OF)).isEqualTo(250);
        assertThat(min(engine, Y2026)).isEqualTo(280);
        assertThat(hashes(engine)).doesNotContainAnyElementsOf(before);
    }

    /** A reform in force from 2026 of the pack in {@code base}, which the engine also serves on its own. */
    static Path reform(Path dir, String minimum) {
        Path file = dir.resolve("hh.reform.toml");
        PackFiles.write(file, """
                [reform]
                name = "zigong-hh"
                version = "2026.1-draft"
                base = "base"
                in-force-from = 2026-01-01
                reason = "smaller grids from 2026"

                [[parameter]]
                name = "%s"
                value = 250
                effective-from = 2026-01-01
                reason = "old town quarters"
                """.formatted(minimum));
        return file;
    }

    @Test
    void a_reload_whose_reform_file_breaks_leaves_its_base_and_the_reform_serving_as_before() throws Exception {
        Path base = PackFiles.copyBuiltInPack(Files.createDirectories(dir.resolve("base")));
        Path reform = reform(dir, MIN);
        RuleEngine engine = RuleEngine.builder().withPackDirectory(base).withReform(reform).build();
        assertThat(engine.packInForce(Y2026).name()).isEqualTo("zigong-hh");
        assertThat(min(engine, CompliantCity.AS_OF)).isEqualTo(300);
        assertThat(min(engine, Y2026)).isEqualTo(250);
        List<String> before = hashes(engine);

        // the base's good edit and a reform that names a parameter the pack does not have: refused whole
        PackFiles.replace(base.resolve("parameters.toml"), "value = 300\n", "value = 280\n");
        reform(dir, MIN + "imum");
        assertThatThrownBy(engine::reload).isInstanceOf(RulePackException.class).hasMessageContaining("hh.reform.toml");
        assertThat(min(engine, CompliantCity.AS_OF)).as("the base's good edit is not applied without the reform").isEqualTo(300);
        assertThat(min(engine, Y2026)).isEqualTo(250);
        assertThat(hashes(engine)).isEqualTo(before);

        // the reform good again: the base's edit and the reform (now on the edited base) change at once
        reform(dir, MIN);
        engine.reload();
        assertThat(min(engine, CompliantCity.AS_OF)).isEqualTo(280);
        assertThat(min(engine, Y2026)).isEqualTo(250);
        assertThat(hashes(engine)).doesNotContainAnyElementsOf(before);
    }

    @Test
    void a_reload_whose_reform_base_breaks_mid_reload_leaves_everything_serving_as_before() throws Exception {
        Path base = PackFiles.copyBuiltInPack(Files.createDirectories(dir.resolve("base")));
        Path reform = reform(dir, MIN);
        RuleEngine engine = RuleEngine.fromReform(reform);
        assertThat(min(engine, Y2026)).isEqualTo(250);
        List<String> before = hashes(engine);

        // the reform's own good edit, and its base broken in one of its files
        PackFiles.replace(reform, "value = 250", "value = 240");
        PackFiles.replace(base.resolve("art08-grid-size-and-kinds.drl"), "insertLogical(Breach.of(", "insertLogical(Breach.of((");
        assertThatThrownBy(engine::reload).isInstanceOf(RulePackException.class).hasMessageContaining("art08-grid-size-and-kinds.drl");
        assertThat(min(engine, Y2026)).as("the reform's edit is not applied on a broken base").isEqualTo(250);
        assertThat(hashes(engine)).isEqualTo(before);
        assertThat(engine.check(SafeReloadTest.cityWithGridOf(280, 700), CompliantCity.AS_OF).findings("ZG-08-01"))
                .as("the old rule base still checks").hasSize(1);

        PackFiles.replace(base.resolve("art08-grid-size-and-kinds.drl"), "insertLogical(Breach.of((", "insertLogical(Breach.of(");
        engine.reload();
        assertThat(min(engine, Y2026)).isEqualTo(240);
        assertThat(hashes(engine)).doesNotContainAnyElementsOf(before);
    }
}
