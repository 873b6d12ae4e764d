package org.wangge.examples.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.scenario.ScenarioResult;
import org.wangge.kernel.testkit.scenario.ScenarioResults;
import org.wangge.kernel.testkit.scenario.ScenarioRunner;
import org.wangge.kernel.testkit.scenario.WanggeScenarios;

/**
 * The analyst's workspace: its rule directory differs from the built-in pack only in the two edits, loads
 * cleanly, and its scenarios pass with it — while the built-in pack fails exactly the scenarios that show
 * the edits.
 */
class WorkspaceTest {

    static final Path EDITS = Path.of("edits");
    static final Path SCENARIOS = Path.of("scenarios");
    static final Path RULES = Path.of("target", "rules");

    /** The scenarios that show the edits: they pass with the workspace's rules and fail with the built-in ones. */
    static final List<String> SHOW_THE_EDITS = List.of(
            "ZG-07-03 from 2026 a grid change unfiled 21 days after it took effect is overdue (grace now 20 days)",
            "ZG-08-01 a planned community grid of 200 households and 500 residents is warned before it takes effect");

    @BeforeAll
    static void prepareTheRuleDirectory() {
        Workspace.prepare(EDITS, RULES);           // as the build does (exec-maven-plugin, process-classes)
    }

    @Test
    void the_rule_directory_differs_from_the_built_in_pack_only_in_the_two_edits(@TempDir Path tmp) throws IOException {
        Path builtIn = tmp.resolve("built-in");
        RuleEngine.exportBuiltInPack(builtIn);
        Map<String, String> workspace = read(RULES);
        Map<String, String> original = read(builtIn);
        assertThat(workspace.keySet()).isEqualTo(original.keySet());

        List<String> changed = original.keySet().stream().filter(f -> !original.get(f).equals(workspace.get(f))).toList();
        assertThat(changed).containsExactlyInAnyOrder(Workspace.PARAMETER_EDIT, Workspace.RULE_EDIT);

        // parameters.toml: the built-in values untouched, one dated block added below them.
        String parameterEdit = Files.readString(EDITS.resolve(Workspace.PARAMETER_EDIT));
        assertThat(workspace.get(Workspace.PARAMETER_EDIT)).isEqualTo(original.get(Workspace.PARAMETER_EDIT) + parameterEdit);
        assertThat(parameterEdit).contains("name = \"filing.grace.days\"", "value = 20", "effective-from = 2026-01-01");
        assertThat(original.get(Workspace.PARAMETER_EDIT)).contains("value = 30");

        // art08: one rule replaced, everything else as built in.
        String ruleEdit = Files.readString(EDITS.resolve(Workspace.RULE_EDIT));
        String name = Workspace.ruleName(ruleEdit);
        assertThat(name).startsWith("ZG-08-01 ");
        assertThat(withoutRule(workspace.get(Workspace.RULE_EDIT), name))
                .isEqualTo(withoutRule(original.get(Workspace.RULE_EDIT), name));
        assertThat(workspace.get(Workspace.RULE_EDIT)).contains(ruleEdit.strip());
    }

    @Test
    void the_rule_directory_loads_without_problems() {
        assertThat(RuleEngine.lint(RULES)).isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> every_scenario_passes_with_the_workspace_rules() {
        return WanggeScenarios.withRules(RULES, SCENARIOS);
    }

    @Test
    void the_built_in_pack_fails_exactly_the_scenarios_that_show_the_edits() {
        ScenarioResults builtIn = ScenarioRunner.run(List.of(SCENARIOS), null);
        for (ScenarioResult failed : builtIn.failed()) {
            System.out.println("With the built-in pack:\n" + failed.describe());
        }
        assertThat(builtIn.failed()).extracting(r -> r.scenario().name()).containsExactlyInAnyOrderElementsOf(SHOW_THE_EDITS);

        // What the built-in pack says instead: the 2026 change is still pending, the planned grid is not judged.
        ScenarioResult grace = builtIn.results().stream().filter(r -> r.scenario().name().equals(SHOW_THE_EDITS.get(0)))
                .findFirst().orElseThrow();
        assertThat(grace.report().findings("ZG-07-03"))
                .extracting(f -> f.subject().id() + " " + f.severity()).containsExactly("GC-2026 NOTICE"); // pending: POLICY, catalogue version 2
        ScenarioResult planned = builtIn.results().stream().filter(r -> r.scenario().name().equals(SHOW_THE_EDITS.get(1)))
                .findFirst().orElseThrow();
        assertThat(planned.report().findings()).isEmpty();
    }

    private static Map<String, String> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, String> out = new TreeMap<>();
            for (Path f : files.collect(Collectors.toList())) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
            return out;
        }
    }

    /** The file with the named rule (and the comment lines right above it) cut out. */
    private static String withoutRule(String file, String name) {
        String cut = Workspace.replaceRule(file, "rule \"" + name + "\"\nend");
        return cut.replace("rule \"" + name + "\"\nend", "").replaceAll("(?m)(^//[^\n]*\n)+(?=\n|$)", "");
    }
}
