package org.wangge.kernel.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit entry point ({@code --class org.wangge.kernel.spark.SparkCheckMain}):
 * <pre>
 * SparkCheckMain RECORDS_DIR OUTPUT_DIR [--rules PACK_DIR] [--as-of YYYY-MM-DD] [--format json|parquet] [--slices N]
 * </pre>
 * checks the records directory and writes its findings to OUTPUT_DIR (which must not exist) as JSON lines (the
 * default) or Parquet, then prints the number of findings by severity. Exit status: 0 done, 2 wrong arguments, 1 the
 * check failed (its cause printed, e.g. a record's file:line). See {@code docs/spark.md}.
 */
public final class SparkCheckMain {

    private SparkCheckMain() {
    }

    /**
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status;
        try {
            status = run(null, args);
        } catch (RuntimeException e) {
            System.err.println("wangge spark check failed: " + rootMessage(e));
            status = 1;
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the job in a session (or a new one from spark-submit's settings when {@code spark} is null).
     *
     * @param spark the session, or null
     * @param args  the arguments
     * @return the exit status: 0, or 2 for wrong arguments
     */
    public static int run(SparkSession spark, String... args) {
        List<String> positional = new ArrayList<>();
        SparkCheck.Builder check = SparkCheck.builder();
        String format = "json";
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--rules" -> check.pack(Path.of(value(args, ++i, a)));
                    case "--as-of" -> check.asOf(LocalDate.parse(value(args, ++i, a)));
                    case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--slices" -> check.slicesPerPass(Integer.parseInt(value(args, ++i, a)));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        positional.add(a);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("give the records directory and the output directory");
            }
            if (!format.equals("json") && !format.equals("parquet")) {
                throw new IllegalArgumentException("--format is json or parquet, not " + format);
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.println("wangge spark check: " + e.getMessage());
            System.err.println("usage: SparkCheckMain RECORDS_DIR OUTPUT_DIR [--rules PACK_DIR] [--as-of YYYY-MM-DD]"
                    + " [--format json|parquet] [--slices N]");
            return 2;
        }
        SparkSession session = spark != null ? spark : SparkSession.builder().appName("wangge check " + positional.get(0)).getOrCreate();
        long t0 = System.nanoTime();
        Dataset<Row> findings = check.build().run(session, positional.get(0)).cache();
        findings.write().format(format).save(positional.get(1));
        List<Row> counts = findings.groupBy("severity").count().orderBy("severity").collectAsList();
        long total = counts.stream().mapToLong(r -> r.getLong(1)).sum();
        StringBuilder b = new StringBuilder();
        counts.forEach(r -> b.append(' ').append(r.getString(0)).append('=').append(r.getLong(1)));
        System.out.printf(Locale.ROOT, "wangge spark check: %d findings (%s) in %s, %d ms%n", total, b.toString().strip(),
                positional.get(1), (System.nanoTime() - t0) / 1_000_000);
        findings.unpersist();
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** @return the message of the innermost cause that has one (a SnapshotFileException's names file:line) */
    static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
