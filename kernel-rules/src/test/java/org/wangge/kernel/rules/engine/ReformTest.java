package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.Reform;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.internal.ReformLoader;

/** Issue 13, point 1: a reform names a base pack and its changes; it loads whole or is refused whole at file:line. */
class ReformTest {

    static final Path SAMPLE = Path.of("../examples/analyst-workspace/reforms/households-250.reform.toml");

    @TempDir
    Path dir;

    @Test
    void the_sample_reform_loads_as_a_pack_of_its_own_name_based_on_the_built_in_pack() {
        RuleEngine engine = RuleEngine.fromReform(SAMPLE);
        RulePackInfo info = engine.packInForce(LocalDate.of(2026, 3, 31));
        assertThat(info.name()).isEqualTo("zigong-hh250");
        assertThat(info.version()).isEqualTo("2026.1-draft");
        assertThat(info.basedOn()).startsWith("zigong 2024.1 sha256:");
        assertThat(info.reformChain()).containsExactly("zigong-hh250 2026.1-draft");
        assertThat(info.contentHash()).hasSize(64);
        assertThat(info.displayName()).isEqualTo("zigong-hh250 2026.1-draft (reform of " + info.basedOn() + ")");
        assertThat(info.inForceFrom()).isEqualTo(LocalDate.of(2024, 2, 1)); // the base's, as the reform sets none

        assertThat(engine.parameters(LocalDate.of(2025, 12, 31)).on(LocalDate.of(2025, 12, 31)).intValue("grid.size.households.min"))
                .isEqualTo(300);
        assertThat(engine.parameters(LocalDate.of(2026, 1, 1)).on(LocalDate.of(2026, 1, 1)).intValue("grid.size.households.min"))
                .isEqualTo(250);
        long routingRows = engine.rules(LocalDate.of(2026, 1, 1)).stream().filter(r -> r.file().equals("routing.drl.csv")).count();
        long builtInRows = RuleEngine.zigong().rules(LocalDate.of(2026, 1, 1)).stream()
                .filter(r -> r.file().equals("routing.drl.csv")).count();
        assertThat(routingRows).isEqualTo(builtInRows + 1);
    }

    @Test
    void a_reform_is_read_with_every_change_and_its_reason_and_line() {
        Reform r = Reform.read(SAMPLE);
        assertThat(r.identity()).isEqualTo("zigong-hh250 2026.1-draft");
        assertThat(r.changes()).extracting(Reform.Change::kind)
                .containsExactly(Reform.Kind.PARAMETER, Reform.Kind.PARAMETER, Reform.Kind.TABLE_ROW_ADDED);
        assertThat(r.changes().get(0).detail()).isEqualTo("250 from 2026-01-01");
        assertThat(r.changes()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
        assertThat(r.changes().get(0).line()).isEqualTo(14);
    }

    @Test
    void every_problem_of_a_reform_is_named_at_its_line_in_one_run_and_nothing_is_applied() throws Exception {
        Path reform = dir.resolve("bad.reform.toml");
        Files.writeString(reform, """
                [reform]
                name = "zigong-bad"
                version = "1"
                base = "builtin:zigong"
                reason = "errors at known lines"

                [[parameter]]
                name = "grid.size.houshold.min"
                value = 250
                effective-from = 2026-01-01
                reason = "a misspelt name"

                [[parameter]]
                name = "filing.grace.days"
                value = 20
                effective-from = 2026-01-01

                [[rule-file]]
                action = "remove"
                file = "art08-grid-size.drl"
                reason = "a file the pack lacks"

                [[table-row]]
                table = "routing.drl.csv"
                action = "remove"
                cells = ["PUBLICITY"]
                reason = "several rows start so"

                [[table-row]]
                table = "routing.drl.csv"
                action = "add"
                cells = ["A", "B", "C", "D", "E", "F", "G"]
                reason = "too many cells"
                """);
        assertThatThrownBy(() -> RuleEngine.fromReform(reform)).isInstanceOf(RulePackException.class);
        List<RuleProblem> problems = RuleEngine.lint(reform);
        assertThat(problems).extracting(p -> p.line() + ": " + p.message()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("13: [[parameter]] lacks \"reason\""),
                p -> assertThat(p).startsWith("8: the base pack has no parameter \"grid.size.houshold.min\"")
                        .endsWith("did you mean `grid.size.households.min`?"),
                p -> assertThat(p).startsWith("20: the base pack has no rule file art08-grid-size.drl")
                        .contains("did you mean `art08-grid-size-and-kinds.drl`?"),
                p -> assertThat(p).startsWith("26: 8 rows of routing.drl.csv start with these cells"),
                p -> assertThat(p).startsWith("32: the row has 7 cells but routing.drl.csv has 6 columns"));
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("bad.reform.toml"));
    }

