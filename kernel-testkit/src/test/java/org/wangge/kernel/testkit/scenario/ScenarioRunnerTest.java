package org.wangge.kernel.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.io.snapshot.FileProblem;

/** A scenario passes only when the findings are as expected; a failure says what was expected, what came, and why. */
class ScenarioRunnerTest {

    @TempDir
    Path dir;

    private Path scenarioFile(String body) throws IOException {
        Files.copy(ScenarioSuiteTest.SUITE.resolve("compliant-city.yaml"), dir.resolve("compliant-city.yaml"));
        Path file = dir.resolve("art08-test.scenarios.yaml");
        Files.writeString(file, "snapshot: compliant-city.yaml\nscenarios:\n" + body);
        return file;
    }

    @Test
    void a_scenario_whose_expected_finding_does_not_come_fails_and_says_so() throws IOException {
        Path file = scenarioFile("""
                  - name: ZG-08-01 wrongly expected on a compliant grid
                    expect:
                      findings: [ { constraint: ZG-08-01, subject: G-COMM-1 } ]
                """);
        ScenarioResults results = ScenarioRunner.run(List.of(file), null);
        assertThat(results.allPassed()).isFalse();
        assertThat(results.failed().get(0).describe()).contains("FAIL").contains("MISSING ZG-08-01 on G-COMM-1").contains("(no findings)");
    }

    @Test
    void an_unexpected_finding_under_only_fails_with_its_evidence() throws IOException {
        Path file = scenarioFile("""
                  - name: ZG-08-01 a small grid, wrongly expected to comply
                    given:
                      patch: { grids: { G-COMM-1: { households: 260, residents: 700 } } }
                    expect:
                      findings: []
                      only: true
                """);
        ScenarioResult result = ScenarioRunner.run(List.of(file), null).results().get(0);
        assertThat(result.passed()).isFalse();
        assertThat(result.unexpected()).extracting(f -> f.constraintId()).containsExactly("ZG-08-01");
        assertThat(result.describe()).contains("UNEXPECTED ZG-08-01 WARNING TEXT Grid G-COMM-1").contains("evidence: households=260");
    }

    @Test
    void a_constraint_listed_as_absent_fails_when_it_appears() throws IOException {
        Path file = scenarioFile("""
                  - name: ZG-08-01 absent, but it fires
                    given:
                      patch: { grids: { G-COMM-1: { households: 260, residents: 700 } } }
                    expect:
                      absent: [ ZG-08-01 ]
                """);
        assertThat(ScenarioRunner.run(List.of(file), null).allPassed()).isFalse();
    }

    @Test
    void every_problem_of_a_malformed_scenario_file_is_reported_with_its_line() throws IOException {
        Path file = scenarioFile("""
                  - name: ZG-08-01 bad
                    asOf: 2025-13-01
                    colour: blue
                    expect:
                      findings: [ { constraint: ZG-8-1 }, { constraint: ZG-08-01, severity: SEVERE } ]
                """);
        assertThatThrownBy(() -> ScenarioRunner.run(List.of(file), null)).isInstanceOfSatisfying(ScenarioFileException.class, e -> {
            assertThat(e.problems()).extracting(FileProblem::line).contains(4, 5, 7);
            assertThat(e.getMessage()).contains("2025-13-01").contains("colour").contains("ZG-8-1").contains("SEVERE");
        });
    }

    @Test
    void a_patch_of_an_unknown_id_names_the_scenario_line() throws IOException {
        Path file = scenarioFile("""
                  - name: ZG-08-01 patching a grid that is not there
                    given:
                      patch: { grids: { G-NOWHERE: { households: 1 } } }
                    expect:
                      findings: []
                """);
        assertThatThrownBy(() -> ScenarioRunner.run(List.of(file), null)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("G-NOWHERE").hasMessageContaining(file.getFileName().toString());
    }

    @Test
    void an_expected_constraint_the_catalogue_lacks_is_bad_input() throws IOException {
        Path file = scenarioFile("""
                  - name: ZG-08-09 no such constraint
                    expect:
                      findings: [ { constraint: ZG-08-09 } ]
                """);
        assertThatThrownBy(() -> ScenarioRunner.run(List.of(file), null)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("unknown constraint ID ZG-08-09");
    }
}
