package org.wangge.kernel.testkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;

/** The assertion of the sliced and streamed checks' tests: the same report as one session, or the first differences. */
public final class SameFindings {

    private SameFindings() {
    }

    /**
     * @param expected the one-session check's report
     * @param actual   the report of another path
     * @param path     how the other path is named in the message, e.g. {@code sliced}
     */
    public static void assertSameFindings(CheckReport expected, CheckReport actual, String path) {
        if (!expected.findings().equals(actual.findings())) {
            Set<Finding> missing = new LinkedHashSet<>(expected.findings());
            actual.findings().forEach(missing::remove);
            Set<Finding> extra = new LinkedHashSet<>(actual.findings());
            expected.findings().forEach(extra::remove);
            StringBuilder b = new StringBuilder(path + " findings differ: " + expected.findings().size() + " in one session, "
                    + actual.findings().size() + " " + path + "\n");
            missing.stream().limit(10).forEach(f -> b.append("  missing ").append(f.rule()).append(' ').append(f.subject()).append('\n'));
            extra.stream().limit(10).forEach(f -> b.append("  extra   ").append(f.rule()).append(' ').append(f.subject()).append('\n'));
            throw new AssertionError(b.toString());
        }
        assertEquals(expected, actual);
    }
}
