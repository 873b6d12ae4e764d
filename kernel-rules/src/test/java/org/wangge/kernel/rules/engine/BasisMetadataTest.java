package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Issue 11: the pack refuses at load, naming file and line, a constraint rule without {@code @basis}, a basis the
 * catalogue does not allow, a severity that contradicts basis and verb, a POLICY rule without {@code @policy} or
 * naming an unknown parameter or table, and a template key messages.tsv does not have. One copy of the pack carries
 * every defect, so one compilation shows that all are reported at once.
 */
class BasisMetadataTest {

    private static final String ART07 = "art07-grid-division.drl";
    private static final String ART08 = "art08-grid-size-and-kinds.drl";
    private static final String ART12 = "art12-grid-workers.drl";
    private static final String ART09 = "art09-service-matters.drl";
    private static final String ART11 = "art11-department-engagement.drl";

    @TempDir
    Path dir;

    @Test
    void every_basis_defect_is_refused_with_its_file_and_line() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        // no @basis at all
        PackFiles.replace(pack.resolve(ART12), "@severity(\"VIOLATION\") @basis(\"TEXT\")", "@severity(\"VIOLATION\")");
        // a basis the catalogue does not allow for ZG-07-04 (TEXT only)
        PackFiles.replace(pack.resolve(ART07), "@constraintId(\"ZG-07-04\") @citation(\"Art. 7 ¶3\") @severity(\"VIOLATION\") @basis(\"TEXT\")",
                "@constraintId(\"ZG-07-04\") @citation(\"Art. 7 ¶3\") @severity(\"VIOLATION\") @basis(\"INDICATOR\")");
        // TEXT with a "lists" verb (Art. 9) declared VIOLATION: the text commands nothing there
        PackFiles.replace(pack.resolve(ART09), "@severity(\"WARNING\") @basis(\"TEXT\")", "@severity(\"VIOLATION\") @basis(\"TEXT\")");
        // POLICY declared VIOLATION (only the engine raises it) and POLICY without @policy
        String text07 = PackFiles.read(pack.resolve(ART07));
        PackFiles.write(pack.resolve(ART07), text07.replaceFirst(
                "@severity\\(\"WARNING\"\\) @basis\\(\"POLICY\"\\)\\s*\\n\\s*@policy\\(\"filing.grace.days\"\\)",
                "@severity(\"VIOLATION\") @basis(\"POLICY\")"));
        // a parameter no file defines, and a table no [[table]] declares
        PackFiles.replace(pack.resolve(ART08), "@policy(\"grid.size.residents.tolerance.percent\")", "@policy(\"grid.size.residents.slack,table:zoning\")");
        // a template key messages.tsv lacks
        PackFiles.replace(pack.resolve(ART11), "@constraintId(\"ZG-11-02\")", "@message(\"ZG-11-02.nowhere\") @constraintId(\"ZG-11-02\")");

        List<RuleProblem> problems = RuleEngine.lint(pack);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART12);
            assertThat(p.line()).isEqualTo(lineOfRule(pack, ART12, "ZG-12-01"));
            assertThat(p.message()).contains("lacks @basis");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART07);
            assertThat(p.line()).isEqualTo(lineOfRule(pack, ART07, "ZG-07-04"));
            assertThat(p.message()).contains("basis INDICATOR").contains("allows ZG-07-04 only [TEXT]");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART09);
            assertThat(p.message()).contains("declares severity VIOLATION but basis TEXT with verb lists gives WARNING");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART07);
            assertThat(p.line()).isEqualTo(lineOfRule(pack, ART07, "ZG-07-03 a grid change not filed with the city agency after"));
            assertThat(p.message()).contains("declares severity VIOLATION but basis POLICY").contains("adopted-by");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("has basis POLICY but no @policy"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART08);
            assertThat(p.message()).contains("parameter \"grid.size.residents.slack\", which parameters.toml does not define");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("table:zoning").contains("no [[table]]"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART11);
            assertThat(p.message()).contains("messages.tsv has no template \"ZG-11-02.nowhere\"");
        });
    }

    @Test
    void notice_is_refused_where_the_catalogue_does_not_give_it() {
        Path pack = PackFiles.copyBuiltInPack(dir);
        PackFiles.replace(pack.resolve(ART12), "@severity(\"VIOLATION\") @basis(\"TEXT\")", "@severity(\"NOTICE\") @basis(\"TEXT\")");
        assertThat(RuleEngine.lint(pack)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(ART12);
            assertThat(p.message()).contains("severity NOTICE but the catalogue gives ZG-12-01 severity [VIOLATION]");
        });
    }

    /** @return the line of the first rule whose name starts with the prefix */
    private static int lineOfRule(Path pack, String file, String prefix) {
        return RulePackLoadingTest.lineOf(PackFiles.read(pack.resolve(file)), "rule \"" + prefix);
    }
}
