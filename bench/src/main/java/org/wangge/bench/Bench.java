package org.wangge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.FindingChanges;
import org.wangge.kernel.rules.IncrementalSession;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.Scale;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import org.wangge.bench.baseline.Baseline;
import org.wangge.bench.baseline.Found;

/**
 * The benchmark harness (issue 7). Each mode prints one line per measured run and a summary line starting with
 * {@code RESULT}, always with the machine load ({@code /proc/loadavg}) at that moment. Run it in a forked JVM with the
 * heap you mean to test (see {@code bench/run.sh}).
 *
 * <pre>
 * full SCALE WARMUP RUNS [rules|baseline|both]  full check (rules) and the plain-Java baseline on all 42 constraints,
 *                               interleaved, same city; checks that both find the same (RESULT equal)
 * incremental SCALE N           after a full check: N changes of each kind, latency of update + changes()
 * build RUNS                    RuleEngine.zigong() (first build in this JVM = cold, then warm) and reload of an edited pack
 * snapshot SCALE DIR RUNS       write a snapshot file with SnapshotFiles.write RUNS times, then read it RUNS times
 * snapshot-read FILE RUNS       read an existing snapshot file RUNS times (e.g. one written by snapshot, for a profile)
 * throughput h2|pg WARMUP CASES ROUNDS [THREADS]   cases per second through kernel-process (Throughput)
 * casecost h2|pg WARMUP CASES ROUNDS               kernel-process against bare Flowable, same cases and steps (CaseCost)
 * chart TSV SVG                 draws the time and heap chart of docs/performance.md from the measured TSV (Chart)
 * </pre>
 */
public final class Bench {

