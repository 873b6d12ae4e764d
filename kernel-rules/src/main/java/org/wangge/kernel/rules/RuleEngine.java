package org.wangge.kernel.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.internal.LoadedPack;
import org.wangge.kernel.rules.internal.PackCompiler;
import org.wangge.kernel.rules.internal.PackSource;
import org.wangge.kernel.rules.internal.SessionRunner;

/**
 * Checks city snapshots against the Measures. Holds one or more versioned rule packs and, for each
 * check, uses the pack in force on the as-of date. Thread-safe: checks may run concurrently with
 * each other and with {@link #reload()}, which swaps all packs atomically or not at all.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.zigong();
 * CheckReport report = engine.check(snapshot, LocalDate.of(2025, 3, 31));
 * report.findings().forEach(f -> System.out.println(f.constraintId() + " " + f.messageEn()));
 * }</pre>
 */
public final class RuleEngine {

    /** Classpath folder of the built-in Zigong pack (in force from 2024-02-01). */
    public static final String ZIGONG_PACK = "org/wangge/kernel/rules/zigong";

    private final List<PackLocation> locations;
    private final AtomicReference<List<LoadedPack>> packs;

    private RuleEngine(List<PackLocation> locations, List<LoadedPack> packs) {
        this.locations = List.copyOf(locations);
        this.packs = new AtomicReference<>(sorted(packs));
    }

    /** @return an engine with the built-in Zigong pack */
    public static RuleEngine zigong() {
        return builder().withBuiltInZigongPack().build();
    }

    /**
     * @param ruleDirectory a directory holding a pack (an analyst's copy of the rules)
     * @return an engine with that pack
     * @throws RulePackException when the pack is refused
     */
    public static RuleEngine fromDirectory(Path ruleDirectory) {
        return builder().withPackDirectory(ruleDirectory).build();
    }

    /** @return a builder for an engine with several packs */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a snapshot as of a day, with the pack in force that day.
     *
     * @param snapshot the facts
     * @param asOf     the day of the check
     * @return the report
     */
    public CheckReport check(CitySnapshot snapshot, LocalDate asOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        LoadedPack pack = packFor(asOf);
        try (SessionRunner runner = new SessionRunner(pack, asOf, snapshot.jurisdiction())) {
            // One-shot: no handle per fact is kept (nothing is updated later), which saves memory at city scale.
            snapshot.facts().forEach(runner::insert);
            runner.fire();
            return new CheckReport(pack.info(), snapshot.jurisdiction(), asOf, runner.findings());
        }
    }

    /**
     * Opens a stateful session for incremental use: load a snapshot, then insert, update or remove
     * facts and learn which findings appeared and disappeared.
     *
     * @param snapshot the starting facts
     * @param asOf     the day of the check
     * @return the session; close it when done
     */
    public IncrementalSession openSession(CitySnapshot snapshot, LocalDate asOf) {
        return new IncrementalSession(packFor(asOf), snapshot, asOf);
    }

    /**
     * @param asOf a day
     * @return the exact pack in force that day (name, version, content hash), to record with a subject that starts then
     */
    public RulePackRef packRef(LocalDate asOf) {
        return ref(packFor(Objects.requireNonNull(asOf, "asOf")));
    }

    /**
     * The engine as it was for a subject that started under a pack: a view that answers every question (checks,
     * parameters, routing…) with that pack only, whatever the day, as long as this engine still holds it — the same
     * name, version and content. A reload that replaces the pack (other content under the same version, or the pack
     * withdrawn) ends that: the view is then empty, and the caller decides which pack takes over (the processes: the
     * pack in force on the day, recorded in the audit trail). The view cannot be reloaded.
     *
     * @param ref the pack, as recorded with {@link #packRef(LocalDate)}
     * @return the view, or empty when this engine no longer holds the pack
     */
    public java.util.Optional<RuleEngine> pinned(RulePackRef ref) {
        Objects.requireNonNull(ref, "ref");
        for (LoadedPack p : packs.get()) {
            if (ref.equals(ref(p))) {
                return java.util.Optional.of(new RuleEngine(List.of(), List.of(p)));
            }
        }
        return java.util.Optional.empty();
    }

    private static RulePackRef ref(LoadedPack p) {
        return new RulePackRef(p.info().name(), p.info().version(), p.contentHash());
    }

    /** @return the packs loaded, oldest in-force date first */
    public List<RulePackInfo> packs() {
        return packs.get().stream().map(LoadedPack::info).toList();
    }

    /**
     * @param asOf a day
     * @return the pack in force that day
     */
    public RulePackInfo packInForce(LocalDate asOf) {
        return packFor(asOf).info();
    }

    /**
     * @param asOf a day
     * @return the constraint catalogue of the pack in force that day, by ID
     */
    public Map<String, ConstraintDefinition> catalogue(LocalDate asOf) {
        return packFor(asOf).catalogue();
    }

    /**
     * @param asOf a day
     * @return the parameters of the pack in force that day
     */
    public Parameters parameters(LocalDate asOf) {
        return packFor(asOf).parameters();
    }

