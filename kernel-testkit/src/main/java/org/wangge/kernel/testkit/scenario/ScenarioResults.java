package org.wangge.kernel.testkit.scenario;

import java.util.List;

/**
 * The outcome of a run of scenario files.
 *
 * @param results every scenario's result, in file order
 */
public record ScenarioResults(List<ScenarioResult> results) {

    /** Copies the list. */
    public ScenarioResults {
        results = List.copyOf(results);
    }

    /** @return the scenarios that passed */
    public List<ScenarioResult> passed() {
        return results.stream().filter(ScenarioResult::passed).toList();
    }

    /** @return the scenarios that failed */
    public List<ScenarioResult> failed() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return whether every scenario passed */
    public boolean allPassed() {
        return failed().isEmpty();
    }
}
