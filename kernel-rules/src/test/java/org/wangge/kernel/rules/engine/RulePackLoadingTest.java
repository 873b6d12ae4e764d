package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.RuleProblem;

/** A rule pack loads only when every file is valid; otherwise every problem is named by file, line and column. */
class RulePackLoadingTest {

    @TempDir
    Path dir;

    private static final String ART08 = "art08-grid-size-and-kinds.drl";

    private List<RuleProblem> problemsOf(Path pack) {
        try {
            RuleEngine.fromDirectory(pack);
        } catch (RulePackException e) {
            assertThat(e.getMessage()).contains(e.problems().get(0).toString());
            return e.problems();
        }
        throw new AssertionError("the pack was expected to be refused");
    }

    @Test
    void the_built_in_pack_is_the_zigong_measures_in_force_from_2024_02_01() {
        RulePackInfo info = RuleEngine.zigong().packInForce(LocalDate.of(2025, 1, 1));
        assertThat(info.name()).isEqualTo("zigong");
        assertThat(info.version()).isEqualTo("2024.1");
        assertThat(info.inForceFrom()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(info.jurisdiction()).isEqualTo("510300");
    }

    @Test
    void an_analysts_copy_of_the_pack_loads_from_a_directory() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        assertThat(RuleEngine.lint(pack)).isEmpty();
        assertThat(RuleEngine.fromDirectory(pack).packs()).hasSize(1);
    }