    static final long SEED = 20250630L;
    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final double BREACH_RATE = 0.001;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "full" -> full(Scale.valueOf(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? args[4] : "both", engine(), "rules");
            case "incremental" -> incremental(Scale.valueOf(args[1]), Integer.parseInt(args[2]));
            case "build" -> build(Integer.parseInt(args[1]));
            case "retained" -> retained(Scale.valueOf(args[1]));
            case "snapshot" -> snapshot(Scale.valueOf(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? args[4] : "yaml");
            case "snapshot-read" -> readSnapshot(Path.of(args[1]), Integer.parseInt(args[2]), "file");
            case "throughput" -> Throughput.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "casecost" -> CaseCost.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "chart" -> Chart.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "records" -> records(Scale.valueOf(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "records-check" -> recordsCheck(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 0,
                    args.length > 4 ? Path.of(args[4]) : null);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** The built-in pack, or the pack in the directory named by {@code -Dwangge.bench.pack} (to measure an edited pack). */
    static RuleEngine engine() {
        String dir = System.getProperty("wangge.bench.pack");
        String mode = System.getProperty("wangge.bench.slicing");
        String sliceFacts = System.getProperty("wangge.bench.sliceFacts");
        String sliceThreads = System.getProperty("wangge.bench.sliceThreads");
        if (mode == null && sliceFacts == null && sliceThreads == null) {
            if (dir == null) {
                return RuleEngine.zigong();
            }
            System.out.println("pack from " + dir);
            return RuleEngine.fromDirectory(Path.of(dir));
        }
        // The sliced path's settings, to compare one session with slices of several sizes in one harness.
        RuleEngine.Builder b = RuleEngine.builder();
        b = dir == null ? b.withBuiltInZigongPack() : b.withPackDirectory(Path.of(dir));
        if (mode != null) {
            b = b.slicing(org.wangge.kernel.rules.SlicingMode.valueOf(mode));
        }
        if (sliceFacts != null) {
            b = b.sliceFacts(Integer.parseInt(sliceFacts));
        }
        if (sliceThreads != null) {
            b = b.sliceThreads(Integer.parseInt(sliceThreads));
        }
        System.out.printf("slicing=%s sliceFacts=%s sliceThreads=%s%s%n", mode, sliceFacts, sliceThreads, dir == null ? "" : " pack from " + dir);
        return b.build();
    }

    // ------------------------------------------------------------------ a city larger than the heap (issue 16, scale L)

    /** Writes the bench's city of a scale as a records directory ({@code SnapshotRecords}), FILES files per kind. */
    static void records(Scale scale, Path dir, int files) {
        long t0 = System.nanoTime();
        GeneratedCity city = city(scale);
        CitySnapshot s = city.snapshot();
        long t1 = System.nanoTime();
        org.wangge.kernel.io.snapshot.SnapshotRecords.write(s, dir, files);
        long t2 = System.nanoTime();
        System.out.printf("RESULT records scale=%s facts=%d expected=%d generated=%.1f s written=%.1f s peakHeap=%s dir=%s %s%n", scale,
                s.facts().size(), city.expected().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, mb(peakHeap()), dir, load());
    }

    /**
     * Checks a records directory through spool files ({@code RecordsCheck}), never holding the city: the path for a city
     * larger than the heap. Prints wall, process CPU, GC, the heap pools' peak and the findings by severity.
     */
    static void recordsCheck(Path dir, int threads, int slices, Path spool) {
        RuleEngine engine = engine();
        CitySnapshot header = org.wangge.kernel.io.snapshot.SnapshotRecords.readHeader(dir);
        engine.check(CitySnapshot.builder(header.jurisdiction(), header.asOf()).build(), header.asOf()); // build the pack first
        usedAfterGc();
        resetPeaks();
        long proc0 = processCpu();
        long gc0 = gcMillis();
        long a = System.nanoTime();
        CheckReport r = org.wangge.kernel.io.snapshot.RecordsCheck.check(engine, dir, null, spool, threads, slices);
        double sec = (System.nanoTime() - a) / 1e9;
        System.out.printf("RESULT records-check dir=%s threads=%d slices=%d wall=%.1f s processCpu=%.1f s gc=%.1f s peakHeap=%s findings=%d %s %s%n",
                dir, threads, slices, sec, (processCpu() - proc0) / 1e9, (gcMillis() - gc0) / 1e3, mb(peakHeap()), r.findings().size(),
                new java.util.TreeMap<>(r.countsBySeverity()), load());
    }

    /** @return the collectors' accumulated collection time, in ms */
    static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, g.getCollectionTime());
        }
        return sum;
    }

    static GeneratedCity city(Scale scale) {
        return CityGenerator.builder().seed(SEED).scale(scale).breachRate(BREACH_RATE).minimumBreachesPerConstraint(1)
                .generate();
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load=" + f[0] + "/" + f[1] + "/" + f[2];
        } catch (IOException e) {
            return "load=?";
        }
    }

