package org.wangge.kernel.testkit.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs scenario files as JUnit 5 dynamic tests, one container per file and one test per scenario:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> the_measures_hold_for_our_scenarios() {
 *     return WanggeScenarios.in(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * A failing scenario fails its test with what was expected, what came and the evidence of each
 * unexpected finding.
 */
public final class WanggeScenarios {

    private WanggeScenarios() {
    }

    /**
     * @param paths scenario files or directories of them
     * @return the dynamic tests
     */
    public static Stream<DynamicNode> in(Path... paths) {
        return withRules(null, paths);
    }

    /**
     * @param rules a rule directory for scenarios that name none, or null for the built-in pack
     * @param paths scenario files or directories of them
     * @return the dynamic tests
     */
    public static Stream<DynamicNode> withRules(Path rules, Path... paths) {
        return ScenarioFiles.find(List.of(paths)).stream().map(file -> {
            List<Scenario> scenarios = ScenarioFiles.read(file);
            // No file URIs as test sources: build tools that filter by class (surefire -Dtest=…) would drop them.
            return DynamicContainer.dynamicContainer(file.getFileName().toString(),
                    scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
                        ScenarioResult result = ScenarioRunner.run(s, rules);
                        if (!result.passed()) {
                            throw new AssertionError(result.describe());
                        }
                    })));
        });
    }
}
