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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
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
 *   <li>the reference records are read by tasks (one per file), validated, collected and broadcast (as lines);</li>
 *   <li>the bulk records are read by tasks, one per file; each is keyed by its group: for each
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

        Map<String, Boolean> kinds = new LinkedHashMap<>(); // kind -> is reference
        List<String> referenceFiles = new ArrayList<>();
        List<String> bulkFiles = new ArrayList<>();
        files(root, conf, plan, kinds).forEach((file, kind) -> (kinds.get(kind) ? referenceFiles : bulkFiles).add(file));

        // One task per record file (files are not split: write as many as the parallelism wanted, SnapshotRecords.write).
        Broadcast<SerializableConfiguration> confB = jsc.broadcast(new SerializableConfiguration(conf));
        Broadcast<PackFiles> packB = jsc.broadcast(pack);
        List<RecordLine> referenceLines = referenceFiles.isEmpty() ? List.of()
                : jsc.parallelize(referenceFiles, referenceFiles.size()).flatMap(f -> lines(f, confB.value().value()).iterator()).collect();
        Broadcast<List<RecordLine>> referenceB = jsc.broadcast(new ArrayList<>(referenceLines));
        long referenceId = referenceB.id();

        JavaPairRDD<String, RecordLine> keyed = bulkFiles.isEmpty() ? jsc.<String, RecordLine>parallelizePairs(List.of())
                : jsc.parallelize(bulkFiles, bulkFiles.size()).flatMapToPair(f -> {
                    SlicePlan p = ExecutorState.engine(packB.value()).slicePlan(day);
                    List<Tuple2<String, RecordLine>> out = new ArrayList<>();
                    for (RecordLine l : lines(f, confB.value().value())) {
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
        }).distinct(Math.max(1, jsc.defaultParallelism()));
        return spark.createDataFrame(rows, FindingRows.SCHEMA);
    }

    /** Every non-blank line of a record file, validated by parsing it (the kind is the name of its directory). */
    static List<RecordLine> lines(String path, Configuration conf) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        String kind = p.getParent().getName();
        String file = displayName(path);
        List<RecordLine> out = new ArrayList<>();
        int n = 0;
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            SnapshotRecords.Parser parser = SnapshotRecords.parser(kind, file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank()) {
                    parser.parse(line, n);
                    out.add(new RecordLine(kind, file, n, line));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SnapshotFileException(List.of(new org.wangge.kernel.io.snapshot.FileProblem(file, n + 1, 1, "",
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

    /**
     * The record files of a records directory, each with its kind, in kind and name order; {@code kinds} gets each kind
     * with files and whether it is a reference kind (asked of its first record).
     */
    private static Map<String, String> files(org.apache.hadoop.fs.Path root, Configuration conf, SlicePlan plan,
            Map<String, Boolean> kinds) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            FileSystem fs = root.getFileSystem(conf);
            for (String kind : SnapshotRecords.kinds()) {
                org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(root, kind);
                if (!fs.exists(dir)) {
                    continue;
                }
                List<org.apache.hadoop.fs.Path> files = new ArrayList<>();
                for (FileStatus s : fs.listStatus(dir)) {
                    if (s.isFile() && s.getPath().getName().endsWith(SnapshotRecords.SUFFIX)) {
                        files.add(s.getPath());
                    }
                }
                files.sort(null);
                Object first = null;
                for (org.apache.hadoop.fs.Path f : files) {
                    if (first == null) {
                        first = firstRecord(fs, f, kind);
                    }
                    out.put(f.toString(), kind);
                }
                if (first != null) {
                    kinds.put(kind, plan.isReference(first));
                } else {
                    files.forEach(f -> out.remove(f.toString())); // only blank files
                }
            }
            for (FileStatus s : fs.listStatus(root)) {
                String name = s.getPath().getName();
                if (s.isDirectory() && !SnapshotRecords.kinds().contains(name) && !name.startsWith("_") && !name.startsWith(".")) {
                    throw new IllegalArgumentException("\"" + name + "\" in " + root
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
