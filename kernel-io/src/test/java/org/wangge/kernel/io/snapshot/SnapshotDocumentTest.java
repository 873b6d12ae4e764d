package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;

/** Scenario files change a parsed snapshot before checking it; problems point into the file that made them. */
class SnapshotDocumentTest {

    private static final String CITY = SnapshotFiles.toYaml(CompliantCity.snapshot());

    private static SnapshotDocument city() {
        return SnapshotDocument.parse(new StringReader(CITY), "city.yaml");
    }

    /** A scenario file, composed with its name in every mark. */
    private static FileNode.Mapping scenario(String yaml) {
        return (FileNode.Mapping) SnapshotFiles.compose(new StringReader(yaml), "scenario.yaml");
    }

    private static FileNode at(FileNode.Mapping mapping, String key) {
        return mapping.get(key);
    }

    @Test
    void a_parsed_document_gives_the_snapshot_it_describes() {
        assertThat(city().toSnapshot()).isEqualTo(CompliantCity.snapshot());
        assertThat(city().sourceName()).isEqualTo("city.yaml");
    }

    @Test
    void patch_merges_fields_into_the_element_with_that_id_and_keeps_the_others() {
        FileNode.Mapping s = scenario("fields:\n  households: 1200\n  legalBasis: 某条例\n");
        CitySnapshot patched = city().patch("grids", CompliantCity.COMMUNITY_GRID, (FileNode.Mapping) at(s, "fields")).toSnapshot();
        var grid = patched.grids().get(0);
        assertThat(grid.households()).isEqualTo(1200);
        assertThat(grid.legalBasis()).isEqualTo("某条例");
        assertThat(grid.residents()).isEqualTo(1000);
        assertThat(patched.grids().subList(1, 3)).isEqualTo(CompliantCity.snapshot().grids().subList(1, 3));
    }

    @Test
    void patch_merges_a_nested_mapping_key_by_key_and_null_clears_a_field() {
        FileNode.Mapping s = scenario("fields:\n  timeline: {closed: null, verified: null}\n  closedAsResolved: false\n  verification: null\n");
        CitySnapshot patched = city().patch("cases", CompliantCity.CASE_ASSIGNED, (FileNode.Mapping) at(s, "fields")).toSnapshot();
        var timeline = patched.cases().get(0).timeline();
        assertThat(timeline.closed()).isNull();
        assertThat(timeline.verified()).isNull();
        assertThat(timeline.fedBack()).isEqualTo(LocalDateTime.of(2025, 6, 5, 16, 0));
        assertThat(patched.cases().get(0).verification()).isNull();
    }

