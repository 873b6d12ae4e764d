package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Issue 13, point 3: lint runs every stage and reports every problem once, at its true file:line:column, in one run.
 * The errors are written into files of their own or appended to the pack's files, at lines the test knows, so that
 * edits of the articles do not move them.
 */
class LintEveryStageTest {

    @TempDir
    Path dir;

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    static int lines(Path file) throws IOException {
        return (int) Files.readString(file, StandardCharsets.UTF_8).lines().count();
    }

    @Test
    void six_errors_in_six_stages_are_all_reported_at_their_places_in_one_run() throws IOException {
        Path pack = PackFiles.copyBuiltInPack(dir.resolve("pack"));
        // 1 parameters: a value that is not a number
        int paramsAt = lines(pack.resolve("parameters.toml")) + 4;
        append(pack.resolve("parameters.toml"), "\n[[parameter]]\nname = \"probe.limit\"\nvalue = \"three hundred\"\nunit = \"days\"\n"
                + "citation = \"Art. 7 ¶2\"\nsource = \"policy-default\"\neffective-from = 2024-02-01\n");
        // 2 catalogue: a citation that is not one
        int catalogueAt = lines(pack.resolve("constraints.tsv")) + 1;
        append(pack.resolve("constraints.tsv"), "ZG-99-01\tArt. 99x\tTEXT\tshall\tVIOLATION\t2024-02-01\tA probe.\t“探针”\n");
        // 3 table: a department kind that does not exist, in column 3
        String routing = Files.readString(pack.resolve("routing.drl.csv"), StandardCharsets.UTF_8);
        int tableAt = (int) routing.lines().count() + (routing.endsWith("\n") ? 1 : 2);
        append(pack.resolve("routing.drl.csv"), (routing.endsWith("\n") ? "" : "\n") + ",true,PUBLIK_SECURITY,,ResponsibleDepartment: probe,Art. 23\n");
        // 4 sandbox, 5 compilation, 6 metadata: a file each, the error on a known line
        Files.writeString(pack.resolve("zz-probe-sandbox.drl"), """
                package org.wangge.kernel.rules.zigong

                import org.wangge.kernel.rules.facts.ActiveGrid;

                rule "probe sandbox"
                    @definition("probe") @citation("Art. 12 ¶1")
                when
                    ActiveGrid( $g : grid )
                then
                    Math.abs(1); System.exit(1);
                end
                """);
        Files.writeString(pack.resolve("zz-probe-compile.drl"), """
                package org.wangge.kernel.rules.zigong

                import org.wangge.kernel.model.grid.Grid;

                rule "probe compile"
                    @definition("probe") @citation("Art. 8 ¶1")
                when
                    Grid( houshold > 500 )
                then
                end
                """);
        Files.writeString(pack.resolve("zz-probe-metadata.drl"), """
                package org.wangge.kernel.rules.zigong

                import org.wangge.kernel.model.grid.Grid;

                rule "probe metadata"
                    @constraintId("ZG-08-01") @citation("Art. 8 ¶1") @severity("WARNING") @inForceFrom("2024-02-01")
                when
                    Grid( households > 5000 )
                then
                end
                """);

        List<RuleProblem> problems = RuleEngine.lint(pack);

        assertThat(problems).extracting(RuleProblem::toString).as(problems.toString()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("constraints.tsv:" + catalogueAt + ":1: citation \"Art. 99x\""),
                p -> assertThat(p).startsWith("parameters.toml:" + paramsAt + ":1: value \"three hundred\" of probe.limit"),
                p -> assertThat(p).startsWith("routing.drl.csv:" + tableAt + ":3: \"PUBLIK_SECURITY\" is not a DepartmentKind; "
                        + "did you mean PUBLIC_SECURITY?"),
                p -> assertThat(p).startsWith("zz-probe-sandbox.drl:10:18: \"System\" is not allowed in rule files"),
                p -> assertThat(p).startsWith("zz-probe-sandbox.drl:10:25: \"exit(\" is not allowed in rule files"),
                // (a file the text check refused is left out of the rebuilds: its problems are not repeated by the bytecode check)
                p -> assertThat(p).startsWith("zz-probe-compile.drl:8:11: no field \"houshold\" on Grid; did you mean \"households\"?"),
                p -> assertThat(p).startsWith("zz-probe-metadata.drl:5:1: rule \"probe metadata\" lacks @basis"));
    }
}
