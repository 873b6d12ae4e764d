package org.wangge.kernel.spark;

import java.nio.file.Path;
import org.wangge.kernel.io.snapshot.SnapshotRecords;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * For measurements (docs/spark.md): {@code GenerateRecords SCALE OUT_DIR [FILES_PER_KIND]} writes a generated city
 * (seed 16, every constraint injected) as a records directory, and with {@code --check} also times the one-JVM check;
 * {@code GenerateRecords --check-dir DIR} reads a records directory in one JVM and checks it.
 */
public final class GenerateRecords {

    private GenerateRecords() {
    }

    /** @param args scale, directory, files per kind, optional --check */
    public static void main(String[] args) {
        if (args[0].equals("--check-dir")) { // GenerateRecords --check-dir DIR: the one-JVM check of a records directory
            long t0 = System.nanoTime();
            CitySnapshot s = SnapshotRecords.read(Path.of(args[1]));
            long t1 = System.nanoTime();
            org.wangge.kernel.rules.RuleEngine engine = org.wangge.kernel.rules.RuleEngine.zigong();
            engine.check(CitySnapshot.builder(s.jurisdiction(), s.asOf()).build(), s.asOf());
            long t2 = System.nanoTime();
            var report = engine.check(s, s.asOf());
            System.out.printf("%d facts read in %d ms; one JVM check (slicing AUTO): %d findings %s, %d ms%n", s.facts().size(),
                    (t1 - t0) / 1_000_000, report.findings().size(), new java.util.TreeMap<>(report.countsBySeverity()),
                    (System.nanoTime() - t2) / 1_000_000);
            return;
        }
        Scale scale = Scale.valueOf(args[0]);
        Path out = Path.of(args[1]);
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long t0 = System.nanoTime();
        CitySnapshot s = CityGenerator.builder().seed(16).scale(scale).breachRate(0.03).minimumBreachesPerConstraint(2)
                .generate().snapshot();
        long t1 = System.nanoTime();
        SnapshotRecords.write(s, out, files);
        long t2 = System.nanoTime();
        System.out.printf("%s: %d facts, generated %d ms, records written %d ms to %s%n", scale, s.facts().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, out);
        if (java.util.Arrays.asList(args).contains("--check")) {
            org.wangge.kernel.rules.RuleEngine engine = org.wangge.kernel.rules.RuleEngine.zigong();
            engine.check(CitySnapshot.builder(s.jurisdiction(), s.asOf()).build(), s.asOf()); // compile the pack first
            long t3 = System.nanoTime();
            var report = engine.check(s, s.asOf());
            System.out.printf("one JVM check (RuleEngine.check, slicing AUTO): %d findings, %d ms%n", report.findings().size(),
                    (System.nanoTime() - t3) / 1_000_000);
        }
    }
}
