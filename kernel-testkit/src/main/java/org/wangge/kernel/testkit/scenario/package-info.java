/**
 * Scenario files for policy analysts and host test suites: a snapshot, a check date and the findings
 * expected, run by {@link org.wangge.kernel.testkit.scenario.ScenarioRunner}, from JUnit with
 * {@link org.wangge.kernel.testkit.scenario.WanggeScenarios}, or from the {@code wangge test} command.
 */
package org.wangge.kernel.testkit.scenario;
