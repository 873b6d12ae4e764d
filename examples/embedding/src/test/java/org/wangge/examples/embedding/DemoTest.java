package org.wangge.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the demo in-process, as {@code java -jar wangge-demo.jar} does, and reads what it prints. */
class DemoTest {

    static String output;

    @BeforeAll
    static void runTheDemo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Demo.run(new String[0], out);
        }
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void it_generates_the_sample_city_and_finds_exactly_the_injected_breaches() {
        assertThat(output)
                .contains("== 1. The city: generated (seed " + Demo.SEED)
                .contains("Wangge compliance check — jurisdiction 510300, as of 2025-06-30")
                .contains("The check found exactly the " + Demo.INJECTED.size() + " breaches the generator injected.")
                .doesNotContain("MISMATCH");
        for (String constraint : Demo.INJECTED) {
            assertThat(output).contains("  " + constraint + "  ");
        }
    }

    @Test
    void the_report_shows_no_personal_data_in_clear() {
        assertThat(output).doesNotContainPattern("\\d{17}[\\dX]");       // resident ID numbers
        assertThat(output).doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");   // mobile numbers
    }

    @Test
    void the_case_goes_through_every_step_to_closed_and_its_audit_trail_says_so() {
        assertThat(output).contains("state: CLOSED").contains("overdue false");
        Matcher m = Pattern.compile("(?m)^\\s+\\d{4}-\\d{2}-\\d{2}T\\S+ (\\w+) by ").matcher(output);
        List<String> actions = m.results().map(r -> r.group(1)).toList();
        assertThat(actions).containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
        assertThat(output).contains("2025-06-30T09:00 COLLECTED by ").contains("(ZG-15-02): assigned to ");
    }
}