    @Test
    void patch_of_a_division_uses_its_code_as_id() {
        FileNode.Mapping s = scenario("fields: {name: 新名字}\n");
        CitySnapshot patched = city().patch("divisions", CompliantCity.COMMUNITY_CODE, (FileNode.Mapping) at(s, "fields")).toSnapshot();
        assertThat(patched.divisions()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(CompliantCity.COMMUNITY_CODE);
            assertThat(d.name()).isEqualTo("新名字");
        });
    }

    @Test
    void patch_of_a_missing_id_is_an_error_naming_the_scenario_line() {
        FileNode.Mapping s = scenario("steps:\n  - patch: grids\n    id: G-NONE\n    fields: {households: 3}\n");
        FileNode.Mapping step = (FileNode.Mapping) ((FileNode.Sequence) at(s, "steps")).items().get(0);
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> city().patch("grids", "G-NONE", (FileNode.Mapping) at(step, "fields")));
        assertThat(e.problems()).singleElement().hasToString(
                "scenario.yaml:4:13: grids: no element with id G-NONE in grids to patch (the snapshot is city.yaml)");
    }

    @Test
    void patch_of_an_unknown_list_names_the_known_lists() {
        FileNode.Mapping s = scenario("fields: {households: 3}\n");
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> city().patch("gridz", "G-1", (FileNode.Mapping) at(s, "fields")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("scenario.yaml");
            assertThat(p.message()).startsWith("unknown list; the lists are divisions, organisations, volunteers, grids");
        });
    }

    @Test
    void a_bad_value_set_by_a_patch_is_reported_in_the_scenario_file() {
        FileNode.Mapping s = scenario("# a scenario\nfields:\n  households: lots\n");
        SnapshotDocument patched = city().patch("grids", CompliantCity.VILLAGE_GRID, (FileNode.Mapping) at(s, "fields"));
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, patched::toSnapshot);
        assertThat(e.problems()).singleElement().hasToString("scenario.yaml:3:15: grids[1].households: lots is not a whole number");
    }

    @Test
    void a_patch_that_breaks_a_reference_is_reported_at_the_patched_field_in_the_scenario_file() {
        FileNode.Mapping s = scenario("fields:\n  gridId: G-GONE\n");
        SnapshotDocument patched = city().patch("assignments", "A-W-1", (FileNode.Mapping) at(s, "fields"));
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, patched::toSnapshot);
        assertThat(e.problems()).singleElement().hasToString("scenario.yaml:2:11: assignments[0].gridId: "
                + "Assignment A-W-1.gridId = G-GONE: no Grid with this id in the snapshot");
    }

    @Test
    void replace_or_add_replaces_the_element_with_the_same_id() {
        FileNode.Mapping s = scenario("element: {id: B-ORG-CITY-GOV-2025, governmentId: ORG-CITY-GOV, year: 2025, gridFunding: 5}\n");
        CitySnapshot changed = city().replaceOrAdd("budgets", (FileNode.Mapping) at(s, "element")).toSnapshot();
        assertThat(changed.budgets()).hasSameSizeAs(CompliantCity.snapshot().budgets());
        assertThat(changed.budgets().get(0).gridFunding()).isEqualByComparingTo("5");
    }

    @Test
    void replace_or_add_adds_an_element_with_a_new_id_at_the_end() {
        FileNode.Mapping s = scenario("element: {id: B-NEW, governmentId: ORG-CITY-GOV, year: 2026, gridFunding: 5}\n");
        CitySnapshot changed = city().replaceOrAdd("budgets", (FileNode.Mapping) at(s, "element")).toSnapshot();
        assertThat(changed.budgets()).hasSize(CompliantCity.snapshot().budgets().size() + 1);
        assertThat(changed.budgets().get(changed.budgets().size() - 1).id()).isEqualTo("B-NEW");
    }

    @Test
    void replace_or_add_of_an_element_without_id_is_an_error_at_the_element() {
        FileNode.Mapping s = scenario("element:\n  governmentId: ORG-CITY-GOV\n");
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> city().replaceOrAdd("budgets", (FileNode.Mapping) at(s, "element")));
        assertThat(e.problems()).singleElement().hasToString(
                "scenario.yaml:2:3: budgets: an element to replace or add needs its id");
    }

    @Test
    void remove_leaves_the_element_out_and_references_to_it_become_errors() {
        SnapshotDocument removed = city().remove("budgets", "B-ORG-CITY-GOV-2025");
        assertThat(removed.toSnapshot().budgets()).extracting(b -> b.id()).doesNotContain("B-ORG-CITY-GOV-2025");

        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> city().remove("workers", CompliantCity.WORKER_DEDICATED).toSnapshot());
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("city.yaml");
            assertThat(p.message()).contains("W-3: no GridWorker with this id in the snapshot");
        });
    }

    @Test
    void remove_of_a_missing_id_is_an_error_at_the_scenario_node_naming_it() {
        FileNode.Mapping s = scenario("remove:\n  workers: W-99\n");
        FileNode.Scalar id = (FileNode.Scalar) at((FileNode.Mapping) at(s, "remove"), "workers");
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, () -> city().remove("workers", id));
        assertThat(e.problems()).singleElement().hasToString(
                "scenario.yaml:2:12: workers: no element with id W-99 in workers to remove (the snapshot is city.yaml)");
        assertThat(catchThrowableOfType(SnapshotFileException.class, () -> city().remove("workers", "W-99")).problems())
                .singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("city.yaml"));
    }

    @Test
    void with_as_of_sets_the_day_the_snapshot_describes() {
        assertThat(city().withAsOf(LocalDate.of(2025, 12, 31)).toSnapshot().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void changes_return_new_documents_and_leave_the_original_unchanged() {
        SnapshotDocument original = city();
        original.remove("budgets", "B-ORG-CITY-GOV-2025").withAsOf(LocalDate.of(2026, 1, 1));
        assertThat(original.toSnapshot()).isEqualTo(CompliantCity.snapshot());
    }

    @Test
    void a_snapshot_embedded_in_a_scenario_needs_no_format_key_and_reports_in_the_scenario_file() {
        FileNode.Mapping s = scenario(("""
                name: an embedded snapshot
                snapshot:
                  jurisdiction: '510300'
                  asOf: 2025-06-30
                  budgets:
                    - {id: B-1, governmentId: GOV, year: 2025, gridFunding: 10}
                """));
        SnapshotDocument doc = SnapshotDocument.fromNode(at(s, "snapshot"), "scenario.yaml");
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, doc::toSnapshot);
        assertThat(e.problems()).singleElement().hasToString("scenario.yaml:6:31: budgets[0].governmentId: "
                + "Budget B-1.governmentId = GOV: no Organisation with this id in the snapshot");
    }

    @Test
    void a_document_that_is_not_a_mapping_is_refused_at_once() {
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> SnapshotDocument.parse(new StringReader("just text\n"), "odd.yaml"));
        assertThat(e.problems()).singleElement().hasToString(
                "odd.yaml:1:1: a snapshot must be a mapping of keys (format, jurisdiction, asOf, lists), not a single value");
    }
}
