package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.process.support.FlowCoverage;

/**
 * Every sequence flow of every process is taken by some test. Runs after every other test class
 * (junit-platform.properties orders classes by {@link Order}); writes {@code target/flow-coverage.txt} and fails
 * below 100 %, listing the flows no test took.
 */
@Order(Integer.MAX_VALUE)
class FlowCoverageTest {

    @Test
    void every_sequence_flow_of_every_process_is_taken_by_some_test() throws IOException {
        Set<String> taken = FlowCoverage.taken();
        // Not an assumption: a coverage test that skips itself when nothing was recorded would pass a build in which no
        // process test ran. Run it with the whole kernel-process suite (it is ordered last).
        assertThat(taken).as("no sequence flow was recorded: flow coverage is collected across the whole kernel-process suite,"
                + " run all its tests (not this class alone)").isNotEmpty();
        Map<String, Set<String>> all = FlowCoverage.all();
        List<String> report = new ArrayList<>();
        Set<String> untaken = new TreeSet<>();
        int total = 0;
        int covered = 0;
        for (Map.Entry<String, Set<String>> file : all.entrySet()) {
            Set<String> missing = new TreeSet<>(file.getValue());
            missing.removeAll(taken);
            int n = file.getValue().size();
            total += n;
            covered += n - missing.size();
            untaken.addAll(missing);
            report.add(String.format("%-32s %3d/%3d sequence flows taken%s", file.getKey(), n - missing.size(), n,
                    missing.isEmpty() ? "" : "; untaken: " + missing));
        }
        String summary = String.format("TOTAL %d/%d sequence flows taken (%.1f %%)", covered, total, 100.0 * covered / total);
        report.add(summary);
        Path out = Path.of("target", "flow-coverage.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.out.println(String.join(System.lineSeparator(), report));
        assertThat(untaken).as("sequence flows no test took (%s)", summary).isEmpty();
    }
}
