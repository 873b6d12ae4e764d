package org.wangge.kernel.io.snapshot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.SliceKey;
import org.wangge.kernel.rules.SlicePlan;

/**
 * 分片流式检查: the sliced check of a records directory ({@link SnapshotRecords}) in one JVM <em>without holding the
 * city</em> — for cities larger than the heap (scale L: 58 million facts, docs/performance.md). What
 * {@code RuleEngine.check} does with a snapshot in memory, done through files:
 * <ol>
 *   <li>the reference records (grids, workers, assignments…: {@link SlicePlan#isReference}) are read into memory;</li>
 *   <li>the bulk records (cases, accesses, check-ins, pay records…) are read one at a time and their lines copied to
 *       spool files, one per pass and slice ({@link SlicePlan#sliceKeys}, {@link SlicePlan#bucket}) and one for the
 *       whole-city pass ({@link SlicePlan#isWholeCityInput});</li>
 *   <li>each spool file is read back and checked in one session ({@link RuleEngine#checkSlice},
 *       {@link RuleEngine#checkWholeCity}), {@code threads} at a time, and the parts are combined
 *       ({@link RuleEngine#combine}): the same findings as the one-session check of the same records.</li>
 * </ol>
 * The heap holds the reference records and, first, the whole-city pass's input (every case of the city for the Zigong
 * pack) alone, then {@code threads} slices at a time: never the whole city, nor the whole-city pass beside slices.
 * The spool files hold the records' lines as the record files
 * do (personal values included); they are written in a fresh directory that only the owner may read (the platform's
 * temporary-directory rules) and deleted as each slice is read, and all of them at the end, also on failure.
 *
 * <p>Every record is parsed and validated as {@link SnapshotRecords#readFile} does; a record with problems stops the
 * check with its file:line:column. Unlike {@link SnapshotRecords#read}, references between records are <em>not</em>
 * checked (that needs every id of the city at once): check records of unknown quality with
 * {@code wangge check} on a snapshot file, or validate them where they are produced.
 */
public final class RecordsCheck {

    /** Spooled bytes of bulk records per slice: about 250,000 records (the in-memory default of a slice). */
    static final long SPOOL_BYTES_PER_SLICE = 64L << 20;

    private RecordsCheck() {
    }

    /**
     * Checks a records directory as of its header's date, spooling in the system's temporary directory, on every core.
     *
     * @param engine    the rules (its pack in force on the day must have a slicing.toml)
     * @param directory the records directory
     * @return the report
     * @throws SnapshotFileException at the first record with problems
     * @throws UncheckedIOException  when a file cannot be read or a spool file written
     */
    public static CheckReport check(RuleEngine engine, Path directory) {
        return check(engine, directory, null, null, Runtime.getRuntime().availableProcessors(), 0);
    }