    /**
     * @param asOf a day
     * @return every rule of the pack in force that day, as (rule name, file, constraint ID or null)
     */
    public List<RuleInfo> rules(LocalDate asOf) {
        return packFor(asOf).rules().values().stream()
                .map(m -> new RuleInfo(m.name(), m.file(), m.line(), m.constraintId(), m.citation(), m.definition()))
                .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::line).thenComparing(RuleInfo::name))
                .toList();
    }

    /**
     * Re-reads every pack from where it was loaded and swaps them in at once. When any pack is
     * refused, the exception lists every problem and the engine keeps serving its previous packs.
     *
     * @throws RulePackException when a pack is refused
     */
    public void reload() {
        List<LoadedPack> fresh = new ArrayList<>();
        for (PackLocation location : locations) {
            fresh.add(PackCompiler.compile(location.read()));
        }
        packs.set(sorted(fresh));
    }

    /**
     * Checks a rule directory as a reload would, without loading it: sandbox, metadata, catalogue,
     * parameters and compilation.
     *
     * @param ruleDirectory the directory
     * @return every problem found, empty when the pack would load
     */
    public static List<RuleProblem> lint(Path ruleDirectory) {
        try {
            PackCompiler.compile(PackSource.directory(ruleDirectory));
            return List.of();
        } catch (RulePackException e) {
            return e.problems();
        }
    }

    /**
     * Copies the built-in Zigong pack into a directory, as the starting point of an analyst's copy.
     * Refuses to overwrite existing files.
     *
     * @param directory the directory to create or fill
     * @return the files written
     * @throws IllegalArgumentException when a file of the pack already exists there
     */
    public static List<Path> exportBuiltInPack(Path directory) {
        PackSource source = PackSource.classpath(ZIGONG_PACK, RuleEngine.class.getClassLoader());
        List<Path> written = new ArrayList<>();
        try {
            java.nio.file.Files.createDirectories(directory);
            for (String name : source.files().keySet()) {
                if (java.nio.file.Files.exists(directory.resolve(name))) {
                    throw new IllegalArgumentException(directory.resolve(name) + " already exists: export into an empty directory");
                }
            }
            for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
                Path target = directory.resolve(file.getKey());
                java.nio.file.Files.write(target, file.getValue());
                written.add(target);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the rule pack to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    private LoadedPack packFor(LocalDate asOf) {
        List<LoadedPack> current = packs.get();
        LoadedPack chosen = current.get(0); // before every pack's in-force date: the earliest, whose rules give no finding yet (Art. 24)
        for (LoadedPack p : current) {
            if (!p.info().inForceFrom().isAfter(asOf)) {
                chosen = p;
            }
        }
        return chosen;
    }

    private static List<LoadedPack> sorted(List<LoadedPack> packs) {
        if (packs.isEmpty()) {
            throw new IllegalStateException("an engine needs at least one rule pack");
        }
        return packs.stream().sorted(Comparator.comparing(p -> p.info().inForceFrom())).toList();
    }

    /**
     * A rule of a pack.
     *
     * @param name         its name
     * @param file         its file
     * @param line         its line, 0 when unknown
     * @param constraintId the constraint it encodes, null for a definition or table rule
     * @param citation     the provision it cites
     * @param definition   what it derives, for a definition rule
     */
    public record RuleInfo(String name, String file, int line, String constraintId, Citation citation, String definition) {
    }

    private record PackLocation(Path directory, String classpathFolder) {
        PackSource read() {
            return directory != null ? PackSource.directory(directory)
                    : PackSource.classpath(classpathFolder, RuleEngine.class.getClassLoader());
        }
    }

    /** Builds an engine from one or more packs. */
    public static final class Builder {
        private final List<PackLocation> locations = new ArrayList<>();

        private Builder() {
        }

        /** @return this builder, with the built-in Zigong pack */
        public Builder withBuiltInZigongPack() {
            locations.add(new PackLocation(null, ZIGONG_PACK));
            return this;
        }

        /**
         * @param directory a pack directory
         * @return this builder
         */
        public Builder withPackDirectory(Path directory) {
            locations.add(new PackLocation(Objects.requireNonNull(directory, "directory"), null));
            return this;
        }

        /**
         * @param folder a classpath folder holding a pack
         * @return this builder
         */
        public Builder withClasspathPack(String folder) {
            locations.add(new PackLocation(null, Objects.requireNonNull(folder, "folder")));
            return this;
        }

        /**
         * Loads every pack.
         *
         * @return the engine
         * @throws RulePackException when a pack is refused
         */
        public RuleEngine build() {
            if (locations.isEmpty()) {
                throw new IllegalStateException("add at least one rule pack: withBuiltInZigongPack() or withPackDirectory(dir)");
            }
            List<LoadedPack> loaded = new ArrayList<>();
            for (PackLocation location : locations) {
                loaded.add(PackCompiler.compile(location.read()));
            }
            return new RuleEngine(locations, loaded);
        }
    }
}
