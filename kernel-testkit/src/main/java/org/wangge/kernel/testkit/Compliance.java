package org.wangge.kernel.testkit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.wangge.kernel.io.report.DistrictResolver;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.io.waiver.WaiverFileException;
import org.wangge.kernel.io.waiver.WaiverFiles;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.testkit.internal.BuiltInEngine;

/**
 * Asserts that a host's snapshot complies with chosen articles of the Measures, for a line in a host
 * test suite:
 *
 * <pre>{@code
 * Compliance.of(ourSnapshot)
 *         .underArticles(7, 8, 12, 21)
 *         .withWaiver(Waiver.of("ZG-08-01", "G-0042", "old town grid, merger approved for 2026", LocalDate.of(2026, 6, 30)))
 *         .withWaivers(Path.of("src/test/resources/waivers.yaml"))   // the file wangge check --waivers reads
 *         .assertCompliant();
 * }</pre>
 *
 * VIOLATION and WARNING findings fail the assertion unless a waiver covers them; NOTICE findings do not.
 * An expired waiver (its expiry before today, by {@link #judgingWaiversBy}'s clock) fails the assertion by itself.
 * {@link Waiver} is the kernel's one waiver ({@code org.wangge.kernel.io.report.Waiver}); a waiver limited to a
 * district covers the findings whose subject lies in it.
 */
public final class Compliance {

    private final CitySnapshot snapshot;
    private RuleEngine engine;
    private LocalDate asOf;
    private final Set<Integer> articles = new TreeSet<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<Path> waiverFiles = new ArrayList<>();
    private Clock clock = Clock.systemDefaultZone();

    private Compliance(CitySnapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.asOf = snapshot.asOf();
    }

    /**
     * @param snapshot the host's snapshot
     * @return a compliance assertion, as of the snapshot's date, under every article, with the built-in pack
     */
    public static Compliance of(CitySnapshot snapshot) {
        return new Compliance(snapshot);
    }

    /**
     * @param numbers article numbers to check; none means every article
     * @return this
     */
    public Compliance underArticles(int... numbers) {
        for (int n : numbers) {
            articles.add(n);
        }
        return this;
    }

    /**
     * @param day the check date
     * @return this
     */
    public Compliance asOf(LocalDate day) {
        this.asOf = Objects.requireNonNull(day, "asOf");
        return this;
    }

    /**
     * @param ruleEngine the engine to check with (e.g. an analyst's rule directory)
     * @return this
     */
    public Compliance with(RuleEngine ruleEngine) {
        this.engine = Objects.requireNonNull(ruleEngine, "ruleEngine");
        return this;
    }

    /**
     * @param waiver a waiver
     * @return this
     */
    public Compliance withWaiver(Waiver waiver) {
        waivers.add(Objects.requireNonNull(waiver, "waiver"));
        return this;
    }

    /**
     * @param file a waiver file (YAML, the format of {@code wangge check --waivers}, see {@code docs/analyst-guide.md});
     *             read when the assertion runs, against the catalogue of the engine checked with
     * @return this
     */
    public Compliance withWaivers(Path file) {
        waiverFiles.add(Objects.requireNonNull(file, "file"));
        return this;
    }

    /**
     * @param testClock the clock that decides whether waivers have expired (for tests of this class)
     * @return this
     */
    public Compliance judgingWaiversBy(Clock testClock) {
        this.clock = Objects.requireNonNull(testClock, "clock");
        return this;
    }

    /**
     * Checks and fails with every unwaived finding, and every expired waiver.
     *
     * @return the report, for further assertions
     * @throws AssertionError when the snapshot does not comply
     */
    public CheckReport assertCompliant() {
        RuleEngine e = engine != null ? engine : BuiltInEngine.get();
        List<Waiver> all = new ArrayList<>(waivers);
        for (Path file : waiverFiles) {
            try {
                all.addAll(WaiverFiles.read(file, e.catalogue(asOf).keySet()));
            } catch (WaiverFileException ex) {
                throw new AssertionError("the waiver file " + file + " cannot be used:\n  "
                        + String.join("\n  ", ex.problems().stream().map(Object::toString).toList()), ex);
            }
        }
        CheckReport report = e.check(snapshot, asOf);
        DistrictResolver districts = DistrictResolver.of(snapshot, asOf);
        LocalDate today = LocalDate.now(clock);
        List<String> failures = new ArrayList<>();
        for (Waiver w : all) {
            if (w.isExpiredOn(today)) {
                failures.add("expired waiver: " + w);
            }
        }
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.NOTICE) {
                continue;
            }
            if (!articles.isEmpty() && !articles.contains(f.citation().article())) {
                continue;
            }
            boolean waived = all.stream().anyMatch(w -> !w.isExpiredOn(today) && w.covers(f, districts));
            if (!waived) {
                failures.add(f.constraintId() + " " + f.severity() + " " + f.subject() + " — " + f.evidenceText() + "\n      " + f.messageEn());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("the snapshot does not comply with the Measures"
                    + (articles.isEmpty() ? "" : " (articles " + articles + ")") + " as of " + asOf + ", pack "
                    + report.pack().identity() + ":\n  " + String.join("\n  ", failures));
        }
        return report;
    }
}
