package org.wangge.kernel.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wangge.kernel.spark.internal.FindingRows;
import org.wangge.kernel.spark.internal.PackFiles;
import org.wangge.kernel.spark.internal.SparkJob;

/**
 * 网格检查 on Spark: the check of a city's snapshot as a Spark job, with the same findings as
 * {@code RuleEngine.check} in one JVM. The snapshot is a records directory ({@code SnapshotRecords} of kernel-io: a
 * header and a directory of JSON-lines files per kind of record, on any file system Spark reads); the reference facts
 * (divisions, grids, workers…) are broadcast, the bulk facts (cases, accesses, check-ins…) are grouped by the slices of the
 * pack's {@code SlicePlan}, each group is checked in one session on an executor, and the rule base is built once per
 * executor JVM. See {@code docs/spark.md}.
 *
 * <pre>{@code
 * Dataset<Row> findings = SparkCheck.builder().pack(Path.of("my-pack")).build()
 *         .run(spark, "hdfs:///wangge/510300/2025-03-31");
 * findings.write().parquet("hdfs:///wangge/findings/510300/2025-03-31");
 * }</pre>
 *
 * <p>Spark's {@code SparkSession}, {@code Dataset} and {@code Row} are the only third-party types of this API (a Spark job
 * has no other way in or out); the rows' columns are {@link #columns()}.
 */
public final class SparkCheck {

    private final PackFiles pack;
    private final LocalDate asOf;
    private final int slicesPerPass;

    private SparkCheck(Builder b) {
        this.pack = b.pack;
        this.asOf = b.asOf;
        this.slicesPerPass = b.slicesPerPass;
    }

    /** @return a builder (the built-in Zigong pack, the header's as-of date, slices from the default parallelism) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The findings of a records directory. Reads the header and the reference records at once (problems of theirs are
     * thrown here); the rest runs when the dataset is used (problems of bulk records are thrown then, in a
     * {@code SparkException} whose message names the record's file:line:column).
     *
     * @param spark   the session
     * @param records the records directory: a path or URI Spark reads ({@code file:}, {@code hdfs:}, {@code s3a:}…)
     * @return the findings, one row per finding, in no particular order, with personal data masked
     * @throws org.wangge.kernel.io.snapshot.SnapshotFileException when the header is not valid
     * @throws IllegalArgumentException when the directory is no records directory
     */
    public Dataset<Row> run(SparkSession spark, String records) {
        return SparkJob.run(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(records, "records"), pack, asOf,
                slicesPerPass);
    }

    /**
     * @return the columns of the findings dataset: constraintId, citation, citationZh, article, paragraph, item, severity,
     *         subjectKind, subjectId, asOf, occurredOn, messageZh, messageEn, evidence (a map), consequence, rule, ruleFile,
     *         basis, suspected, district, township (the fields of a finding in the JSON report)
     */
    public static List<String> columns() {
        return FindingRows.columns();
    }

    /** Options of a Spark check. */
    public static final class Builder {
        private PackFiles pack = PackFiles.BUILT_IN;
        private LocalDate asOf;
        private int slicesPerPass;

        private Builder() {
        }

        /** @return this builder, with the built-in Zigong pack (the default) */
        public Builder builtInPack() {
            this.pack = PackFiles.BUILT_IN;
            return this;
        }

        /**
         * @param directory a pack directory on the driver's file system (e.g. from {@code wangge export-rules}, amended):
         *                  its files are read now and sent to the executors with the job
         * @return this builder
         * @throws IllegalArgumentException when it is no directory
         */
        public Builder pack(Path directory) {
            this.pack = PackFiles.of(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * @param day the day of the check; null (the default) for the as-of date of the records' header
         * @return this builder
         */
        public Builder asOf(LocalDate day) {
            this.asOf = day;
            return this;
        }

        /**
         * @param slices how many groups (tasks) each pass of the pack is cut into; 0 (the default) for twice Spark's
         *               default parallelism. Each group's session holds its bulk facts and all the reference facts.
         * @return this builder
         */
        public Builder slicesPerPass(int slices) {
            if (slices < 0) {
                throw new IllegalArgumentException("slices must not be negative: " + slices);
            }
            this.slicesPerPass = slices;
            return this;
        }

        /** @return the check */
        public SparkCheck build() {
            return new SparkCheck(this);
        }
    }
}
