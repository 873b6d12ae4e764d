package org.wangge.kernel.spark.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wangge.kernel.io.report.DistrictResolver;
import org.wangge.kernel.io.snapshot.SnapshotFileException;
import org.wangge.kernel.io.snapshot.SnapshotRecords;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.SliceKey;
import org.wangge.kernel.rules.SlicePlan;
import scala.Tuple2;

/**
 * The sliced check of {@link SlicePlan} as a Spark job over a records directory ({@link SnapshotRecords}):
 * <ol>
 *   <li>driver: the header, the kinds present, and which are reference kinds (by a first record of each);</li>
 *   <li>the reference records are read by tasks, validated, collected and broadcast (as lines);</li>
 *   <li>the bulk records are read by tasks, one per file or group of small files; each is keyed by its group: for each
 *       {@link SliceKey}, {@code pass/bucket}; and {@link SlicePlan#WHOLE_CITY} when the whole-city pass reads it;</li>
 *   <li>{@code groupByKey}: each group is one session on an executor, with the reference facts parsed once per executor
 *       and the rule base built once per executor ({@link ExecutorState});</li>
 *   <li>the findings, as rows ({@link FindingRows}), equal findings dropped.</li>
 * </ol>
 */
public final class SparkJob {

    private static final String SEP = "/";

    private SparkJob() {
    }

    /**
     * @param spark         the session
     * @param records       the records directory (any Hadoop file system URI, or a local path)
     * @param pack          the pack
     * @param asOf          the day of the check, or null for the header's
     * @param slicesPerPass slices per pass, or 0 for twice the default parallelism
     * @return the findings
     */
    public static Dataset<Row> run(SparkSession spark, String records, PackFiles pack, LocalDate asOf, int slicesPerPass) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(records);
        CitySnapshot header = readHeader(root, conf);
        LocalDate day = asOf != null ? asOf : header.asOf();
        String jurisdiction = header.jurisdiction();
        RuleEngine engine = ExecutorState.engine(pack); // on the driver too: a pack without slicing.toml fails here
        SlicePlan plan = engine.slicePlan(day);
        int slices = slicesPerPass > 0 ? slicesPerPass : Math.max(1, 2 * jsc.defaultParallelism());

        Map<String, Boolean> kinds = kinds(root, conf, plan); // kind -> is reference
        List<String> referenceDirs = new ArrayList<>();
        List<String> bulkDirs = new ArrayList<>();
        kinds.forEach((kind, reference) -> (reference ? referenceDirs : bulkDirs).add(new org.apache.hadoop.fs.Path(root, kind).toString()));

        Broadcast<PackFiles> packB = jsc.broadcast(pack);
        int minPartitions = jsc.defaultParallelism();
        List<RecordLine> referenceLines = referenceDirs.isEmpty() ? List.of()
                : jsc.binaryFiles(String.join(",", referenceDirs), minPartitions).flatMap(f -> lines(f._1(), f._2()).iterator()).collect();
        Broadcast<List<RecordLine>> referenceB = jsc.broadcast(new ArrayList<>(referenceLines));
        long referenceId = referenceB.id();

