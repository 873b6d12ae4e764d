package org.wangge.kernel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.io.report.DistrictResolver;
import org.wangge.kernel.io.snapshot.SnapshotRecords;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.SlicingMode;
import org.wangge.kernel.spark.internal.ExecutorState;
import org.wangge.kernel.spark.internal.FindingRows;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * The Spark job in {@code local[2]} gives exactly the findings of {@link RuleEngine#check} in one JVM (issue 16): on a
 * generated city of scale S with every constraint injected, with an amended pack directory through spark-submit's entry
 * point, and a corrupt record is refused at its file:line.
 */
class SparkCheckTest {

    private static final RuleEngine SINGLE = RuleEngine.builder().withBuiltInZigongPack().slicing(SlicingMode.NEVER).build();
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("wangge-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void a_city_of_scale_s_checked_by_spark_in_local_2_gives_the_findings_of_one_jvm(@TempDir Path dir) {
        GeneratedCity city = CityGenerator.builder().seed(16).scale(Scale.S).casesPerGrid(20).accessesPerGrid(120)
                .checkInsPerGrid(20).breachRate(0.03).minimumBreachesPerConstraint(2).generate();
        CitySnapshot s = city.snapshot();
        Path records = dir.resolve("records");
        long t0 = System.nanoTime();
        SnapshotRecords.write(s, records, 4);
        long t1 = System.nanoTime();
        CheckReport one = SINGLE.check(s, s.asOf());
        long t2 = System.nanoTime();
        int builtBefore = ExecutorState.enginesBuilt();
        List<Row> rows = SparkCheck.builder().slicesPerPass(3).build().run(spark, records.toString()).collectAsList();
        long t3 = System.nanoTime();
        System.out.printf("scale S (%d facts): records written %d ms, one JVM %d ms, Spark local[2] %d ms, %d findings%n",
                s.facts().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, rows.size());

        assertSameFindings(expectedRows(one, s), rows);
        TreeSet<String> found = rows.stream().map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).as("every constraint found").isEqualTo(new TreeSet<>(CityGenerator.CONSTRAINT_IDS));
        // local mode: the driver and the executor are one JVM, which built the built-in rule base once, before this job
        assertThat(ExecutorState.enginesBuilt()).as("rule bases built during the job").isEqualTo(builtBefore == 0 ? 1 : builtBefore);
    }

    @Test
    void an_amended_pack_directory_through_the_submit_entry_point_gives_the_findings_of_one_jvm(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("pack");
        RuleEngine.exportBuiltInPack(pack);
        Path toml = pack.resolve("parameters.toml");
        String text = Files.readString(toml);
        text = setValue(text, "pi.export.max.per-day", "50", "8");
        text = setValue(text, "case.report.limit.hours", "24", "6");
        Files.writeString(toml, text);
        RuleEngine amended = RuleEngine.builder().withPackDirectory(pack).slicing(SlicingMode.NEVER).build();
        GeneratedCity city = CityGenerator.builder().rules(amended).seed(17).grids(120).casesPerGrid(30).accessesPerGrid(150)
                .breachRate(0.04).minimumBreachesPerConstraint(1).generate();
        CitySnapshot s = city.snapshot();
        Path records = dir.resolve("records");
        SnapshotRecords.write(s, records, 2);
        Path out = dir.resolve("findings");
        int status = SparkCheckMain.run(spark, records.toString(), out.toString(), "--rules", pack.toString(),
                "--format", "parquet", "--slices", "2");
        assertThat(status).isZero();
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        CheckReport one = amended.check(s, s.asOf());
        assertThat(one.findings()).anyMatch(f -> f.constraintId().equals("ZG-13-02"));
        assertThat(SINGLE.check(s, s.asOf()).findings()).as("the amendment changes the findings").isNotEqualTo(one.findings());
        assertSameFindings(expectedRows(one, s), rows);
    }

    @Test
    void a_corrupt_record_line_is_refused_naming_its_file_and_line(@TempDir Path dir) throws Exception {
        GeneratedCity city = CityGenerator.builder().seed(5).scale(Scale.TINY).generate();
        CitySnapshot s = city.snapshot();
        Path records = dir.resolve("records");
        SnapshotRecords.write(s, records, 1);
        Path cases = SnapshotRecords.files(records, "cases").get(0);
        List<String> lines = new ArrayList<>(Files.readAllLines(cases, StandardCharsets.UTF_8));
        lines.set(3, lines.get(3).substring(0, lines.get(3).length() / 2)); // a line cut in half
        Files.write(cases, lines, StandardCharsets.UTF_8);
        Throwable bulk = catchThrowable(() -> SparkCheck.builder().build().run(spark, records.toString()).collectAsList());
        assertThat(bulk).isNotNull();
        assertThat(SparkCheckMain.rootMessage(bulk)).contains(cases + ":4:");

        Path grids = SnapshotRecords.files(records, "grids").get(0);
        List<String> g = new ArrayList<>(Files.readAllLines(grids, StandardCharsets.UTF_8));
        g.set(1, g.get(1).replaceFirst("\"households\":\\d+", "\"households\":\"many\""));
        assertThat(g.get(1)).contains("\"many\"");
        Files.write(grids, g, StandardCharsets.UTF_8);
        Throwable reference = catchThrowable(() -> SparkCheck.builder().build().run(spark, records.toString()));
        assertThat(reference).isNotNull();
        assertThat(SparkCheckMain.rootMessage(reference)).contains(grids + ":2:").contains("grids[1].households");
    }

    private static List<Row> expectedRows(CheckReport report, CitySnapshot s) {
        DistrictResolver districts = DistrictResolver.of(s, report.asOf());
        return report.findings().stream().map((Finding f) -> FindingRows.of(f, districts)).toList();
    }

    /** Equal as multisets of rows, every column compared (the evidence map by its entries). */
    private static void assertSameFindings(List<Row> expected, List<Row> actual) {
        List<String> e = expected.stream().map(SparkCheckTest::normal).sorted().toList();
        List<String> a = actual.stream().map(SparkCheckTest::normal).sorted().toList();
        if (!e.equals(a)) {
            List<String> missing = new ArrayList<>(e);
            a.forEach(missing::remove);
            List<String> extra = new ArrayList<>(a);
            e.forEach(extra::remove);
            throw new AssertionError("Spark findings differ: " + e.size() + " in one JVM, " + a.size() + " by Spark\n  missing "
                    + missing.stream().limit(5).map(SparkCheckTest::cut).toList() + "\n  extra "
                    + extra.stream().limit(5).map(SparkCheckTest::cut).toList());
        }
        assertThat(a).hasSize(expected.size());
    }

    private static String cut(String row) {
        return row.length() > 200 ? row.substring(0, 200) + "…" : row;
    }

    private static String normal(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            if (v instanceof scala.collection.Map<?, ?> m) {
                Map<String, String> sorted = new TreeMap<>();
                scala.jdk.javaapi.CollectionConverters.asJava(m).forEach((k, x) -> sorted.put(String.valueOf(k), String.valueOf(x)));
                v = sorted;
            }
            b.append(v).append(" | ");
        }
        return b.toString();
    }

    private static String setValue(String toml, String name, String from, String to) {
        String block = "name = \"" + name + "\"";
        int at = toml.indexOf(block);
        assertThat(at).as("parameter " + name).isNotNegative();
        int value = toml.indexOf("value = " + from, at);
        assertThat(value - at).as("value after " + name).isBetween(1, 300);
        return toml.substring(0, value) + "value = " + to + toml.substring(value + ("value = " + from).length());
    }
}
