package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.GridWorker;

/** Writing a snapshot and reading it back gives the same snapshot, in YAML and in JSON. */
class SnapshotRoundTripTest {

    private static CitySnapshot readYaml(String text) {
        return SnapshotFiles.read(new StringReader(text), "test.yaml");
    }

    @Test
    void the_compliant_city_written_as_yaml_reads_back_equal() {
        CitySnapshot original = CompliantCity.snapshot();
        assertThat(readYaml(SnapshotFiles.toYaml(original))).isEqualTo(original);
    }

    @Test
    void the_compliant_city_written_as_json_reads_back_equal() {
        CitySnapshot original = CompliantCity.snapshot();
        assertThat(SnapshotFiles.read(new StringReader(SnapshotFiles.toJson(original)), "test.json")).isEqualTo(original);
    }

    @Test
    void every_kind_of_fact_and_nested_record_survives_the_round_trip_in_both_formats() {
        CitySnapshot original = RichCity.snapshot();
        assertThat(original.referenceProblems()).isEmpty();
        assertThat(readYaml(SnapshotFiles.toYaml(original))).isEqualTo(original);
        assertThat(SnapshotFiles.read(new StringReader(SnapshotFiles.toJson(original)), "rich.json")).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"city.yaml", "city.yml", "city.json"})
    void a_file_is_written_and_read_in_the_format_its_extension_names(String name, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name);
        SnapshotFiles.write(RichCity.snapshot(), file);
        String text = Files.readString(file);
        assertThat(text.startsWith("{")).isEqualTo(name.endsWith(".json"));
        assertThat(SnapshotFiles.read(file)).isEqualTo(RichCity.snapshot());
    }

    @Test
    void a_file_with_another_extension_is_refused(@TempDir Path dir) {
        assertThatThrownBy(() -> SnapshotFiles.write(CompliantCity.snapshot(), dir.resolve("city.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".yaml, .yml or .json");
        assertThatThrownBy(() -> SnapshotFiles.read(dir.resolve("city.toml")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writing_is_deterministic_and_keys_follow_the_record_component_order() {
        String yaml = SnapshotFiles.toYaml(RichCity.snapshot());
        assertThat(SnapshotFiles.toYaml(RichCity.snapshot())).isEqualTo(yaml);
        assertThat(yaml).startsWith("format: wangge-snapshot/1\njurisdiction: \"510300\"\nasOf: 2025-06-30\ndivisions:\n");
        assertThat(yaml.indexOf("\ngrids:")).isLessThan(yaml.indexOf("\ngridChanges:"));
        assertThat(yaml.indexOf("\nworkers:")).isLessThan(yaml.indexOf("\nbudgets:"));
        // sets are sorted
        assertThat(yaml).contains("evidenceRefs: ['sha256:cc01', 'sha256:cc02', 'sha256:cc03']");
    }

    @Test
    void personal_values_are_written_raw_because_the_file_is_a_data_file() {
        CitySnapshot snapshot = RichCity.snapshot();
        GridWorker worker = snapshot.workers().get(0);
        String yaml = SnapshotFiles.toYaml(snapshot);
        String json = SnapshotFiles.toJson(snapshot);
        for (String text : new String[] {yaml, json}) {
            assertThat(text).contains(worker.name().unmasked(), worker.idNumber().unmasked(), worker.phone().unmasked(),
                    RichCity.VOLUNTEER_NAME, RichCity.VOLUNTEER_MOBILE)
                    .doesNotContain(worker.phone().masked());
        }
    }

    @Test
    void omitted_optional_fields_read_as_null_empty_or_false() {
        CitySnapshot s = readYaml("""
                format: wangge-snapshot/1
                jurisdiction: 510300
                asOf: 2025-06-30
                organisations:
                  - {id: ORG-1, name: 市中心, kind: GRID_AGENCY, level: CITY, divisionCode: '510300'}
                grids:
                  - id: G-1
                    code: '510302001001001'
                    name: 网格一
                    kind: COMMUNITY
                    divisionCodes: ['510302001001']
                    households: 10
                    residents: 30
                    dividedById: ORG-1
                    status: ACTIVE
                    validFrom: 2024-02-01
                    validTo: null
                """);
        Grid grid = s.grids().get(0);
        assertThat(grid.placeKind()).isNull();
        assertThat(grid.validTo()).isNull();
        assertThat(grid.legalBasis()).isNull();
        assertThat(s.jurisdiction()).isEqualTo("510300");
        assertThat(s.cases()).isEmpty();
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void decimals_may_be_written_as_numbers_or_as_strings_and_keep_their_scale() {
        String base = """
                format: wangge-snapshot/1
                jurisdiction: '510300'
                asOf: 2025-06-30
                organisations:
                  - {id: GOV, name: 市政府, kind: PEOPLES_GOVERNMENT, level: CITY, divisionCode: '510300'}
                budgets:
                  - {id: B-1, governmentId: GOV, year: 2025, gridFunding: %s}
                """;
        assertThat(readYaml(base.formatted("1000000.50")).budgets().get(0).gridFunding()).isEqualTo(new BigDecimal("1000000.50"));
        assertThat(readYaml(base.formatted("'1000000.50'")).budgets().get(0).gridFunding()).isEqualTo(new BigDecimal("1000000.50"));
    }

    @Test
    void a_minified_json_file_is_read_like_yaml() {
        CitySnapshot s = SnapshotFiles.read(new StringReader(
                "{\"format\":\"wangge-snapshot/1\",\"jurisdiction\":\"510300\",\"asOf\":\"2025-06-30\",\"budgets\":[]}"), "min.json");
        assertThat(s.jurisdiction()).isEqualTo("510300");
    }
}
