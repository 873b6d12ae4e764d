package org.wangge.examples.host;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.wangge.kernel.testkit.scenario.WanggeScenarios;

/**
 * Our own scenario files (src/test/scenarios): what the Measures say about changes our system makes.
 * One JUnit container per file, one test per scenario; a failure prints what was expected, what came,
 * and the evidence of each unexpected finding.
 */
class OurScenariosTest {

    @TestFactory
    Stream<DynamicNode> the_measures_hold_for_our_scenarios() {
        return WanggeScenarios.in(Path.of("src/test/scenarios"));
    }
}
