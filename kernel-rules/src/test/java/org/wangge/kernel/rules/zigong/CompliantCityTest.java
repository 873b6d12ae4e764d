package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;

/** The fixture every rule test starts from must comply with every constraint, or no test can be trusted. */
class CompliantCityTest extends RuleTestSupport {

    @Test
    void the_compliant_city_has_no_findings_under_any_article() {
        var report = check(CompliantCity.snapshot());
        assertThat(report.findings()).as("findings on the compliant fixture").isEmpty();
    }

    @Test
    void the_compliant_city_has_no_dangling_references() {
        assertThat(CompliantCity.snapshot().referenceProblems()).isEmpty();
    }
}
