package org.wangge.kernel.spark;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The java block of docs/spark.md, compiled here against kernel-spark's real API (examples/embedding's DocSnippetsTest
 * checks that the doc shows exactly this region; the embedding example has no Spark on its class path). Not run: it
 * names a cluster's HDFS paths; SparkCheckTest runs the same calls on local files.
 */
final class SparkDocSnippet {

    private SparkDocSnippet() {
    }

    static void checkOneCity() {
        // doc:begin spark.md#1
        SparkSession spark = SparkSession.builder().getOrCreate();
        Dataset<Row> findings = SparkCheck.builder().pack(Path.of("my-pack")).slicesPerPass(20).build()
                .run(spark, "hdfs:///wangge/records/510300/2025-06-30");
        findings.write().parquet("hdfs:///wangge/findings/510300/2025-06-30");
        // doc:end
    }
}