        JavaPairRDD<String, RecordLine> keyed = bulkDirs.isEmpty() ? jsc.<String, RecordLine>parallelizePairs(List.of())
                : jsc.binaryFiles(String.join(",", bulkDirs), minPartitions).flatMapToPair(f -> {
                    SlicePlan p = ExecutorState.engine(packB.value()).slicePlan(day);
                    List<Tuple2<String, RecordLine>> out = new ArrayList<>();
                    for (RecordLine l : lines(f._1(), f._2())) {
                        Object fact = ExecutorState.parse(List.of(l)).get(0);
                        for (SliceKey k : p.sliceKeys(fact)) {
                            out.add(new Tuple2<>(k.pass() + SEP + SlicePlan.bucket(k.key(), slices), l));
                        }
                        if (p.isWholeCityInput(fact)) {
                            out.add(new Tuple2<>(SlicePlan.WHOLE_CITY, l));
                        }
                    }
                    return out.iterator();
                });
        // The whole-city pass runs even when it reads no bulk fact: its group is seeded with a marker line.
        JavaPairRDD<String, RecordLine> seeded = keyed.union(jsc.parallelizePairs(List.of(new Tuple2<>(SlicePlan.WHOLE_CITY,
                new RecordLine("", "", 0, "")))));
        int groups = plan.passes().size() * slices + 1;
        JavaRDD<Row> rows = seeded.groupByKey(groups).flatMap(group -> {
            RuleEngine e = ExecutorState.engine(packB.value());
            List<Object> reference = ExecutorState.reference(referenceId, referenceB::value);
            List<RecordLine> lines = new ArrayList<>();
            for (RecordLine l : group._2()) {
                if (!l.kind().isEmpty()) {
                    lines.add(l);
                }
            }
            List<Object> bulk = ExecutorState.parse(lines);
            String key = group._1();
            List<Finding> findings = key.equals(SlicePlan.WHOLE_CITY) ? e.checkWholeCity(reference, bulk, day)
                    : e.checkSlice(key.substring(0, key.lastIndexOf(SEP)), reference, bulk, day);
            if (findings.isEmpty()) {
                return java.util.Collections.emptyIterator();
            }
            DistrictResolver districts = DistrictResolver.of(CitySnapshot.builder(jurisdiction, day).addAll(reference)
                    .addAll(bulk).build(), day);
            List<Row> out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                out.add(FindingRows.of(f, districts));
            }
            return out.iterator();
        }).distinct(Math.max(1, minPartitions));
        return spark.createDataFrame(rows, FindingRows.SCHEMA);
    }

    /** Every non-blank line of a record file (others than {@code *.jsonl} give none), validated by parsing it. */
    static List<RecordLine> lines(String path, PortableDataStream stream) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        if (!p.getName().endsWith(SnapshotRecords.SUFFIX)) {
            return List.of();
        }
        String kind = p.getParent().getName();
        String file = displayName(path);
        List<RecordLine> out = new ArrayList<>();
        try (InputStream in = stream.open()) {
            SnapshotRecords.Parser parser = SnapshotRecords.parser(kind, file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16);
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank()) {
                    parser.parse(line, n);
                    out.add(new RecordLine(kind, file, n, line));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SnapshotFileException(List.of(new org.wangge.kernel.io.snapshot.FileProblem(file, out.size() + 1, 1, "",
                    "is not valid UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** @return a local file's path without {@code file:} */
    private static String displayName(String path) {
        return path.startsWith("file:") ? new org.apache.hadoop.fs.Path(path).toUri().getPath() : path;
    }

    private static CitySnapshot readHeader(org.apache.hadoop.fs.Path root, Configuration conf) {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(root, SnapshotRecords.HEADER_FILE);
        try {
            FileSystem fs = file.getFileSystem(conf);
            if (!fs.exists(file)) {
                throw new IllegalArgumentException("not a records directory (no " + SnapshotRecords.HEADER_FILE + "): " + root);
            }
            try (InputStream in = fs.open(file)) {
                return SnapshotRecords.parseHeader(new String(in.readAllBytes(), StandardCharsets.UTF_8), displayName(file.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The kinds with record files, each with whether it is a reference kind (asked of its first record). */
    private static Map<String, Boolean> kinds(org.apache.hadoop.fs.Path root, Configuration conf, SlicePlan plan) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        try {
            FileSystem fs = root.getFileSystem(conf);
            for (String kind : SnapshotRecords.kinds()) {
                org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(root, kind);
                if (!fs.exists(dir)) {
                    continue;
                }
                Object first = null;
                for (FileStatus s : fs.listStatus(dir)) {
                    if (first != null || !s.isFile() || !s.getPath().getName().endsWith(SnapshotRecords.SUFFIX)) {
                        continue;
                    }
                    first = firstRecord(fs, s.getPath(), kind);
                }
                if (first != null) {
                    out.put(kind, plan.isReference(first));
                }
            }
            for (FileStatus s : fs.listStatus(root)) {
                if (s.isDirectory() && !SnapshotRecords.kinds().contains(s.getPath().getName()) && !s.getPath().getName().startsWith("_")
                        && !s.getPath().getName().startsWith(".")) {
                    throw new IllegalArgumentException("\"" + s.getPath().getName() + "\" in " + root
                            + " is no kind of snapshot record; the kinds are " + SnapshotRecords.kinds());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return out;
    }

    private static Object firstRecord(FileSystem fs, org.apache.hadoop.fs.Path file, String kind) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank()) {
                    return SnapshotRecords.parser(kind, displayName(file.toString())).parse(line, n);
                }
            }
        }
        return null;
    }

}