    @Test
    void a_row_the_compiler_refuses_is_named_at_the_reform_line_that_wrote_it() throws Exception {
        Path reform = dir.resolve("row.reform.toml");
        Files.writeString(reform, """
                [reform]
                name = "zigong-row"
                version = "1"
                base = "builtin:zigong"
                reason = "a department kind that does not exist"

                [[table-row]]
                table = "routing.drl.csv"
                action = "add"
                cells = ["DISPUTES", "", "FINANSE", "", "ResponsibleDepartment: a misspelt kind", "Art. 15 ¶2"]
                reason = "a typo"
                """);
        List<RuleProblem> problems = RuleEngine.lint(reform);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("row.reform.toml");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).startsWith("\"FINANSE\" is not a DepartmentKind; did you mean FINANCE? (valid: PUBLIC_SECURITY, ");
        });
    }

    @Test
    void a_reform_of_a_reform_carries_the_chain_and_its_own_base() throws Exception {
        Path second = dir.resolve("second.reform.toml");
        Files.writeString(second, """
                [reform]
                name = "zigong-hh240"
                version = "2026.2-draft"
                base = "%s"
                reason = "a second step"

                [[parameter]]
                name = "grid.size.households.min"
                value = 240
                effective-from = 2026-07-01
                reason = "lower still"

                [[table-row]]
                table = "routing.drl.csv"
                action = "remove"
                cells = ["PUBLICITY", "", "HEALTH"]
                reason = "publicity on health goes to civil affairs"
                """.formatted(SAMPLE.toAbsolutePath().toString().replace("\\", "/")));
        ReformLoader.Prepared p = ReformLoader.prepare(second);
        String props = p.source().text("pack.properties");
        assertThat(props).contains("name=zigong-hh240", "version=2026.2-draft", "based-on=zigong-hh250 2026.1-draft sha256:",
                "reform-chain=zigong-hh250 2026.1-draft; zigong-hh240 2026.2-draft");
        String params = p.source().text("parameters.toml");
        assertThat(params).contains("value = 250", "value = 240");
        String routing = p.source().text("routing.drl.csv");
        assertThat(routing).doesNotContain("PUBLICITY,,HEALTH").contains("PUBLIC_WELFARE_AND_CONVENIENCE,,FINANCE");
        // a line the first reform wrote is still placed at the first reform's line
        int row = List.of(routing.split("\n")).indexOf(routing.lines().filter(l -> l.contains(",FINANCE,")).findFirst().orElseThrow()) + 1;
        RuleProblem placed = p.place(new RuleProblem("routing.drl.csv", row, 3, "x"));
        assertThat(placed.file()).endsWith("households-250.reform.toml");
        assertThat(placed.line()).isEqualTo(29);
        // a base line below the removed row keeps its line in the base file
        int obstruction = routing.lines().toList().indexOf(",true,PUBLIC_SECURITY,,ResponsibleDepartment: public security for obstruction"
                + " of a grid worker (Art. 23),Art. 23") + 1;
        assertThat(obstruction).isEqualTo(31);
        assertThat(p.place(new RuleProblem("routing.drl.csv", obstruction, 1, "x"))).isEqualTo(new RuleProblem("routing.drl.csv", 32, 1, "x"));
    }
}
