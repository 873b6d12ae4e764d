package org.wangge.examples.check;

import static org.wangge.kernel.testkit.ReportAssert.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;

/** The host's own test, with the test kit (in test scope) asserting on the report of its snapshot files. */
class CheckSnapshotTest {

    private static final RuleEngine ENGINE = RuleEngine.zigong();

    @Test
    void the_sample_city_complies() {
        CheckReport report = CheckSnapshot.check(Path.of("../snapshots/compliant-city.yaml"), ENGINE);
        assertThat(report).hasNoViolations();
    }

    @Test
    void a_community_grid_too_small_is_a_warning_on_that_grid() {
        CheckReport report = CheckSnapshot.check(Path.of("src/test/resources/small-grid-city.yaml"), ENGINE);
        assertThat(report).hasWarning("ZG-08-01").on("G-COMM-1");
    }
}
