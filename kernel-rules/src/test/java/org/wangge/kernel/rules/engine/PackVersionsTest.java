package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.ParameterDefinition;
import org.wangge.kernel.rules.ParameterSource;
import org.wangge.kernel.rules.RuleEngine;

/** Two time axes: the check date picks the pack in force and the parameter values effective that day (Art. 24). */
class PackVersionsTest {

    @TempDir
    Path dir;

    @Test
    void the_pack_in_force_on_the_check_date_is_used_and_the_report_names_it() {
        Path amended = PackFiles.copyBuiltInPack(dir.resolve("amended"));
        PackFiles.replace(amended.resolve("pack.properties"), "version=2024.1", "version=2026.1");
        PackFiles.replace(amended.resolve("pack.properties"), "in-force-from=2024-02-01", "in-force-from=2026-01-01");
        PackFiles.replace(amended.resolve("parameters.toml"), "value = 300\n", "value = 250\n");
        RuleEngine engine = RuleEngine.builder().withBuiltInZigongPack().withPackDirectory(amended).build();
        CitySnapshot city = SafeReloadTest.cityWithGridOf(280, 700);

        CheckReport before = engine.check(city, LocalDate.of(2025, 12, 31));
        CheckReport after = engine.check(city, LocalDate.of(2026, 1, 1));

        assertThat(before.pack().version()).isEqualTo("2024.1");
        assertThat(before.findings("ZG-08-01")).hasSize(1);
        assertThat(after.pack().version()).isEqualTo("2026.1");
        assertThat(after.findings("ZG-08-01")).isEmpty();
        assertThat(engine.packs()).extracting(p -> p.version()).containsExactly("2024.1", "2026.1");
    }

    @Test
    void before_the_measures_are_in_force_no_finding_is_given() {
        CheckReport report = RuleEngine.zigong().check(SafeReloadTest.cityWithGridOf(280, 700), LocalDate.of(2024, 1, 31));
        assertThat(report.findings()).isEmpty();
        assertThat(report.pack().version()).isEqualTo("2024.1");
    }

    @Test
    void a_parameter_changed_by_a_dated_value_keeps_its_history() {
        Path pack = PackFiles.copyBuiltInPack(dir.resolve("dated"));
        String text = PackFiles.read(pack.resolve("parameters.toml"));
        PackFiles.write(pack.resolve("parameters.toml"), text + """

                [[parameter]]
                name = "grid.size.households.min"
                value = 250
                unit = "households"
                citation = "Art. 8 ¶1"
                source = "text"
                effective-from = 2025-07-01
                note = "test: a later value"
                """);
        RuleEngine engine = RuleEngine.fromDirectory(pack);
        CitySnapshot city = SafeReloadTest.cityWithGridOf(280, 700);

        assertThat(engine.check(city, LocalDate.of(2025, 6, 30)).findings("ZG-08-01")).hasSize(1);
        assertThat(engine.check(city, LocalDate.of(2025, 7, 1)).findings("ZG-08-01")).isEmpty();
        ParameterDefinition old = engine.parameters(LocalDate.of(2025, 6, 30)).on(LocalDate.of(2025, 6, 30)).definition("grid.size.households.min");
        assertThat(old.value()).isEqualTo("300");
        assertThat(old.source()).isEqualTo(ParameterSource.TEXT);
        assertThat(engine.parameters(LocalDate.of(2025, 7, 1)).definitions())
                .filteredOn(d -> d.name().equals("grid.size.households.min")).hasSize(2);
    }

    @Test
    void every_parameter_says_whether_its_number_is_the_texts_or_a_policy_default() {
        var definitions = RuleEngine.zigong().parameters(CompliantCity.AS_OF).definitions();
        assertThat(definitions).isNotEmpty().allSatisfy(d -> {
            assertThat(d.source()).isNotNull();
            assertThat(d.citation()).isNotNull();
            assertThat(d.note()).isNotBlank();
        });
        assertThat(definitions).filteredOn(d -> d.name().startsWith("grid.size.households")).allSatisfy(d -> assertThat(d.source()).isEqualTo(ParameterSource.TEXT));
        assertThat(definitions).filteredOn(d -> d.name().startsWith("case.")).allSatisfy(d -> assertThat(d.source()).isEqualTo(ParameterSource.POLICY_DEFAULT));
    }
}
