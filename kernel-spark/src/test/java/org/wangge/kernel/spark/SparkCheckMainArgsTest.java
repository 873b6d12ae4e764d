package org.wangge.kernel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Wrong arguments of the spark-submit entry point: status 2 and a usage line, before any Spark session is made. */
class SparkCheckMainArgsTest {

    @Test
    void wrong_arguments_give_status_2_and_the_usage() {
        assertThat(err(() -> assertThat(SparkCheckMain.run(null, "only-one")).isEqualTo(2)))
                .contains("give the records directory and the output directory").contains("usage: SparkCheckMain");
        assertThat(err(() -> assertThat(SparkCheckMain.run(null, "in", "out", "--format", "csv")).isEqualTo(2)))
                .contains("--format is json or parquet, not csv");
        assertThat(err(() -> assertThat(SparkCheckMain.run(null, "in", "out", "--as-of", "2025-02-30")).isEqualTo(2)))
                .contains("2025-02-30");
        assertThat(err(() -> assertThat(SparkCheckMain.run(null, "in", "out", "--colour")).isEqualTo(2)))
                .contains("unknown option --colour");
    }

    private static String err(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setErr(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
