package org.wangge.kernel.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;

/**
 * Every route out of the sandbox that was tried as an attacker would (issue 17), one file each in
 * {@code attacks/}: each is refused by lint and at load by the check on the compiled code (whatever the text check
 * says first), naming the attack file, a line and the member, and nothing happened: no marker file (a process or a
 * write would make it), no system property, and the test JVM is still here (two attacks call System.exit).
 */
class AttackSuiteTest {

    /** The phrase of a refusal by the compiled-code check. */
    static final String COMPILED_REFUSAL = "which rules may not";

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    static List<String> attacks() {
        return AttackPacks.files("attacks");
    }

    @AfterEach
    void no_property_was_set() {
        assertThat(System.getProperty("wangge.attack")).isNull();
        assertThat(System.getProperty("wangge.x")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void each_attack_is_refused_by_lint_and_at_load_naming_file_line_and_member_and_has_no_effect(String attack) {
        Path marker = elsewhere.resolve("marker");
        Path pack = AttackPacks.pack(dir, "attacks", attack, marker);
        List<RuleProblem> lint = RuleEngine.lint(pack);
        assertRefusedByCompiledCheck(attack, lint);
        assertThatThrownBy(() -> RuleEngine.fromDirectory(pack)).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertRefusedByCompiledCheck(attack, ((RulePackException) e).problems()));
        assertThat(marker).doesNotExist();
        System.out.println("ATTACK " + attack + " -> " + lint.stream().filter(p -> p.message().contains(COMPILED_REFUSAL)).findFirst().orElseThrow());
    }

    @Test
    void an_xlsx_decision_table_is_checked_like_any_rule_file() {
        Path marker = elsewhere.resolve("marker");
        Path pack = AttackPacks.pack(dir, "attacks", "escape-split-token.drl", marker);
        try {
            Files.delete(pack.resolve("escape-split-token.drl"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AttackPacks.xlsxTable(pack, marker);
        List<RuleProblem> lint = RuleEngine.lint(pack);
        assertThat(lint).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("xlsx-table.drl.xlsx");
            assertThat(p.line()).isEqualTo(9); // the row of the rule (spreadsheet rows count from 1)
            assertThat(p.column()).isEqualTo(2); // column B, where the action's code is
            assertThat(p.message()).contains("org.apache.commons.io.FileUtils").contains(COMPILED_REFUSAL);
        });
        assertThatThrownBy(() -> RuleEngine.fromDirectory(pack)).isInstanceOf(RulePackException.class);
        assertThat(marker).doesNotExist();
        System.out.println("ATTACK xlsx-table.drl.xlsx -> " + lint.get(0));
    }

    @Test
    void the_list_of_attacks_names_every_file_of_the_folder() throws IOException, URISyntaxException {
        Path folder = Path.of(AttackSuiteTest.class.getClassLoader().getResource("attacks/INDEX").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("INDEX") && !n.equals("_pack")).sorted().toList();
            assertThat(attacks()).containsExactlyElementsOf(present);
        }
        assertThat(attacks()).hasSizeGreaterThanOrEqualTo(35);
    }

    private static void assertRefusedByCompiledCheck(String attack, List<RuleProblem> problems) {
        assertThat(problems).as("problems of " + attack).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(attack);
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.message()).contains(COMPILED_REFUSAL);
        });
    }
}
