package org.wangge.kernel.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;

/** A malformed snapshot file reports every problem found, each at its file, line, column and field. */
class SnapshotFileErrorsTest {

    private static List<FileProblem> problems(String text, String name) {
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class,
                () -> SnapshotFiles.read(new StringReader(text), name));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems();
    }

    private static List<FileProblem> problems(String text) {
        return problems(text, "city.yaml");
    }

    private static final String HEAD = """
            format: wangge-snapshot/1
            jurisdiction: '510300'
            asOf: 2025-06-30
            """;

    @Test
    void a_file_with_five_different_errors_reports_all_five_with_line_column_and_field() {
        List<FileProblem> problems = problems(HEAD + """
                colour: blue
                organisations:
                  - id: ORG-1
                    name: 区中心
                    kind: GRID_AGNCY
                    level: COUNTY
                    divisionCode: '510302'
                grids:
                  - id: G-1
                    code: '510302001001001'
                    name: 网格一
                    kind: COMMUNITY
                    divisionCodes: ['510302001001']
                    households: abc
                    residents: 30
                    dividedById: ORG-1
                    status: ACTIVE
                    validFrom: 2024-02-30
                    colour: red
                """);
        assertThat(problems).extracting(FileProblem::file, FileProblem::line, FileProblem::column, FileProblem::field)
                .containsExactly(
                        tuple("city.yaml", 4, 1, "colour"),
                        tuple("city.yaml", 8, 11, "organisations[0].kind"),
                        tuple("city.yaml", 17, 17, "grids[0].households"),
                        tuple("city.yaml", 21, 16, "grids[0].validFrom"),
                        tuple("city.yaml", 22, 5, "grids[0].colour"));
        assertThat(problems.get(0).message()).startsWith("unknown top-level key; the known keys are format, jurisdiction, asOf, divisions");
        assertThat(problems.get(1).message()).isEqualTo("GRID_AGNCY is not one of GRID_AGENCY, PEOPLES_GOVERNMENT, DEPARTMENT, "
                + "TOWNSHIP_GOVERNMENT, STREET_OFFICE, RESIDENTS_COMMITTEE, VILLAGERS_COMMITTEE, PEOPLES_ORGANISATION, "
                + "SOCIAL_ORGANISATION, ENTERPRISE_OR_INSTITUTION, OTHER_UNIT, PARTY_COMMITTEE");
        assertThat(problems.get(2).message()).isEqualTo("abc is not a whole number");
        assertThat(problems.get(3).message()).isEqualTo("2024-02-30 is not a date: write yyyy-mm-dd, e.g. 2025-06-30");
        assertThat(problems.get(4).message()).startsWith("unknown field of Grid; the known fields are id, code, name, kind, placeKind");
        assertThat(problems.get(2)).hasToString("city.yaml:17:17: grids[0].households: abc is not a whole number");
    }

    @Test
    void the_exception_message_lists_every_problem_one_per_line() {
        SnapshotFileException e = catchThrowableOfType(SnapshotFileException.class, () -> SnapshotFiles.read(
                new StringReader(HEAD + "colour: blue\nshape: round\n"), "city.yaml"));
        assertThat(e.getMessage()).isEqualTo("2 problems in snapshot file:\n"
                + "city.yaml:4:1: colour: unknown top-level key; the known keys are " + String.join(", ", SnapshotFormat.topLevelKeys())
                + "\ncity.yaml:5:1: shape: unknown top-level key; the known keys are " + String.join(", ", SnapshotFormat.topLevelKeys()));
    }

    @Test
    void a_model_validation_failure_is_reported_at_the_field_the_model_names_with_its_rule() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - {id: ORG-1, name: 区中心, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}
                grids:
                  - id: G-1
                    code: '510302001001001'
                    name: 网格一
                    kind: COMMUNITY
                    divisionCodes: ['510302001001']
                    households: -1
                    residents: 30
                    dividedById: ORG-1
                    status: ACTIVE
                    validFrom: 2024-02-01
                """);
        assertThat(problems).singleElement().hasToString(
                "city.yaml:12:17: grids[0].households: Grid.households = -1: must be zero or more");
    }

    @Test
    void a_rule_across_fields_of_a_nested_record_is_reported_at_the_nested_field() {
        List<FileProblem> problems = problems(HEAD + """
                cases:
                  - id: K-1
                    source: PUBLIC_SUGGESTION
                    category: PUBLIC_OPINION
                    gridId: G-1
                    timeline:
                      collected: 2025-06-02T09:00
                      reported: 2025-06-02T10:00
                      accepted: 2025-06-02T08:00
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.column()).isEqualTo(17);
            assertThat(p.field()).isEqualTo("cases[0].timeline.accepted");
            assertThat(p.message()).isEqualTo("CaseTimeline.accepted = 2025-06-02T08:00: must not be before reported (2025-06-02T10:00)");
        });
    }

    @Test
    void a_dangling_reference_is_an_error_at_the_referring_field() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - {id: ORG-1, name: 区中心, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}
                grids:
                  - {id: G-1, code: '510302001001001', name: 网格一, kind: COMMUNITY, divisionCodes: ['510302001001'], households: 10, residents: 30, dividedById: ORG-1, status: ACTIVE, validFrom: 2024-02-01}
                assignments:
                  - id: A-1
                    workerId: W-1
                    gridId: G-9
                    assignedById: ORG-1
                    from: 2024-02-01
                """);
        assertThat(problems).extracting(FileProblem::line, FileProblem::column, FileProblem::field, FileProblem::message)
                .containsExactly(
                        tuple(10, 15, "assignments[0].workerId",
                                "Assignment A-1.workerId = W-1: no GridWorker with this id in the snapshot"),
                        tuple(11, 13, "assignments[0].gridId",
                                "Assignment A-1.gridId = G-9: no Grid with this id in the snapshot"));
    }

    @Test
    void a_dangling_reference_inside_a_set_or_a_nested_list_points_at_the_item() {
        String yaml = SnapshotFiles.toYaml(CompliantCity.snapshot())
                .replace("gridIds: [G-COMM-1, G-DED-1]", "gridIds: [G-COMM-1, G-GONE]")
                .replace("workers: [{workerId: W-2,", "workers: [{workerId: W-9,");
        List<FileProblem> problems = problems(yaml);
        String[] lines = yaml.split("\n", -1);
        assertThat(problems).extracting(FileProblem::field, FileProblem::message).containsExactly(
                tuple("gridChanges[0].gridIds[1]", "GridChange C-1.gridIds = G-GONE: no Grid with this id in the snapshot"),
                tuple("notices[1].workers[0].workerId",
                        "PublicNotice N-G-VILL-1.workers.workerId = W-9: no GridWorker with this id in the snapshot"));
        assertThat(lines[problems.get(0).line() - 1].substring(problems.get(0).column() - 1)).startsWith("G-GONE]");
        assertThat(lines[problems.get(1).line() - 1].substring(problems.get(1).column() - 1)).startsWith("W-9,");
    }

    @Test
    void a_duplicate_id_is_an_error_at_the_second_element_naming_the_first() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - {id: ORG-1, name: 区中心, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}
                  - {id: ORG-2, name: 市中心, kind: GRID_AGENCY, level: CITY, divisionCode: '510300'}
                  - {id: ORG-1, name: 另一个, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}
                """);
        assertThat(problems).singleElement().hasToString("city.yaml:7:10: organisations[2].id: "
                + "Organisation ORG-1.id = ORG-1: the id is used by more than one Organisation (first at line 5)");
    }

    @Test
    void an_element_that_cannot_be_built_is_not_reported_again_as_a_missing_reference() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - {id: ORG-1, name: 区中心, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}
                grids:
                  - {id: G-1, code: '510302001001001', name: 网格一, kind: COMMUNITY, divisionCodes: ['510302001001'], households: many, residents: 30, dividedById: ORG-1, status: ACTIVE, validFrom: 2024-02-01}
                assignments:
                  - {id: A-1, workerId: W-1, gridId: G-1, assignedById: ORG-1, from: 2024-02-01}
                """);
        assertThat(problems).extracting(FileProblem::field)
                .containsExactly("grids[0].households", "assignments[0].workerId");
    }

    @Test
    void a_yaml_syntax_error_is_reported_at_its_position() {
        List<FileProblem> problems = problems(HEAD + "grids:\n  - id: G-1\n   name: [unclosed\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("city.yaml");
            assertThat(p.line()).isBetween(5, 7);
            assertThat(p.field()).isEqualTo("grids"); // the list being read when the parser gave up
            assertThat(p.message()).startsWith("not valid YAML or JSON: ");
        });
    }

    @Test
    void a_json_file_reports_problems_with_line_and_column_too() {
        List<FileProblem> problems = problems("""
                {
                  "format": "wangge-snapshot/1",
                  "jurisdiction": "510300",
                  "asOf": "2025-06-30",
                  "budgets": [
                    {"id": "B-1", "governmentId": "G", "year": "next", "gridFunding": 10}
                  ]
                }
                """, "city.json");
        assertThat(problems).singleElement().hasToString("city.json:6:48: budgets[0].year: next is not a whole number");
    }

    @Test
    void the_format_key_is_required_and_must_name_this_format() {
        assertThat(problems("jurisdiction: '510300'\nasOf: 2025-06-30\n")).singleElement()
                .hasToString("city.yaml:1:1: format: is required: start the file with format: wangge-snapshot/1");
        assertThat(problems("format: wangge-snapshot/2\njurisdiction: '510300'\nasOf: 2025-06-30\n")).singleElement()
                .hasToString("city.yaml:1:9: format: wangge-snapshot/2 is not a supported format; this reader reads wangge-snapshot/1");
    }

    @Test
    void jurisdiction_and_as_of_are_required() {
        assertThat(problems("format: wangge-snapshot/1\n")).extracting(FileProblem::field, FileProblem::message)
                .containsExactly(tuple("jurisdiction", "CitySnapshot.jurisdiction = null: is required and must not be blank"));
        assertThat(problems("format: wangge-snapshot/1\njurisdiction: '510300'\n")).extracting(FileProblem::field)
                .containsExactly("asOf");
    }

    @Test
    void an_empty_file_or_a_file_that_is_not_a_mapping_is_an_error() {
        assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).contains("not empty"));
        assertThat(problems("- a\n- b\n")).singleElement().satisfies(p -> assertThat(p.message()).contains("not a list"));
    }

    @Test
    void a_missing_whole_number_is_an_error_but_a_missing_flag_is_false() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - {id: GOV, name: 市政府, kind: PEOPLES_GOVERNMENT, level: CITY, divisionCode: '510300'}
                budgets:
                  - {id: B-1, governmentId: GOV, gridFunding: 10}
                """);
        assertThat(problems).singleElement().hasToString("city.yaml:7:5: budgets[0].year: is required: give a whole number");
    }

    @Test
    void a_key_given_twice_and_a_value_of_the_wrong_shape_are_errors() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - id: ORG-1
                    id: ORG-2
                    name: [区中心]
                    kind: GRID_AGENCY
                    level: COUNTY
                    divisionCode: '510302'
                grids: {}
                """);
        assertThat(problems).extracting(FileProblem::line, FileProblem::field, FileProblem::message).containsExactly(
                tuple(6, "organisations[0].id", "is given twice in this mapping (first at line 5)"),
                tuple(7, "organisations[0].name", "must be text, not a list"),
                tuple(11, "grids", "must be a list of Grid elements, not a mapping"));
    }

    @Test
    void a_set_listing_an_item_twice_is_an_error() {
        List<FileProblem> problems = problems(HEAD + """
                organisations:
                  - {id: ORG-1, name: 区中心, kind: GRID_AGENCY, level: COUNTY, divisionCode: '510302'}
                grids:
                  - {id: G-1, code: '510302001001001', name: 网格一, kind: COMMUNITY, divisionCodes: ['510302001001', '510302001001'], households: 10, residents: 30, dividedById: ORG-1, status: ACTIVE, validFrom: 2024-02-01}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("grids[0].divisionCodes[1]");
            assertThat(p.message()).isEqualTo("510302001001 is listed twice (first at line 7)");
        });
    }
}
