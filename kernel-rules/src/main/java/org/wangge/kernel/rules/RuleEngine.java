package org.wangge.kernel.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.internal.LoadedPack;
import org.wangge.kernel.rules.internal.PackCompiler;
import org.wangge.kernel.rules.internal.PackQuestions;
import org.wangge.kernel.rules.internal.PackSource;
import org.wangge.kernel.rules.internal.ReformLoader;
import org.wangge.kernel.rules.internal.SessionRunner;
import org.wangge.kernel.rules.internal.SliceLayout;
import org.wangge.kernel.rules.internal.SlicedCheck;
import org.wangge.kernel.rules.internal.sandbox.PackExport;
import org.wangge.kernel.rules.internal.sandbox.TrialRun;

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
    /** The host's ceiling on every check's budget (docs/security.md). */
    private final CheckBudget budget;
    /** Serialises reloads: each reads the files after the previous one swapped, so the newest files win. */
    private final Object reloading = new Object();
    /** Which path {@link #check} takes, and the sliced path's sizes. */
    private final Slicing slicing;

    /**
     * Above this many facts {@link #check} takes the sliced path by itself ({@link SlicingMode#AUTO}): 1,000,000, about
     * a district of 1,000 grids with a year of cases and accesses. Below it one session is as fast and its heap small.
     */
    public static final int DEFAULT_SLICED_ABOVE = 1_000_000;

    /** The most bulk facts one slice of a pass holds on average by default: 250,000. */
    public static final int DEFAULT_SLICE_FACTS = 250_000;

    private RuleEngine(List<PackLocation> locations, List<LoadedPack> packs, CheckBudget budget) {
        this(locations, packs, budget, Slicing.DEFAULT);
    }

    private RuleEngine(List<PackLocation> locations, List<LoadedPack> packs, CheckBudget budget, Slicing slicing) {
        this.locations = List.copyOf(locations);
        this.packs = new AtomicReference<>(sorted(packs));
        this.budget = budget;
        this.slicing = slicing;
    }

    /** The builder's slicing options. */
    private record Slicing(SlicingMode mode, int above, int sliceFacts, int threads) {
        static final Slicing DEFAULT = new Slicing(SlicingMode.AUTO, DEFAULT_SLICED_ABOVE, DEFAULT_SLICE_FACTS,
                Runtime.getRuntime().availableProcessors());
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
        return builder().withPack(ruleDirectory).build();
    }

    /**
     * @param reformFile a reform file ({@code *.reform.toml}): a base pack and its changes ({@link Reform})
     * @return an engine with the reformed pack
     * @throws RulePackException when the reform or the pack it makes is refused (every problem at its file:line)
     */
    public static RuleEngine fromReform(Path reformFile) {
        return builder().withReform(reformFile).build();
    }

    /**
     * @param rules a pack directory or a reform file
     * @return whether it is a reform file (a regular file, not a directory)
     */
    public static boolean isReform(Path rules) {
        return java.nio.file.Files.isRegularFile(rules);
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
        List<Object> facts = snapshot.facts();
        boolean sliced = switch (slicing.mode()) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> facts.size() > slicing.above() && SliceLayout.of(pack) != null;
        };
        if (sliced) {
            return new CheckReport(pack.info(), snapshot.jurisdiction(), asOf,
                    SlicedCheck.check(pack, layoutOf(pack), budget, facts, asOf, slicing.sliceFacts(), slicing.threads()));
        }
        try (SessionRunner runner = new SessionRunner(pack, asOf, snapshot.jurisdiction(), budget)) {
            runner.beginCheck(); // one budget for the whole check: firings, rule insertions, wall time
            try {
                // One-shot: no handle per fact is kept (nothing is updated later), which saves memory at city scale.
                snapshot.facts().forEach(runner::insert);
                runner.fire();
            } finally {
                runner.endCheck();
            }
            return new CheckReport(pack.info(), snapshot.jurisdiction(), asOf, runner.findings());
        }
    }

    // ---- The sliced check (SlicePlan): the same findings, in bounded sessions on every core or on many machines ----

    /**
     * How the pack in force on a day slices its facts (its {@code slicing.toml}); see {@link SlicePlan} for the steps
     * of a sliced check.
     *
     * @param asOf the day of the check
     * @return the plan
     * @throws IllegalStateException when the pack in force that day has no slicing.toml
     */
    public SlicePlan slicePlan(LocalDate asOf) {
        LoadedPack pack = packFor(Objects.requireNonNull(asOf, "asOf"));
        return new SlicePlan(layoutOf(pack), ref(pack));
    }

    private static SliceLayout layoutOf(LoadedPack pack) {
        SliceLayout layout = SliceLayout.of(pack);
        if (layout == null) {
            throw new IllegalStateException("pack " + pack.info().name() + " " + pack.info().version()
                    + " has no slicing.toml, so it cannot be checked in slices: copy the built-in pack's (wangge export-pack) "
                    + "and adapt it, or check in one session (SlicingMode.NEVER)");
        }
        return layout;
    }

    /**
     * One slice of a sliced check ({@link SlicePlan}): a session with every reference fact and the bulk facts of some
     * keys of one pass, firing only that pass's constraint rules.
     *
     * @param pass           a pass of {@link SlicePlan#passes()}
     * @param referenceFacts every reference fact of the snapshot ({@link SlicePlan#isReference})
     * @param bulkFacts      the pass's bulk facts of one or more keys, each key with all its facts
     *                       ({@link SlicePlan#sliceKeys})
     * @param asOf           the day of the check
     * @return the findings of the pass's rules on these facts, sorted: the slice's share of the report
     * @throws IllegalArgumentException when the pass is unknown, or a bulk fact does not take part in it
     */
    public List<Finding> checkSlice(String pass, Collection<?> referenceFacts, Collection<?> bulkFacts, LocalDate asOf) {
        Objects.requireNonNull(pass, "pass");
        LoadedPack pack = packFor(Objects.requireNonNull(asOf, "asOf"));
        SliceLayout layout = layoutOf(pack);
        if (!layout.passes().contains(pass)) {
            throw new IllegalArgumentException("pass \"" + pass + "\" is not one of the pack's passes " + layout.passes());
        }
        for (Object f : bulkFacts) {
            if (layout.keyIn(pass, f) == null) {
                throw new IllegalArgumentException("a " + f.getClass().getSimpleName() + " does not take part in pass \"" + pass
                        + "\" (SlicePlan.sliceKeys names the passes of each bulk fact)");
            }
        }
        requireReference(layout, referenceFacts);
        return SlicedCheck.session(pack, layout, budget, pass, referenceFacts, bulkFacts, asOf);
    }

    /**
     * The whole-city part of a sliced check ({@link SlicePlan}): a session with every reference fact and the bulk facts
     * the whole-city rules read, firing the rules that read only reference facts and those that need the whole city.
     *
     * @param referenceFacts     every reference fact of the snapshot
     * @param wholeCityBulkFacts every bulk fact for which {@link SlicePlan#isWholeCityInput} is true
     * @param asOf               the day of the check
     * @return the findings of the whole-city pass's rules, sorted
     * @throws IllegalArgumentException when a bulk fact is not a whole-city input
     */
    public List<Finding> checkWholeCity(Collection<?> referenceFacts, Collection<?> wholeCityBulkFacts, LocalDate asOf) {
        LoadedPack pack = packFor(Objects.requireNonNull(asOf, "asOf"));
        SliceLayout layout = layoutOf(pack);
        for (Object f : wholeCityBulkFacts) {
            if (!layout.isBulk(f.getClass()) || !layout.wholeCityReads(f.getClass())) {
                throw new IllegalArgumentException("a " + f.getClass().getSimpleName() + " is no whole-city input "
                        + "(SlicePlan.isWholeCityInput tells which bulk facts the whole-city pass reads)");
            }
        }
        requireReference(layout, referenceFacts);
        return SlicedCheck.session(pack, layout, budget, SlicePlan.WHOLE_CITY, referenceFacts, wholeCityBulkFacts, asOf);
    }

    private static void requireReference(SliceLayout layout, Collection<?> referenceFacts) {
        for (Object f : referenceFacts) {
            if (layout.isBulk(f.getClass())) {
                throw new IllegalArgumentException("a " + f.getClass().getSimpleName()
                        + " is a bulk fact, not a reference fact (SlicePlan.isReference)");
            }
        }
    }

    /**
     * The report of a sliced check: the findings of every slice and of the whole-city pass, each once, sorted.
     *
     * @param jurisdiction the snapshot's jurisdiction
     * @param asOf         the day of the check
     * @param parts        the findings of {@link #checkSlice} and {@link #checkWholeCity}
     * @return the report, equal to {@link #check}'s in one session
     */
    public CheckReport combine(String jurisdiction, LocalDate asOf, Collection<? extends Collection<Finding>> parts) {
        LoadedPack pack = packFor(Objects.requireNonNull(asOf, "asOf"));
        return new CheckReport(pack.info(), jurisdiction, asOf, SlicedCheck.combine(parts));
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
        return new IncrementalSession(packFor(asOf), snapshot, asOf, budget);
    }

    // ---- Typed questions the processes ask (queries.drl of the pack in force on the day; no evidence is read) ----

    /**
     * 流转: the department kinds whose duties cover a case, as the routing table of the pack in force on the day says
     * (ZG-15-02); for a case reporting obstruction of a grid worker, public security only (Art. 23, ZG-23-01).
     *
     * @param kase the case
     * @param day  the day of the question
     * @return the kinds, empty when no row of the table covers the case
     * @throws IllegalStateException when the pack lacks the query {@code responsibleDepartmentKinds(String caseId)}
     */
    public Set<DepartmentKind> responsibleDepartmentKinds(Case kase, LocalDate day) {
        return PackQuestions.responsibleDepartmentKinds(packFor(Objects.requireNonNull(day, "day")), kase, day);
    }

    /**
     * 交办: whether the rules refuse assigning a case to a department (ZG-15-02: the department's kind must be one the
     * routing table names; ZG-23-01: obstruction of a grid worker goes to public security).
     *
     * @param assigned   the case as it would be after the assignment (assigned to {@code department}, with its time)
     * @param department the department
     * @param day        the day of the question
     * @return the refusing findings on the case
     * @throws IllegalArgumentException when the case is not assigned to the department
     * @throws IllegalStateException    when the pack lacks the query {@code assignmentRefusals(String caseId)}
     */
    public StepCheck checkAssignment(Case assigned, Organisation department, LocalDate day) {
        return PackQuestions.checkAssignment(packFor(Objects.requireNonNull(day, "day")), assigned, department, day);
    }

    /**
     * 事项准入: whether the rules bar a matter from the grid matter list (ZG-10-02).
     *
     * @param matter the matter proposed
     * @param day    the day of the question
     * @return the barring findings on the matter
     * @throws IllegalStateException when the pack lacks the query {@code matterAdmissionRefusals(String matterId)}
     */
    public StepCheck checkMatterAdmission(Matter matter, LocalDate day) {
        return PackQuestions.checkMatterAdmission(packFor(Objects.requireNonNull(day, "day")), matter, day);
    }

    /**
     * 人随事转、费随事转: whether the rules refuse the resources a department confirms for grids it relies on
     * (ZG-11-02 personnel and funds), and what they note (ZG-11-03 support).
     *
     * @param engagement    the engagement with the resources confirmed
     * @param organisations the organisations it names (the consenting agency), as registered
     * @param day           the day of the question
     * @return refusals (ZG-11-02) and notes (ZG-11-03) on the engagement
     * @throws IllegalStateException when the pack lacks the queries {@code engagementRefusals} or {@code engagementNotes}
     */
    public StepCheck checkEngagement(Engagement engagement, Collection<Organisation> organisations, LocalDate day) {
        return PackQuestions.checkEngagement(packFor(Objects.requireNonNull(day, "day")), engagement, organisations, day);
    }

    /**
     * Art. 7, 8: the findings on proposed grids, except the filing itself (ZG-07-03), in a city with the proposal.
     *
     * @param proposed the city with the proposed grids
     * @param gridIds  the grids of the proposal
     * @param day      the day of the question
     * @return VIOLATION findings on the grids as refusals, the others as notes
     * @throws IllegalStateException when the pack lacks the query {@code gridProposalBreaches(String gridId)}
     */
    public StepCheck checkGridProposal(CitySnapshot proposed, Collection<String> gridIds, LocalDate day) {
        Objects.requireNonNull(proposed, "proposed");
        return PackQuestions.checkGridProposal(packFor(Objects.requireNonNull(day, "day")), proposed.facts(), gridIds, day);
    }

    /**
     * Art. 22: the finding of a staff-duty breach, with its consequence level, that a decided complaint gives.
     *
     * @param complaint the complaint as decided (substantiated, with its decision day)
     * @param day       the day of the question
     * @return the finding first by article, or empty when the complaint gives none with a level
     * @throws IllegalStateException when the pack lacks the query {@code complaintBreaches(String complaintId)}
     */
    public Optional<Finding> complaintConsequence(Complaint complaint, LocalDate day) {
        return PackQuestions.complaintConsequence(packFor(Objects.requireNonNull(day, "day")), complaint, day);
    }

    /**
     * Art. 22: the finding of a staff-duty breach, with its consequence level, that a decided conduct incident gives —
     * the TEXT finding of an investigation (查实), e.g. of a misconduct case opened from an INDICATOR finding. The level
     * follows the circumstances (情节) recorded on the incident; without them it is correction and a circular, and the
     * finding names the higher starting level that awaits them ({@link Finding#consequenceAwaitingCircumstances()}).
     *
     * @param incident the incident as decided (substantiated, with its decision day and any circumstances)
     * @param day      the day of the question
     * @return the finding first by article, or empty when the incident gives none with a level
     * @throws IllegalStateException when the pack lacks the query {@code incidentBreaches(String incidentId)}
     */
    public Optional<Finding> incidentConsequence(ConductIncident incident, LocalDate day) {
        return PackQuestions.incidentConsequence(packFor(Objects.requireNonNull(day, "day")), incident, day);
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
                return java.util.Optional.of(new RuleEngine(List.of(), List.of(p), budget, slicing));
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
                .map(m -> new RuleInfo(m.name(), m.file(), m.line(), m.constraintId(), m.citation(), m.definition(), m.basis(),
                        m.severity(), m.policies(), m.messageKey()))
                .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::line).thenComparing(RuleInfo::name))
                .toList();
    }

    /** @return the host's ceiling on the budget of every check */
    public CheckBudget checkBudget() {
        return budget;
    }

    /**
     * Re-reads every pack from where it was loaded, compiles it, trial-runs it on a small built-in city under the
     * check budget, and swaps them in at once. When any pack is refused, the exception lists every problem and the
     * engine keeps serving its previous packs. Reloads are serialised: one that starts while another runs waits, then
     * reads the files as they are then, so the newest files win.
     *
     * @throws RulePackException when a pack is refused
     */
    public void reload() {
        synchronized (reloading) {
            List<LoadedPack> fresh = new ArrayList<>();
            for (PackLocation location : locations) {
                fresh.add(location.load(budget));
            }
            packs.set(sorted(fresh));
        }
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
            PackLocation where = isReform(ruleDirectory) ? new PackLocation(null, null, ruleDirectory)
                    : new PackLocation(ruleDirectory, null);
            where.load(CheckBudget.DEFAULT);
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
     * @throws IllegalArgumentException when a file of the pack already exists there (a dangling symbolic link
     *         counts), or when the directory is a symbolic link: nothing is ever written through a link
     */
    public static List<Path> exportBuiltInPack(Path directory) {
        return PackExport.export(PackSource.classpath(ZIGONG_PACK, RuleEngine.class.getClassLoader()), directory);
    }

    /**
     * Copies the built-in Zigong pack into a directory with its decision tables in the chosen format: as
     * {@code .drl.csv} (what {@link #exportBuiltInPack(Path)} writes) or as {@code .drl.xlsx} workbooks (one sheet,
     * {@code Sheet1}, cell for cell the CSV table; the {@code [[table]]} entries of parameters.toml name them). Either
     * copy loads and checks alike. Refuses to overwrite existing files.
     *
     * @param directory the directory to create or fill
     * @param tables    the format of the decision tables
     * @return the files written
     * @throws IllegalArgumentException as {@link #exportBuiltInPack(Path)}
     */
    public static List<Path> exportBuiltInPack(Path directory, TableFormat tables) {
        PackSource source = PackSource.classpath(ZIGONG_PACK, RuleEngine.class.getClassLoader());
        return PackExport.export(Objects.requireNonNull(tables, "tables") == TableFormat.XLSX
                ? org.wangge.kernel.rules.internal.TableWorkbooks.withXlsxTables(source) : source, directory);
    }

    /** The file format of a pack's decision tables (决策表). */
    public enum TableFormat {
        /** {@code .drl.csv}: text, one row a line, diffable */
        CSV,
        /** {@code .drl.xlsx}: an Excel workbook, for analysts who edit tables in a spreadsheet */
        XLSX
    }

    /**
     * A pack compiled and trial-run, or one the compiled-pack cache knows passed both (its rule base then built on first use).
     */
    private static LoadedPack load(PackSource source, CheckBudget budget) {
        LoadedPack known = PackCompiler.fromCache(source, budget);
        if (known != null) {
            return known;
        }
        LoadedPack pack = TrialRun.require(PackCompiler.compile(source), budget);
        PackCompiler.remember(pack, budget);
        return pack;
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
     * @param basis        for a constraint rule, its basis (TEXT, POLICY, INDICATOR); null otherwise
     * @param severity     for a constraint rule, the severity it declares; null otherwise
     * @param policies     the parameters and {@code table:} names of its {@code @policy}; empty when none
     * @param messageKey   for a constraint rule, its template's key in messages.tsv; null otherwise
     */
    public record RuleInfo(String name, String file, int line, String constraintId, Citation citation, String definition,
            Basis basis, Severity severity, List<String> policies, String messageKey) {

        /**
         * A rule without basis metadata (a definition or table rule).
         *
         * @param name         name
         * @param file         file
         * @param line         line
         * @param constraintId constraint
         * @param citation     citation
         * @param definition   definition
         */
        public RuleInfo(String name, String file, int line, String constraintId, Citation citation, String definition) {
            this(name, file, line, constraintId, citation, definition, null, null, List.of(), null);
        }
    }

    private record PackLocation(Path directory, String classpathFolder, Path reform) {
        PackLocation(Path directory, String classpathFolder) {
            this(directory, classpathFolder, null);
        }

        LoadedPack load(CheckBudget budget) {
            if (reform != null) {
                ReformLoader.Prepared prepared = ReformLoader.prepare(reform);
                try {
                    return RuleEngine.load(prepared.source(), budget);
                } catch (RulePackException e) {
                    throw prepared.place(e);
                }
            }
            PackSource source = directory != null ? PackSource.directory(directory)
                    : PackSource.classpath(classpathFolder, RuleEngine.class.getClassLoader());
            return RuleEngine.load(source, budget);
        }
    }

    /** Builds an engine from one or more packs. */
    public static final class Builder {
        private final List<PackLocation> locations = new ArrayList<>();
        private CheckBudget budget = CheckBudget.DEFAULT;
        private Slicing slicing = Slicing.DEFAULT;

        private Builder() {
        }

        /**
         * Which path {@link RuleEngine#check} takes: {@link SlicingMode#AUTO} (the default) slices above
         * {@link #slicedAbove(int)} facts when the pack has a slicing.toml.
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder slicing(SlicingMode mode) {
            slicing = new Slicing(Objects.requireNonNull(mode, "mode"), slicing.above(), slicing.sliceFacts(), slicing.threads());
            return this;
        }

        /**
         * @param facts above how many facts of a snapshot {@link SlicingMode#AUTO} slices (default {@link RuleEngine#DEFAULT_SLICED_ABOVE})
         * @return this builder
         */
        public Builder slicedAbove(int facts) {
            if (facts < 0) {
                throw new IllegalArgumentException("slicedAbove must not be negative, not " + facts);
            }
            slicing = new Slicing(slicing.mode(), facts, slicing.sliceFacts(), slicing.threads());
            return this;
        }

        /**
         * @param facts the most bulk facts a slice holds on average (default {@link RuleEngine#DEFAULT_SLICE_FACTS}); a pass of
         *              n bulk facts has ⌈n / facts⌉ slices
         * @return this builder
         */
        public Builder sliceFacts(int facts) {
            if (facts < 1) {
                throw new IllegalArgumentException("sliceFacts must be at least 1, not " + facts);
            }
            slicing = new Slicing(slicing.mode(), slicing.above(), facts, slicing.threads());
            return this;
        }

        /**
         * @param threads how many sessions of a sliced check run at once (default: the available processors); each holds
         *                the reference facts and one slice
         * @return this builder
         */
        public Builder sliceThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("sliceThreads must be at least 1, not " + threads);
            }
            slicing = new Slicing(slicing.mode(), slicing.above(), slicing.sliceFacts(), threads);
            return this;
        }

        /**
         * Sets the ceiling on every check's budget (firings and rule insertions per fact, wall time); a pack may
         * lower it in its pack.properties, never raise it.
         *
         * @param budget the budget
         * @return this builder
         */
        public Builder checkBudget(CheckBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
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
         * @param reformFile a reform file ({@link Reform}): its base pack with its changes
         * @return this builder
         */
        public Builder withReform(Path reformFile) {
            locations.add(new PackLocation(null, null, Objects.requireNonNull(reformFile, "reformFile")));
            return this;
        }

        /**
         * @param rules a pack directory or a reform file
         * @return this builder
         */
        public Builder withPack(Path rules) {
            return isReform(Objects.requireNonNull(rules, "rules")) ? withReform(rules) : withPackDirectory(rules);
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
                loaded.add(location.load(budget));
            }
            return new RuleEngine(locations, loaded, budget, slicing);
        }
    }
}