    @Test
    void a_syntax_error_is_refused_with_file_line_and_column_and_every_error_is_listed() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "ActiveGrid( $g : grid, grid.kind == GridKind.COMMUNITY,",
                "ActiveGrid( $g : grid, grid.kind == GridKind.COMMUNITY,,");
        PackFiles.replace(pack.resolve("definitions.drl"), "insertLogical(new ActiveGrid($g));", "insertLogical(new ActiveGrid($g))) ;");
        List<RuleProblem> problems = problemsOf(pack);
        assertThat(problems).extracting(RuleProblem::file).contains(ART08, "definitions.drl");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(problems.stream().filter(p -> p.file().equals(ART08))).anySatisfy(p -> assertThat(p.column()).isPositive());
    }

    @Test
    void an_unknown_field_of_the_model_is_refused_naming_the_file_and_line() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "!$limits.residentsFit(grid.residents)", "!$limits.residentsFit(grid.inhabitants)");
        List<RuleProblem> problems = problemsOf(pack);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART08);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("inhabitants");
        });
    }

    @Test
    void a_rule_without_constraint_metadata_is_refused_naming_file_and_rule() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "@constraintId(\"ZG-08-01\") ", "");
        assertThat(problemsOf(pack)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART08);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("ZG-08-01 a community grid holds").contains("@constraintId");
        });
    }

    @Test
    void a_rule_citing_an_id_the_catalogue_lacks_is_refused() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "@constraintId(\"ZG-08-01\")", "@constraintId(\"ZG-08-09\")");
        assertThat(problemsOf(pack)).anySatisfy(p -> assertThat(p.message()).contains("ZG-08-09").contains("catalogue"));
    }

    @Test
    void a_rule_whose_severity_the_catalogue_does_not_allow_is_refused() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "@severity(\"WARNING\")", "@severity(\"VIOLATION\")");
        assertThat(problemsOf(pack)).anySatisfy(p -> assertThat(p.message()).contains("severity VIOLATION").contains("ZG-08-01"));
    }

    @Test
    void a_bad_in_force_date_is_refused() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "@inForceFrom(\"2024-02-01\")", "@inForceFrom(\"2024-02-31\")");
        assertThat(problemsOf(pack)).anySatisfy(p -> assertThat(p.message()).contains("inForceFrom").contains("2024-02-31"));
    }

    @Test
    void calls_outside_the_sandbox_are_refused_naming_the_line_before_anything_is_compiled() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "import org.wangge.kernel.model.grid.Grid;",
                "import org.wangge.kernel.model.grid.Grid;\nimport java.io.File;\nimport java.lang.reflect.Method;");
        PackFiles.replace(pack.resolve(ART08), "int nominal = params.intValue(\"grid.size.residents.nominal\");",
                "int nominal = params.intValue(\"grid.size.residents.nominal\"); System.exit(1); Runtime.getRuntime().exec(\"rm\"); new Thread().start(); Object c = Class.forName(\"x\");");
        List<RuleProblem> problems = problemsOf(pack);
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(ART08));
        assertThat(problems).extracting(RuleProblem::message).anySatisfy(m -> assertThat(m).contains("java.io.File"))
                .anySatisfy(m -> assertThat(m).contains("java.lang.reflect.Method"))
                .anySatisfy(m -> assertThat(m).contains("\"System\""))
                .anySatisfy(m -> assertThat(m).contains("\"Runtime\""))
                .anySatisfy(m -> assertThat(m).contains("\"Thread\""))
                .anySatisfy(m -> assertThat(m).contains("forName"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void words_in_comments_and_strings_do_not_trip_the_sandbox() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART08), "// Art. 8 — Size and kinds of grids.",
                "// Art. 8 — Size and kinds of grids. (System, Thread and java.io are only words here.)");
        assertThat(RuleEngine.lint(pack)).isEmpty();
    }

    @Test
    void an_invalid_parameter_file_is_refused_with_file_line_and_reason() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve("parameters.toml"), "value = 300\n", "value = \"three hundred\"\n");
        PackFiles.replace(pack.resolve("parameters.toml"), "source = \"policy-default\"   # POLICY DEFAULT, NOT IN THE TEXT\neffective-from = 2024-02-01\nnote = \"The text requires filing",
                "source = \"policy\"\neffective-from = 2024-02-01\nnote = \"The text requires filing");
        List<RuleProblem> problems = problemsOf(pack);
        String text = PackFiles.read(pack.resolve("parameters.toml"));
        int badValueLine = lineOf(text, "value = \"three hundred\"");
        int badSourceLine = lineOf(text, "source = \"policy\"");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("parameters.toml");
            assertThat(p.line()).isEqualTo(badValueLine);
            assertThat(p.message()).contains("whole number");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(badSourceLine);
            assertThat(p.message()).contains("source \"policy\"");
        });
    }

    @Test
    void a_parameter_file_that_is_not_toml_is_refused_with_the_parsers_line() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve("parameters.toml"), "value = 300\n", "value = three hundred\n");
        int line = lineOf(PackFiles.read(pack.resolve("parameters.toml")), "value = three hundred");
        assertThat(problemsOf(pack)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("parameters.toml");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("not valid TOML");
        });
    }

    @Test
    void a_parameter_file_missing_a_required_key_or_with_an_unknown_key_is_refused() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve("parameters.toml"), "citation = \"Art. 8 ¶1\"\nsource = \"text\"\neffective-from = 2024-02-01\nnote = \"常住居民户数一般为 300 户至 500 户: the lower bound.\"",
                "source = \"text\"\neffective-from = 2024-02-01\ncolour = \"blue\"");
        List<RuleProblem> problems = problemsOf(pack);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("lacks \"citation\""));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("unknown key \"colour\""));
    }

    @Test
    void a_catalogue_row_with_a_bad_citation_is_refused_with_its_line() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve("constraints.tsv"), "ZG-08-01\tArt. 8 ¶1\t", "ZG-08-01\tArticle eight\t");
        int line = lineOf(PackFiles.read(pack.resolve("constraints.tsv")), "ZG-08-01\tArticle eight");
        assertThat(problemsOf(pack)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("constraints.tsv");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("Article eight");
        });
    }

    @Test
    void a_missing_directory_is_a_clear_error() {
        assertThatThrownBy(() -> RuleEngine.fromDirectory(dir.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere").hasMessageContaining("does not exist");
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(needle);
    }
}