    /**
     * @param engine    the rules (its pack in force on the day must have a slicing.toml)
     * @param directory the records directory
     * @param asOf      the day of the check; null for the header's
     * @param spool     a directory for the spool files (it is created; a fresh subdirectory is used and deleted);
     *                  null for the system's temporary directory. It needs about the size of the bulk record files.
     * @param threads   how many slices are checked at once, at least 1
     * @param slices    how many slices each pass is cut into; 0 for one per 64 MB of bulk record files (about
     *                  250,000 records, as the in-memory check's default slice)
     * @return the report
     * @throws SnapshotFileException at the first record with problems
     * @throws UncheckedIOException  when a file cannot be read or a spool file written
     */
    public static CheckReport check(RuleEngine engine, Path directory, LocalDate asOf, Path spool, int threads, int slices) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(directory, "directory");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (slices < 0) {
            throw new IllegalArgumentException("slices must be 0 (by size) or more, not " + slices);
        }
        CitySnapshot header = SnapshotRecords.readHeader(directory);
        LocalDate day = asOf != null ? asOf : header.asOf();
        SlicePlan plan = engine.slicePlan(day);
        Path work = null;
        try {
            Path base = spool != null ? Files.createDirectories(spool) : Path.of(System.getProperty("java.io.tmpdir"));
            work = Files.createTempDirectory(base, "wangge-records-check-");
            return run(engine, plan, directory, header.jurisdiction(), day, work, threads, slices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spool files of a records check in " + (work != null ? work : spool), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static CheckReport run(RuleEngine engine, SlicePlan plan, Path directory, String jurisdiction, LocalDate day, Path work,
            int threads, int slicesAsked) throws IOException {
        // 1. Which kinds are bulk: asked of the first record of each kind (the plan knows facts, not kinds).
        List<Object> reference = new ArrayList<>();
        Map<String, List<Path>> bulkKinds = new LinkedHashMap<>();
        long bulkBytes = 0;
        for (String kind : SnapshotRecords.kinds()) {
            List<Path> files = SnapshotRecords.files(directory, kind);
            Object first = firstRecord(kind, files);
            if (first == null) {
                continue;
            }
            if (plan.isReference(first)) {
                for (Path f : files) {
                    read(kind, f, reference::add);
                }
            } else {
                bulkKinds.put(kind, files);
                for (Path f : files) {
                    bulkBytes += Files.size(f);
                }
            }
        }
        // 2. Spool the bulk records: a line "kind<TAB>record" per pass and slice, and for the whole-city pass. The record
        // files are shared out among the threads, each with spool files of its own; a slice is the same bucket of every
        // thread's files.
        int slices = slicesAsked > 0 ? slicesAsked
                : (int) Math.max(1, Math.min(4096, (bulkBytes + SPOOL_BYTES_PER_SLICE - 1) / SPOOL_BYTES_PER_SLICE));
        List<String[]> jobs = new ArrayList<>(); // kind, file
        bulkKinds.forEach((kind, fs) -> fs.forEach(f -> jobs.add(new String[] {kind, f.toString()})));
        List<Spools> spools = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            spools.add(new Spools(work, "t" + t, plan.passes(), slices));
        }
        runAll(threads, t -> {
            try (Spools mine = spools.get(t)) {
                for (int j = t; j < jobs.size(); j += threads) {
                    spool(jobs.get(j)[0], Path.of(jobs.get(j)[1]), mine, plan);
                }
            }
            return null;
        });
        Map<String, List<Path>> slicesByName = new LinkedHashMap<>(); // "pass/bucket" -> the threads' files
        Map<String, String> passOfSlice = new LinkedHashMap<>();
        for (Spools sp : spools) {
            sp.written().forEach((name, file) -> {
                slicesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
                passOfSlice.put(name, sp.passOf(name));
            });
        }
        // 3. The whole-city pass alone first (its input is every case of the city: beside slices it would not fit a
        // large city's heap), then each slice in a session of its own, threads at a time, the largest first so that
        // the pool is not left waiting at the end.
        List<String> names = new ArrayList<>();
        List<Path> wholeCityFiles = new ArrayList<>();
        slicesByName.forEach((n, files) -> {
            if (passOfSlice.get(n).equals(SlicePlan.WHOLE_CITY)) {
                wholeCityFiles.addAll(files);
            } else {
                names.add(n);
            }
        });
        names.sort(Comparator.comparingLong((String n) -> slicesByName.get(n).stream().mapToLong(RecordsCheck::sizeOf).sum()).reversed());
        List<Object> sharedReference = java.util.Collections.unmodifiableList(reference);
        List<List<Finding>> parts = new ArrayList<>();
        long t0 = System.nanoTime();
        // the rules that read only reference facts live in the whole-city pass: it runs even without bulk input
        parts.add(wholeCityFiles.isEmpty() ? engine.checkWholeCity(sharedReference, List.of(), day)
                : checkSpool(engine, SlicePlan.WHOLE_CITY, wholeCityFiles, sharedReference, day));
        LOG.info("records check of {}: {} reference records; whole-city pass checked in {} s; {} slices to check, {} at a time",
                directory, reference.size(), seconds(t0), names.size(), threads);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        parts.addAll(runAll(threads, names.size(), i -> {
            String name = names.get(i);
            long s0 = System.nanoTime();
            List<Finding> found = checkSpool(engine, passOfSlice.get(name), slicesByName.get(name), sharedReference, day);
            LOG.debug("records check: slice {} ({} of {}) checked in {} s", name, done.incrementAndGet(), names.size(), seconds(s0));
            return found;
        }));
        return engine.combine(jurisdiction, day, parts);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordsCheck.class);

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private static List<Finding> checkSpool(RuleEngine engine, String pass, List<Path> files, List<Object> reference, LocalDate day)
            throws IOException {
        List<Object> bulk = new ArrayList<>();
        Map<String, SnapshotRecords.Parser> parsers = new LinkedHashMap<>();
        for (Path spool : files) {
            try (var lines = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    n++;
                    int tab = line.indexOf('\t');
                    String kind = line.substring(0, tab);
                    // Records were validated when spooled; a problem here would be of our own spool file.
                    bulk.add(parsers.computeIfAbsent(kind, k -> SnapshotRecords.parser(k, spool.toString())).parse(line.substring(tab + 1), n));
                }
            }
            Files.deleteIfExists(spool); // the disk is freed as the check goes
        }
        return pass.equals(SlicePlan.WHOLE_CITY) ? engine.checkWholeCity(reference, bulk, day)
                : engine.checkSlice(pass, reference, bulk, day);
    }

    /** Reads one bulk record file, validating each record, and copies each line to the spool files of its slices. */
    private static void spool(String kind, Path file, Spools spools, SlicePlan plan) {
        SnapshotRecords.Parser parser = SnapshotRecords.parser(kind, file.toString());
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16)) {
            int lineNumber = 0;
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    lineNumber++;
                    if (!line.isBlank()) {
                        spools.put(kind, line, parser.parse(line, lineNumber), plan);
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new SnapshotFileException(List.of(new FileProblem(file.toString(), lineNumber + 1, 1, "",
                        "is not valid UTF-8 (" + e.getMessage() + ")")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Task {@code i} of {@code n} for each i, {@code threads} at a time; the first failure is thrown as it was. */
    private static <T> List<T> runAll(int threads, int n, Task<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "wangge-records-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> task.run(k)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the records check was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io.getMessage(), io);
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> runAll(int threads, Task<T> task) {
        return runAll(threads, threads, task);
    }

    /** One task of {@link #runAll}. */
    private interface Task<T> {
        T run(int i) throws Exception;
    }

    private static Object firstRecord(String kind, List<Path> files) throws IOException {
        for (Path f : files) {
            Object[] first = new Object[1];
            try (InputStream in = Files.newInputStream(f)) {
                SnapshotRecords.readFile(kind, new FirstLine(in), f.toString(), r -> {
                    if (first[0] == null) {
                        first[0] = r;
                    }
                });
            }
            if (first[0] != null) {
                return first[0];
            }
        }
        return null;
    }

    private static void read(String kind, Path file, java.util.function.Consumer<Object> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            SnapshotRecords.readFile(kind, in, file.toString(), sink);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the temporary directory's own clean-up; the check's result does not depend on it
                }
            });
        } catch (IOException e) {
            // as above
        }
    }

    /** The bytes of a record file up to its first non-blank line's end: enough to learn the kind's first record. */
    private static final class FirstLine extends java.io.FilterInputStream {
        private boolean seenContent;
        private boolean done;

        FirstLine(InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        @Override
        public int read() throws IOException {
            if (done) {
                return -1;
            }
            int b = super.read();
            if (b == '\n' && seenContent) {
                done = true;
            } else if (b > ' ') {
                seenContent = true;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                int b = read();
                if (b < 0) {
                    break;
                }
                buf[off + n++] = (byte) b;
                if (done) {
                    break;
                }
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }

    /** One thread's spool files, opened as records arrive; a slice's file is named {@code pass-bucket-thread.spool}. */
    private static final class Spools implements AutoCloseable {
        private final Path work;
        private final String thread;
        private final int slices;
        private final Map<String, Writer[]> byPass = new LinkedHashMap<>();
        private final Map<String, Path> written = new LinkedHashMap<>();
        private final Map<String, String> passOf = new LinkedHashMap<>();
        private Writer wholeCity;

        Spools(Path work, String thread, List<String> passes, int slices) {
            this.work = work;
            this.thread = thread;
            this.slices = slices;
            for (String p : passes) {
                byPass.put(p, new Writer[slices]);
            }
        }

        /** The record's own line is copied, not written anew: it was validated by parsing it. */
        void put(String kind, String line, Object record, SlicePlan plan) {
            try {
                for (SliceKey k : plan.sliceKeys(record)) {
                    int b = SlicePlan.bucket(k.key(), slices);
                    Writer[] ws = byPass.get(k.pass());
                    if (ws[b] == null) {
                        ws[b] = open(k.pass(), k.pass() + "/" + b);
                    }
                    write(ws[b], kind, line);
                }
                if (plan.isWholeCityInput(record)) {
                    if (wholeCity == null) {
                        wholeCity = open(SlicePlan.WHOLE_CITY, SlicePlan.WHOLE_CITY);
                    }
                    write(wholeCity, kind, line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a spool file in " + work, e);
            }
        }

        private static void write(Writer w, String kind, String line) throws IOException {
            w.write(kind);
            w.write('\t');
            w.write(line);
            w.write('\n');
        }

        private Writer open(String pass, String name) throws IOException {
            Path p = work.resolve(name.replace('/', '-') + "-" + thread + ".spool");
            written.put(name, p);
            passOf.put(name, pass);
            return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 15);
        }

        /** @return the slice names ("pass/bucket", or the whole-city pass) and this thread's file of each */
        Map<String, Path> written() {
            return written;
        }

        String passOf(String name) {
            return passOf.get(name);
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            List<Writer> all = new ArrayList<>();
            byPass.values().forEach(ws -> {
                for (Writer w : ws) {
                    if (w != null) {
                        all.add(w);
                    }
                }
            });
            if (wholeCity != null) {
                all.add(wholeCity);
            }
            for (Writer w : all) {
                try {
                    w.close();
                } catch (IOException e) {
                    first = first != null ? first : e;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
