package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.internal.BuiltInEngine;

/**
 * Issue 14: the Chinese page is wholly Chinese, evidence included. Every evidence key a finding of the built-in pack
 * carries (a generated city with all 42 constraints injected) has a label in report-labels.tsv; a key without one
 * would show as a camelCase word on the Chinese page. (In kernel-testkit because it needs the generator; in
 * kernel-io's package to read the labels the page uses.)
 */
class EvidenceLabelsTest {

    @Test
    void every_evidence_key_of_every_constraint_has_a_label_on_the_chinese_page() {
        GeneratedCity city = CityGenerator.builder().seed(5).grids(60).casesPerGrid(20).accessesPerGrid(80)
                .breachRate(0.02).minimumBreachesPerConstraint(1).generate();
        CheckReport report = BuiltInEngine.get().check(city.snapshot(), city.snapshot().asOf());
        ReportLabels labels = ReportLabels.shared();
        Set<String> unlabelled = new TreeSet<>();
        Set<String> constraints = new TreeSet<>();
        for (Finding f : report.findings()) {
            constraints.add(f.constraintId());
            for (String key : f.evidence().keySet()) {
                if (!labels.knowsEvidenceKey(key)) {
                    unlabelled.add(key + " (" + f.constraintId() + ")");
                }
            }
        }
        assertThat(constraints).hasSize(CityGenerator.CONSTRAINT_IDS.size());
        assertThat(unlabelled).as("evidence keys without a row in kernel-io's report-labels.tsv").isEmpty();
    }
}