    // ------------------------------------------------------------------ heap

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the live + garbage peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static String mb(long bytes) {
        return String.format("%.0f MB", bytes / 1048576.0);
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double percentile(List<Double> xs, double p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }

    // ------------------------------------------------------------------ full check

    static void full(Scale scale, int warmup, int runs, String which, RuleEngine engine, String label) {
        long t0 = System.nanoTime();
        GeneratedCity city = city(scale);
        CitySnapshot s = city.snapshot();
        LocalDate asOf = CityGenerator.DEFAULT_AS_OF;
        System.out.printf("generated %s: %d grids, %d workers, %d cases, %d accesses, %d facts, %d expected findings in %.1f s; %s%n",
                scale, s.grids().size(), s.workers().size(), s.cases().size(), s.accesses().size(), s.facts().size(),
                city.expected().size(), (System.nanoTime() - t0) / 1e9, load());
        long snapshotHeap = usedAfterGc();
        System.out.println("heap used by the snapshot after GC: " + mb(snapshotHeap) + "; max heap " + mb(Runtime.getRuntime().maxMemory()));
        boolean rules = !which.equals("baseline");
        boolean base = !which.equals("rules");
        List<Double> rt = new ArrayList<>();
        List<Double> bt = new ArrayList<>();
        List<Double> rh = new ArrayList<>();
        List<Double> rc = new ArrayList<>();
        List<Double> bc = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> bh = new ArrayList<>();
        List<Double> rp = new ArrayList<>();
        List<Double> rg = new ArrayList<>();
        int findings = -1;
        int baseFindings = -1;
        Set<Found> rulesFound = null;
        Set<Found> baseFound = null;
        Baseline baseline = Baseline.of(engine, s, asOf);
        for (int i = 0; i < warmup + runs; i++) {
            boolean measured = i >= warmup;
            if (rules) {
                usedAfterGc();
                resetPeaks();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long proc0 = processCpu();
                long gc0 = gcMillis();
                long a = System.nanoTime();
                CheckReport r = engine.check(s, asOf);
                double sec = (System.nanoTime() - a) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double proc = (processCpu() - proc0) / 1e9; // all threads: the sliced path's pool, GC, JIT
                double gc = (gcMillis() - gc0) / 1e3;
                long peak = peakHeap();
                findings = r.findings().size();
                rulesFound = r.findings().stream().map(Found::of).collect(java.util.stream.Collectors.toSet());
                System.out.printf("%s " + label + " run %d: %.3f s (thread CPU %.3f s, process CPU %.3f s, GC %.3f s), peak heap %s, %d findings; %s%n",
                        measured ? "measured" : "warm-up ", i, sec, cpu, proc, gc, mb(peak), findings, load());
                if (measured) {
                    rt.add(sec);
                    rc.add(cpu);
                    rh.add(peak / 1048576.0);
                    rp.add(proc);
                    rg.add(gc);
                }
            }
            if (base) {
                usedAfterGc();
                resetPeaks();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                Set<Found> f = baseline.run();
                double sec = (System.nanoTime() - a) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                long peak = peakHeap();
                baseFindings = f.size();
                baseFound = f;
                System.out.printf("%s baseline run %d: %.3f s (thread CPU %.3f s), peak heap %s, %d findings (%d constraints); %s%n",
                        measured ? "measured" : "warm-up ", i, sec, cpu, mb(peak), baseFindings, Baseline.COVERED.size(), load());
                if (measured) {
                    bt.add(sec);
                    bc.add(cpu);
                    bh.add(peak / 1048576.0);
                }
            }
        }
        if (rulesFound != null && baseFound != null) {
            // The same findings (constraint, subject, day, severity) from both: what BaselineTest asserts, here at this scale.
            Set<Found> onlyRules = new java.util.TreeSet<>(rulesFound);
            onlyRules.removeAll(baseFound);
            Set<Found> onlyBase = new java.util.TreeSet<>(baseFound);
            onlyBase.removeAll(rulesFound);
            System.out.printf("RESULT equal scale=%s rules=%d baseline=%d same=%b onlyRules=%s onlyBaseline=%s%n", scale, rulesFound.size(),
                    baseFound.size(), onlyRules.isEmpty() && onlyBase.isEmpty(), first(onlyRules), first(onlyBase));
        }
        if (rules) {
            System.out.printf("RESULT full-check " + label + " scale=%s runs=%d median=%.3f s min=%.3f max=%.3f threadCpuMedian=%.3f s processCpuMedian=%.3f s gcMedian=%.3f s peakHeapMedian=%.0f MB snapshotHeap=%s findings=%d %s%n",
                    scale, runs, median(rt), Collections.min(rt), Collections.max(rt), median(rc), median(rp), median(rg), median(rh), mb(snapshotHeap), findings, load());
        }
        if (base) {
            System.out.printf("RESULT full-check baseline scale=%s runs=%d median=%.3f s min=%.3f max=%.3f threadCpuMedian=%.3f s peakHeapMedian=%.0f MB findings=%d %s%n",
                    scale, runs, median(bt), Collections.min(bt), Collections.max(bt), median(bc), median(bh), baseFindings, load());
        }
        if (rules && base) {
            System.out.printf("RESULT ratio " + label + "/baseline scale=%s wall %.1f, thread CPU %.1f (" + "whole pack"
                    + " vs the baseline's %d constraints) %s%n",
                    scale, median(rt) / median(bt), median(rc) / median(bc), Baseline.COVERED.size(), load());
        }
    }

    private static String first(Set<Found> xs) {
        return xs.stream().limit(10).map(Found::toString).toList().toString();
    }

    // ------------------------------------------------------------------ heap retained by a checked session

    /**
     * The live heap a session holds after a full check: an incremental session is opened on the city (a full check
     * that keeps its working memory) and the heap in use after GC is compared with the snapshot's alone. Unlike the
     * peak of a one-shot check, this excludes garbage not yet collected.
     */
    static void retained(Scale scale) {
        CitySnapshot s = city(scale).snapshot();
        RuleEngine engine = engine();
        long snapshotHeap = usedAfterGc();
        long a = System.nanoTime();
        try (IncrementalSession session = engine.openSession(s, CityGenerator.DEFAULT_AS_OF)) {
            double sec = (System.nanoTime() - a) / 1e9;
            long withSession = usedAfterGc();
            System.out.printf("RESULT retained scale=%s facts=%d snapshotHeap=%s sessionRetained=%s bytesPerFact=%.0f open=%.1f s findings=%d %s%n",
                    scale, s.facts().size(), mb(snapshotHeap), mb(withSession - snapshotHeap),
                    (withSession - snapshotHeap) / (double) s.facts().size(), sec, session.report().findings().size(), load());
            System.out.println("live heap by class, session open (GC.class_histogram, top 30):");
            System.out.println(classHistogram(30));
        }
    }

    /** The first lines of the JVM's live class histogram (what {@code jcmd PID GC.class_histogram} prints). */
    static String classHistogram(int lines) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.join("\n", String.valueOf(text).lines().limit(lines + 2L).toList());
        } catch (javax.management.JMException e) {
            return "class histogram unavailable: " + e;
        }
    }

    // ------------------------------------------------------------------ incremental

    static void incremental(Scale scale, int n) {
        GeneratedCity city = city(scale);
        CitySnapshot s = city.snapshot();
        LocalDate asOf = CityGenerator.DEFAULT_AS_OF;
        RuleEngine engine = engine();
        long a = System.nanoTime();
        try (IncrementalSession session = engine.openSession(s, asOf)) {
            System.out.printf("session opened (full check) in %.1f s; %s%n", (System.nanoTime() - a) / 1e9, load());
            long b = System.nanoTime();
            IncrementalBaseline baseline = new IncrementalBaseline(s, asOf);
            System.out.printf("incremental baseline built (full run with counts and indexes) in %.1f s; %s%n", (System.nanoTime() - b) / 1e9, load());
            // A worker's case, so that a new case that is neither reported nor resolved in time gives ZG-14-01.
            Case template = s.cases().stream().filter(c -> c.collectedById() != null && c.matterId() != null).findFirst().orElseThrow();
            List<Assignment> assignments = s.assignments();
            PersonalInfoAccess accessTemplate = s.accesses().get(0);
            int gridCount = s.grids().size();
            java.util.Random rnd = new java.util.Random(7);
            Assignment lastAssignment = null;
            for (String kind : List.of("new-case", "reassignment", "access-record")) {
                List<Double> lat = new ArrayList<>();
                List<Double> baseLat = new ArrayList<>();
                int changed = 0;
                int baseChanged = 0;
                for (int i = 0; i < n + 200; i++) { // the first 200 are warm-up
                    Object fact;
                    switch (kind) {
                        case "new-case" -> {
                            LocalDateTime at = asOf.atTime(9, 0).minusHours(rnd.nextInt(2000));
                            fact = new Case("BENCH-C-" + i, template.source(), template.matterId(), template.category(), false, false,
                                    s.grids().get(rnd.nextInt(gridCount)).id(), template.collectedById(),
                                    i % 2 == 0 ? CaseTimeline.collectedAt(at) : template.timeline(), null, List.of(), List.of(),
                                    false, null, Set.of(), Set.of(), "bench");
                        }
                        case "reassignment" -> {
                            // A worker leaves a grid the day before the check (even i), and the next change undoes it
                            // (odd i): each change is one updated fact, and findings do not pile up over the runs.
                            Assignment old = i % 2 == 0 ? assignments.get(rnd.nextInt(assignments.size())) : lastAssignment;
                            if (i % 2 == 0) {
                                lastAssignment = old;
                                LocalDate end = old.from().isAfter(asOf.minusDays(1)) ? old.from() : asOf.minusDays(1);
                                fact = new Assignment(old.id(), old.workerId(), old.gridId(), old.assignedById(), old.from(), end);
                            } else {
                                fact = old;
                            }
                        }
                        default -> fact = new PersonalInfoAccess("BENCH-A-" + i, accessTemplate.workerId(),
                                asOf.atTime(10, 0).minusHours(rnd.nextInt(2000)), AccessKind.values()[i % AccessKind.values().length],
                                accessTemplate.residentRef(), s.grids().get(rnd.nextInt(gridCount)).id(),
                                i % 3 == 0 ? null : "bench", null, null, null, 1 + i % 5);
                    }
                    long t = System.nanoTime();
                    if (kind.equals("reassignment")) {
                        session.update(fact);
                    } else {
                        session.insert(fact);
                    }
                    FindingChanges c = session.changes();
                    double ms = (System.nanoTime() - t) / 1e6;
                    changed += c.appeared().size() + c.disappeared().size();
                    // The same fact, right after, to the plain-Java incremental baseline.
                    long u = System.nanoTime();
                    if (kind.equals("reassignment")) {
                        baseline.update(fact);
                    } else {
                        baseline.insert(fact);
                    }
                    IncrementalBaseline.Changes bc = baseline.changes();
                    double baseMs = (System.nanoTime() - u) / 1e6;
                    baseChanged += bc.appeared().size() + bc.disappeared().size();
                    if (i >= 200) {
                        lat.add(ms);
                        baseLat.add(baseMs);
                    }
                }
                System.out.printf("RESULT incremental scale=%s change=%s n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms findingChanges=%d %s%n",
                        scale, kind, n, percentile(lat, 50), percentile(lat, 99), Collections.max(lat), changed, load());
                System.out.printf("RESULT incremental baseline scale=%s change=%s n=%d p50=%.4f ms p99=%.4f ms max=%.4f ms keyChanges=%d %s%n",
                        scale, kind, n, percentile(baseLat, 50), percentile(baseLat, 99), Collections.max(baseLat), baseChanged, load());
                System.out.printf("RESULT ratio incremental rules/baseline scale=%s change=%s p50 %.0f, p99 %.0f (whole pack vs the baseline's %d constraints) %s%n",
                        scale, kind, percentile(lat, 50) / percentile(baseLat, 50), percentile(lat, 99) / percentile(baseLat, 99),
                        IncrementalChecks.COVERED.size(), load());
            }
            // One check that both followed the same changes (the rules' findings on the covered constraints).
            Set<IncrementalChecks.Key> rules = new java.util.HashSet<>();
            session.report().findings().stream().filter(f -> IncrementalChecks.COVERED.contains(f.constraintId()))
                    .forEach(f -> rules.add(new IncrementalChecks.Key(f.constraintId(), f.subject().kind(), f.subject().id())));
            System.out.printf("after all changes: rules %d findings on the covered constraints, baseline %d, same=%b%n", rules.size(),
                    baseline.keys().size(), rules.equals(baseline.keys()));
        }
    }

    // ------------------------------------------------------------------ build and reload

    static void build(int runs) throws IOException {
        long a = System.nanoTime();
        RuleEngine first = RuleEngine.zigong();
        double cold = (System.nanoTime() - a) / 1e9;
        System.out.printf("RESULT build cold (first in a fresh JVM) %.3f s %s%n", cold, load());
        List<Double> warm = time(runs, RuleEngine::zigong);
        System.out.printf("RESULT build warm (same JVM) runs=%d median=%.3f s %s%n", runs, median(warm), load());
        Path dir = Files.createTempDirectory("wangge-pack");
        RuleEngine.exportBuiltInPack(dir);
        RuleEngine fromDir = RuleEngine.fromDirectory(dir);
        Path params = dir.resolve("parameters.toml");
        String original = Files.readString(params);
        List<Double> reload = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            // An analyst's edit: a later value of a parameter (every run edits again so reload has work to do).
            Files.writeString(params, original + "\n[[parameter]]\nname = \"filing.grace.days\"\nvalue = " + (31 + i)
                    + "\nunit = \"days\"\ncitation = \"Art. 7 ¶2\"\nsource = \"policy-default\"\neffective-from = 2026-01-0" + (1 + i % 9)
                    + "\nnote = \"bench edit " + i + "\"\n");
            long t = System.nanoTime();
            fromDir.reload();
            double sec = (System.nanoTime() - t) / 1e9;
            if (i >= 2) {
                reload.add(sec);
            }
            Files.writeString(params, original);
        }
        System.out.printf("RESULT reload edited pack runs=%d median=%.3f s %s%n", runs, median(reload), load());
        first.packs();
    }

    static List<Double> time(int runs, Supplier<?> what) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            what.get();
            out.add((System.nanoTime() - t) / 1e9);
        }
        return out;
    }

    // ------------------------------------------------------------------ snapshot file

    /** @return the CPU time of the whole process (all its threads), in ns; -1 when the JVM does not tell */
    static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    static void snapshot(Scale scale, Path dir, int runs, String format) throws IOException {
        GeneratedCity city = city(scale);
        Files.createDirectories(dir);
        Path file = dir.resolve("city-" + scale + "." + format);
        List<Double> w = new ArrayList<>();
        List<Double> wc = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // RUNS writes of the same snapshot, then RUNS reads of the file
            usedAfterGc();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long proc0 = processCpu();
            long a = System.nanoTime();
            SnapshotFiles.write(city.snapshot(), file);
            double sec = (System.nanoTime() - a) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double proc = (processCpu() - proc0) / 1e9;
            System.out.printf("write run %d: %.1f s (thread CPU %.1f s), process CPU %.1f s, %d MB %s%n", i, sec, cpu, proc,
                    Files.size(file) / 1048576, load());
            w.add(sec);
            wc.add(cpu);
        }
        System.out.printf("RESULT snapshot write scale=%s format=" + format + " runs=%d median=%.1f s min=%.1f max=%.1f threadCpuMedian=%.1f s, %d MB %s%n",
                scale, runs, median(w), Collections.min(w), Collections.max(w), median(wc), Files.size(file) / 1048576, load());
        city = null;
        readSnapshot(file, runs, "scale=" + scale + " format=" + format);
    }

    /** Reads a snapshot file RUNS times, each run with its wall, thread CPU, process CPU, peak heap and live heap. */
    static void readSnapshot(Path file, int runs, String label) {
        List<Double> t = new ArrayList<>();
        List<Double> tc = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            usedAfterGc();
            resetPeaks();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long proc0 = processCpu();
            long b = System.nanoTime();
            CitySnapshot s = SnapshotFiles.read(file);
            double sec = (System.nanoTime() - b) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double proc = (processCpu() - proc0) / 1e9; // all threads: a reader's own second thread, GC, JIT
            long peak = peakHeap();
            long live = usedAfterGc(); // the snapshot read is still referenced below
            System.out.printf("read run %d: %.1f s (thread CPU %.1f s), process CPU %.1f s, %d facts, peak heap %s, live after GC %s %s%n", i, sec, cpu,
                    proc, s.facts().size(), mb(peak), mb(live), load());
            t.add(sec);
            tc.add(cpu);
        }
        System.out.printf("RESULT snapshot read " + label + " runs=%d median=%.1f s min=%.1f max=%.1f threadCpuMedian=%.1f s %s%n",
                runs, median(t), Collections.min(t), Collections.max(t), median(tc), load());
    }
}
