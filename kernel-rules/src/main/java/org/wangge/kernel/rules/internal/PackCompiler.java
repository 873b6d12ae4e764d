package org.wangge.kernel.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.drools.model.codegen.ExecutableModelProject;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.calendar.WorkingDayCalendarLoader;
import org.wangge.kernel.model.identity.DivisionCode;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.Parameters;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.RuleProblem;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.internal.sandbox.BuildErrors;
import org.wangge.kernel.rules.internal.sandbox.BuildSafety;
import org.wangge.kernel.rules.internal.sandbox.PackBudget;
import org.wangge.kernel.rules.internal.sandbox.PackSandbox;
import org.wangge.kernel.rules.Verb;

/**
 * Compiles and validates a rule pack. Every check runs and every problem is collected before the
 * pack is refused, so an analyst sees all errors at once; nothing is returned unless all pass.
 */
public final class PackCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|(\\S+))", Pattern.MULTILINE);

    private PackCompiler() {
    }

    /**
     * Runs every check that needs no compilation: pack descriptor, catalogue, parameters, calendar
     * and the sandbox check of rule files.
     *
     * @param source   the pack's files
     * @param problems where problems are added
     * @return the parts read, for {@link #compile}
     */
    public static Parts readParts(PackSource source, List<RuleProblem> problems) {
        return readParts(source, problems, true);
    }

    private static Parts readParts(PackSource source, List<RuleProblem> problems, boolean lint) {
        RulePackInfo info = readInfo(source, problems);
        PackBudget.validate(source, problems);
        Map<String, ConstraintDefinition> catalogue = CatalogueReader.read(source.text(CatalogueReader.FILE), problems);
        ParameterFileReader.Result parameters = ParameterFileReader.readAll(source.text(ParameterFileReader.FILE), problems);
        Messages messages = Messages.read(source.text(Messages.MESSAGES_FILE), source.text(Messages.LABELS_FILE), problems);
        catalogue.replaceAll((id, c) -> {
            Messages.Entry t = messages.template(id);
            return t == null ? c : c.withTemplates(t.zh(), t.en());
        });
        WorkingDayCalendar calendar = readCalendar(source, problems);
        boolean anyRules = false;
        for (String file : source.files().keySet()) {
            if (file.endsWith(".drl") || file.endsWith(".drl.csv")) {
                anyRules = true;
                if (lint) {
                    problems.addAll(RuleFileLint.check(file, source.text(file)));
                }
            }
            anyRules |= file.endsWith(".drl.xlsx"); // checked on its compiled form only (internal.sandbox)
        }
        if (!anyRules) {
            problems.add(new RuleProblem(source.location(), 0, 0, "the pack holds no rule files (*.drl, *.drl.csv, *.drl.xlsx)"));
        }
        return new Parts(info, catalogue, new Parameters(parameters.parameters(), parameters.tables()), calendar, messages);
    }

    /**
     * Reads, checks and compiles a pack.
     *
     * @param source the pack's files
     * @return the loaded pack
     * @throws RulePackException listing every problem, when any is found
     */
    public static LoadedPack compile(PackSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        Parts parts = readParts(source, problems);
        List<RuleProblem> unsafe = BuildSafety.check(source);
        if (!unsafe.isEmpty()) { // the build itself would evaluate these: never start it
            problems.addAll(unsafe);
            throw new RulePackException(source.location(), problems);
        }
        // The text check is a friendly first look; the allow-list check on the compiled code (in build) is the one that
        // cannot be fooled. A pack compiled before from exactly these files (and this kernel and Drools) is loaded, not
        // recompiled; the checks below still run on it, and only a pack that passed them all is stored.
        CompiledPackCache cache = CompiledPackCache.standard();
        KieBase cached = cache.load(source);
        KieBase kieBase = cached != null ? cached : buildOffForkJoin(source, problems);
        Map<String, RuleMeta> rules = kieBase == null || parts.catalogue() == null ? Map.of() : validateMetadata(source, kieBase, parts, problems);
        if (kieBase != null && !rules.isEmpty()) {
            SliceLayout.check(source, kieBase, rules, problems); // slicing.toml against the rules' joins
        }
        if (kieBase == null) {
            beyondBrokenFiles(source, parts, problems);
        }
        dropRepeats(problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(source.location(), problems);
        }
        if (cached == null) {
            cache.store(source, kieBase);
        }
        return new LoadedPack(parts.info(), kieBase, parts.catalogue(), parts.parameters(), parts.calendar(), rules, source,
                parts.messages());
    }

    /**
     * A pack the compiled-pack cache knows: compiled from exactly these files (and this kernel and Drools), it passed
     * every check and a trial run under a budget no more generous than {@code budget}. Its catalogue, parameters and
     * messages are read from the files (every check of them runs again), its rules' metadata comes from the cache, and
     * its rule base is loaded from the cache (the sandbox checks the kept classes again) or, when that entry is gone or
     * refused, compiled afresh with every check, only on first use: {@code wangge explain} never needs it.
     *
     * @param source the pack's files
     * @param budget the host's budget
     * @return the pack, or null when the cache has no usable metadata for it (then {@link #compile} it and trial-run it)
     */
    public static LoadedPack fromCache(PackSource source, org.wangge.kernel.rules.CheckBudget budget) {
        CompiledPackCache cache = CompiledPackCache.standard();
        CompiledPackCache.Metadata meta = cache.loadMetadata(source);
        if (meta == null || !atMost(meta.budget(), budget)) {
            return null;
        }
        List<RuleProblem> problems = new ArrayList<>();
        // The rule files passed the lint when the entry was stored (the key covers every file and the kernel's code).
        Parts parts = readParts(source, problems, false);
        if (!problems.isEmpty() || parts.catalogue() == null) {
            return null; // the full compile reports them
        }
        java.util.function.Supplier<KieBase> compiled = LoadedPack.once(() -> {
            KieBase kieBase = cache.load(source);
            if (kieBase != null) {
                return kieBase;
            }
            List<RuleProblem> found = new ArrayList<>(BuildSafety.check(source));
            KieBase built = found.isEmpty() ? buildOffForkJoin(source, found) : null;
            if (built != null && found.isEmpty()) {
                validateMetadata(source, built, parts, found);
            }
            if (!found.isEmpty() || built == null) {
                throw new RulePackException(source.location(), found);
            }
            cache.store(source, built);
            return built;
        });
        return new LoadedPack(parts.info(), compiled, parts.catalogue(), parts.parameters(), parts.calendar(), meta.rules(), source,
                parts.messages());
    }

    /** Whether a trial run under {@code passed} tells that one under {@code now} passes too: no limit of it is higher. */
    private static boolean atMost(org.wangge.kernel.rules.CheckBudget passed, org.wangge.kernel.rules.CheckBudget now) {
        return passed.firingsPerFact() <= now.firingsPerFact() && passed.insertionsPerFact() <= now.insertionsPerFact()
                && passed.time().compareTo(now.time()) <= 0;
    }

    /**
     * Keeps a pack's checked rule metadata in the compiled-pack cache once it passed its trial run (see {@link #fromCache}).
     *
     * @param pack   the pack, compiled and trial-run
     * @param budget the host budget of its trial run
     */
    public static void remember(LoadedPack pack, org.wangge.kernel.rules.CheckBudget budget) {
        CompiledPackCache.standard().storeMetadata(pack.source(), pack.rules(), budget);
    }

    /**
     * Every stage reports in one run: when the build failed, the files it failed on are left out and the rest is built
     * again (at most {@value #MAX_REBUILDS} times, each round leaving out the files the last one failed on), so that
     * the compile errors a syntax error hid, the bytecode sandbox and the metadata of every rule that compiles are
     * still checked. The partial builds are never loaded or cached.
     */
    private static void beyondBrokenFiles(PackSource source, Parts parts, List<RuleProblem> problems) {
        java.util.Set<String> broken = new java.util.TreeSet<>();
        for (int round = 0; round < MAX_REBUILDS; round++) {
            boolean more = false;
            for (RuleProblem p : problems) {
                if (isRuleFile(p.file()) && source.files().containsKey(p.file())) {
                    more |= broken.add(p.file());
                }
            }
            if (!more) {
                return;
            }
            Map<String, byte[]> rest = new java.util.TreeMap<>(source.files());
            rest.keySet().removeAll(broken);
            if (rest.keySet().stream().noneMatch(PackCompiler::isRuleFile)) {
                return;
            }
            List<RuleProblem> found = new ArrayList<>();
            KieBase partial = buildOffForkJoin(new PackSource(source.location(), rest), found);
            // Only what the files left in show: a problem a left-out file would cause elsewhere is not the analyst's.
            found.stream().filter(p -> !broken.contains(p.file())).forEach(problems::add);
            if (partial != null) {
                if (parts.catalogue() != null) {
                    validateMetadata(source, partial, parts, problems);
                }
                return;
            }
        }
    }

    private static final int MAX_REBUILDS = 3;

    private static boolean isRuleFile(String f) {
        return f.endsWith(".drl") || f.endsWith(".drl.csv") || f.endsWith(".drl.xlsx");
    }

    /**
     * Each problem once: the same file, line and message (a rebuild finds again what the first build found). The bytecode
     * sandbox's refusal of a place the text check named too is kept: it names the member the compiled code uses.
     */
    private static void dropRepeats(List<RuleProblem> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<RuleProblem> out = new ArrayList<>();
        for (RuleProblem p : problems) {
            if (seen.add(p.file() + ":" + p.line() + ":" + p.message())) {
                out.add(p);
            }
        }
        problems.clear();
        problems.addAll(out);
    }

    /**
     * Builds on a thread of its own when called from a fork-join worker: the executable model compiles with parallel
     * streams, which run in the caller's pool and, while they wait, run other tasks of that pool on this very thread
     * (a host's tasks, JUnit's tests) in the middle of the build, even inside a class initialiser that is compiling.
     */
    private static KieBase buildOffForkJoin(PackSource source, List<RuleProblem> problems) {
        if (!(Thread.currentThread() instanceof java.util.concurrent.ForkJoinWorkerThread)) {
            return build(source, problems);
        }
        java.util.concurrent.FutureTask<KieBase> task = new java.util.concurrent.FutureTask<>(() -> build(source, problems));
        Thread builder = new Thread(task, "wangge-pack-build");
        builder.setDaemon(true);
        builder.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the rule pack " + source.location(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("compiling the rule pack " + source.location() + " failed", e.getCause());
        }
    }

    /**
     * The parts of a pack read before compilation.
     *
     * @param info       identity
     * @param catalogue  constraints
     * @param parameters parameters
     * @param calendar   calendar
     * @param messages   message templates and labels
     */
    public record Parts(RulePackInfo info, Map<String, ConstraintDefinition> catalogue, Parameters parameters,
            WorkingDayCalendar calendar, Messages messages) {
    }

    private static RulePackInfo readInfo(PackSource source, List<RuleProblem> problems) {
        String text = source.text("pack.properties");
        if (text == null) {
            problems.add(new RuleProblem("pack.properties", 0, 0,
                    "the pack has no pack.properties: give name, version, in-force-from and jurisdiction"));
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem("pack.properties", 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        int before = problems.size();
        for (String key : List.of("name", "version", "in-force-from", "jurisdiction")) {
            if (p.getProperty(key, "").isBlank()) {
                problems.add(new RuleProblem("pack.properties", 0, 0, "missing \"" + key + "\""));
            }
        }
        LocalDate from = null;
        try {
            from = LocalDate.parse(p.getProperty("in-force-from", "").strip());
        } catch (DateTimeParseException e) {
            problems.add(new RuleProblem("pack.properties", LineText.lineOf(text, "in-force-from"), 1,
                    "in-force-from \"" + p.getProperty("in-force-from") + "\" is not a date like 2024-02-01"));
        }
        String jurisdiction = p.getProperty("jurisdiction", "").strip();
        if (!jurisdiction.isEmpty() && !DivisionCode.isValid(jurisdiction)) {
            problems.add(new RuleProblem("pack.properties", LineText.lineOf(text, "jurisdiction"), 1,
                    "jurisdiction \"" + jurisdiction + "\" is not a GB/T 2260 code such as 510300"));
        }
        if (problems.size() > before) {
            return null;
        }
        String name = p.getProperty("name").strip();
        String version = p.getProperty("version").strip();
        String basedOn = blankToNull(p.getProperty("based-on"));
        List<String> chain = new ArrayList<>();
        for (String r : p.getProperty("reform-chain", "").split(";")) {
            if (!r.isBlank()) {
                chain.add(r.strip());
            }
        }
        String hash = source.contentHash();
        boolean edited = false;
        if (!source.location().startsWith("classpath:")) {
            // An analyst's copy that keeps the built-in pack's name and version is not that pack once its files differ.
            BuiltIn builtIn = BuiltIn.get();
            if (builtIn != null && builtIn.name().equals(name) && builtIn.version().equals(version) && !builtIn.hash().equals(hash)) {
                edited = true;
                basedOn = basedOn != null ? basedOn : builtIn.identity();
            }
        }
        return new RulePackInfo(name, version, from, jurisdiction, source.location(), basedOn, chain, hash, edited);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The built-in pack's name, version and content hash, read once (its files only: nothing is compiled). */
    record BuiltIn(String name, String version, String hash) {
        private static volatile BuiltIn value;
        private static volatile boolean read;

        String identity() {
            return name + " " + version + " sha256:" + hash.substring(0, 12);
        }

        static BuiltIn get() {
            if (!read) {
                synchronized (BuiltIn.class) {
                    if (!read) {
                        try {
                            PackSource s = PackSource.classpath(org.wangge.kernel.rules.RuleEngine.ZIGONG_PACK,
                                    PackCompiler.class.getClassLoader());
                            Properties p = new Properties();
                            p.load(new StringReader(s.text("pack.properties")));
                            value = new BuiltIn(p.getProperty("name", "").strip(), p.getProperty("version", "").strip(), s.contentHash());
                        } catch (RuntimeException | IOException e) {
                            value = null; // no built-in pack on this class path: nothing to compare with
                        }
                        read = true;
                    }
                }
            }
            return value;
        }
    }

    private static WorkingDayCalendar readCalendar(PackSource source, List<RuleProblem> problems) {
        WorkingDayCalendar calendar = WorkingDayCalendarLoader.prc();
        for (String file : source.files().keySet()) {
            if (file.equals("calendar.txt") || file.endsWith(".calendar.txt")) {
                try {
                    // A pack's own calendar file adds years (e.g. 2027) to the built-in PRC calendar.
                    calendar = calendar.plus(WorkingDayCalendarLoader.load(new StringReader(source.text(file)), file));
                } catch (IllegalArgumentException e) { // CalendarFormatException included: it lists every error
                    problems.add(new RuleProblem(file, 0, 0, e.getMessage()));
                }
            }
        }
        return calendar;
    }

    /**
     * One build at a time in a JVM: builds that ran side by side (parallel tests, a lint beside a reload) were seen to
     * give a pack the decision table of another build of the same file name (an edited routing.drl.csv compiled as the
     * built-in one), so the builds are serialised.
     */
    private static final Object BUILDING = new Object();

    private static KieBase build(PackSource source, List<RuleProblem> problems) {
        synchronized (BUILDING) {
            return buildAlone(source, problems);
        }
    }

    private static KieBase buildAlone(PackSource source, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // The content key in the name: a kjar kept by the compiled-pack cache carries its release id into other JVMs, whose
        // own build counter starts again at 1; two packs of different content must never share a release id there.
        ReleaseId releaseId = ks.newReleaseId("org.wangge.rulepack",
                "pack-" + CompiledPackCache.key(source).substring(0, 16) + "-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            String name = file.getKey();
            if (name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")) {
                // Place each rule file in the folder of its package, as Drools expects (else it warns on every file).
                kfs.write("src/main/resources/" + folderOf(name, file.getValue()) + name, file.getValue());
            }
        }
        // The executable model: all rule code becomes Java bytecode, which the sandbox checks before anything is loaded.
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (errors.isEmpty()) {
            List<RuleProblem> refused = PackSandbox.checkAndInstrument(source, builder, releaseId);
            if (!refused.isEmpty()) {
                problems.addAll(refused);
                ks.getRepository().removeKieModule(releaseId);
                return null;
            }
        }
        if (!errors.isEmpty()) {
            List<RuleProblem> found = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "?" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
                String text = m.getText().replaceAll("\\s+", " ").strip();
                int line = Math.max(m.getLine(), 0);
                int column = Math.max(m.getColumn(), 0);
                Matcher pos = PARSER_POSITION.matcher(text);
                if (pos.find()) { // the DRL parser puts "Line 34:59" in its text and leaves the column out
                    line = line > 0 ? line : Integer.parseInt(pos.group(1));
                    column = column > 0 ? column : Integer.parseInt(pos.group(2)) + 1;
                }
                if (path.endsWith(".java")) { // code Drools generated, most often from a decision table's cell
                    RuleProblem cell = TableCells.locate(source, text);
                    if (cell != null) {
                        found.add(cell);
                        continue;
                    }
                    if (text.startsWith("Java source of ") && errors.size() > 1) {
                        continue; // repeats the whole generated source of an error listed on its own
                    }
                }
                RuleProblem plain = CompileErrors.explain(path, source.text(path), text);
                if (plain != null) {
                    found.add(plain);
                    continue;
                }
                if (line <= 0) { // the executable model names the file but not the line of an unknown field or method
                    int[] at = BuildErrors.locate(source.text(path), text);
                    line = at[0];
                    column = at[1];
                }
                found.add(new RuleProblem(path, line, column, text));
            }
            // "Parser returned a null Package" only repeats that the file had a syntax error already listed.
            for (RuleProblem p : new java.util.ArrayList<>(new java.util.LinkedHashSet<>(found))) {
                boolean echo = p.message().contains("Parser returned a null Package")
                        && found.stream().anyMatch(o -> o != p && o.file().equals(p.file()));
                if (!echo) {
                    problems.add(p);
                }
            }
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId); // keep reloads from piling up modules in memory
        return kieBase;
    }

    private static final Pattern PACKAGE_DECL = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern TABLE_PACKAGE = Pattern.compile("^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)", Pattern.MULTILINE);

    /** The resource folder of a rule file's package ({@code org/wangge/...}), or {@code wangge/} when it declares none. */
    private static String folderOf(String name, byte[] content) {
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = (name.endsWith(".drl") ? PACKAGE_DECL : TABLE_PACKAGE).matcher(text);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "wangge/";
    }

    private static Map<String, RuleMeta> validateMetadata(PackSource source, KieBase kieBase, Parts parts,
            List<RuleProblem> problems) {
        Map<String, ConstraintDefinition> catalogue = parts.catalogue();
        Map<String, String[]> locations = ruleLocations(source);
        Map<String, RuleMeta> out = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            // Queries (queries.drl) answer the processes' questions and fire nothing; the executable model keeps no
            // metadata on them, so they are not judged as rules.
            Set<String> queries = new HashSet<>();
            pkg.getQueries().forEach(q -> queries.add(q.getName()));
            for (Rule rule : pkg.getRules()) {
                if (queries.contains(rule.getName())) {
                    continue;
                }
                String[] loc = locations.getOrDefault(rule.getName(), new String[] {tableFile(source, rule.getName()), "0"});
                String file = loc[0];
                int line = Integer.parseInt(loc[1]);
                Map<String, Object> md = rule.getMetaData();
                List<String> errors = new ArrayList<>();
                String constraintId = str(md.get("constraintId"));
                String definition = str(md.get("definition"));
                Citation citation = null;
                Severity severity = null;
                LocalDate from = null;
                Basis basis = null;
                Verb verb = null;
                List<String> policies = List.of();
                String messageKey = null;
                if (constraintId == null && definition == null) {
                    errors.add("rule \"" + rule.getName() + "\" has neither @constraintId(\"ZG-..\") nor @definition(\"…\") metadata");
                }
                if (md.get("citation") == null) {
                    errors.add("rule \"" + rule.getName() + "\" lacks @citation(\"Art. N ¶P\")");
                } else {
                    try {
                        citation = Citation.parse(str(md.get("citation")));
                    } catch (IllegalArgumentException e) {
                        errors.add("rule \"" + rule.getName() + "\": " + e.getMessage());
                    }
                }
                if (constraintId != null) {
                    ConstraintDefinition c = catalogue.get(constraintId);
                    if (c == null) {
                        errors.add("rule \"" + rule.getName() + "\" cites constraint " + constraintId
                                + ", which the catalogue (constraints.tsv) does not have");
                    }
                    String sev = str(md.get("severity"));
                    if (sev == null) {
                        errors.add("rule \"" + rule.getName() + "\" lacks @severity(\"VIOLATION|WARNING|NOTICE\")");
                    } else {
                        try {
                            severity = Severity.valueOf(sev);
                        } catch (IllegalArgumentException e) {
                            errors.add("rule \"" + rule.getName() + "\": severity \"" + sev + "\" is not VIOLATION, WARNING or NOTICE");
                        }
                    }
                    String f = str(md.get("inForceFrom"));
                    if (f == null) {
                        errors.add("rule \"" + rule.getName() + "\" lacks @inForceFrom(\"2024-02-01\")");
                    } else {
                        try {
                            from = LocalDate.parse(f);
                        } catch (DateTimeParseException e) {
                            errors.add("rule \"" + rule.getName() + "\": inForceFrom \"" + f + "\" is not a date like 2024-02-01");
                        }
                    }
                    if (c != null && citation != null && citation.article() != c.citation().article()) {
                        errors.add("rule \"" + rule.getName() + "\" cites " + citation + " but " + constraintId
                                + " is under " + c.citation());
                    }
                    if (c != null && severity != null && !c.severities().contains(severity)) {
                        errors.add("rule \"" + rule.getName() + "\" has severity " + severity + " but the catalogue gives "
                                + constraintId + " severity " + c.severities());
                    }
                    BasisCheck bc = checkBasis(rule.getName(), md, c, severity, parts, source, errors);
                    basis = bc.basis();
                    verb = bc.verb();
                    policies = bc.policies();
                    messageKey = bc.messageKey();
                }
                if (md.get(org.wangge.kernel.rules.facts.Breach.PERSONAL_EVIDENCE) != null) {
                    try {
                        org.wangge.kernel.rules.facts.Breach.declaredPersonalEvidence(str(md.get(org.wangge.kernel.rules.facts.Breach.PERSONAL_EVIDENCE)));
                    } catch (IllegalArgumentException e) {
                        errors.add("rule \"" + rule.getName() + "\": " + e.getMessage());
                    }
                }
                if (errors.isEmpty()) {
                    out.put(rule.getName(), new RuleMeta(rule.getName(), file, line, constraintId, citation, severity, from, definition,
                            basis, verb, policies, messageKey));
                } else {
                    errors.forEach(e -> problems.add(new RuleProblem(file, line, line > 0 ? 1 : 0, e)));
                }
            }
        }
        return out;
    }

    private record BasisCheck(Basis basis, Verb verb, List<String> policies, String messageKey) {
    }

    /**
     * Checks a constraint rule's {@code @basis}, {@code @verb}, {@code @policy} and {@code @message} against the
     * catalogue, the parameters and the messages (issue 11): the severity must follow from basis and verb.
     */
    private static BasisCheck checkBasis(String name, Map<String, Object> md, ConstraintDefinition c, Severity severity, Parts parts,
            PackSource source, List<String> errors) {
        String rule = "rule \"" + name + "\"";
        Basis basis = null;
        String b = str(md.get("basis"));
        if (b == null) {
            errors.add(rule + " lacks @basis(\"TEXT|POLICY|INDICATOR\"): say what makes its finding a breach (CATALOGUE.md, \"Basis and severity\")");
        } else {
            try {
                basis = Basis.valueOf(b);
            } catch (IllegalArgumentException e) {
                errors.add(rule + ": basis \"" + b + "\" is not TEXT, POLICY or INDICATOR");
            }
        }
        if (c != null && basis != null && !c.bases().contains(basis)) {
            errors.add(rule + " has basis " + basis + " but the catalogue allows " + c.id() + " only " + sorted(c.bases()));
        }
        Verb verb = null;
        String v = str(md.get("verb"));
        if (v != null) {
            try {
                verb = Verb.parse(v);
                if (c != null && !c.verbs().contains(verb)) {
                    errors.add(rule + ": verb " + verb.word() + " is not one the catalogue gives " + c.id() + " ("
                            + c.verbs().stream().map(Verb::word).sorted().toList() + ")");
                }
            } catch (IllegalArgumentException e) {
                errors.add(rule + ": " + e.getMessage());
            }
        } else if (c != null && c.verbs().size() == 1) {
            verb = c.verbs().iterator().next();
        } else if (c != null) {
            errors.add(rule + " lacks @verb(\"…\"): " + c.id() + " has several verbs " + c.verbs().stream().map(Verb::word).sorted().toList()
                    + "; say which part of the provision the rule encodes");
        }
        if (basis != null && verb != null && severity != null) {
            Severity expected = basis.severityFor(verb);
            boolean notice = severity == Severity.NOTICE && c != null && c.severities().contains(Severity.NOTICE);
            if (severity != expected && !notice) {
                errors.add(rule + " declares severity " + severity + " but basis " + basis + " with verb " + verb.word() + " gives "
                        + expected + (basis == Basis.POLICY ? " (the engine raises it to VIOLATION when every parameter or table in its"
                                + " @policy records adopted-by and adopted-on)" : "")
                        + (severity == Severity.NOTICE ? "; NOTICE is kept for the constraints the catalogue gives it (scope, pending)" : ""));
            }
        }
        List<String> policies = new ArrayList<>();
        String p = str(md.get("policy"));
        if (p != null) {
            for (String key : p.split(",")) {
                String k = key.strip();
                if (k.isEmpty()) {
                    continue;
                }
                policies.add(k);
                if (k.startsWith("table:")) {
                    org.wangge.kernel.rules.PolicyTable t = parts.parameters().tables().get(k.substring("table:".length()));
                    if (t == null) {
                        errors.add(rule + ": @policy names " + k + ", but parameters.toml declares no [[table]] named \""
                                + k.substring("table:".length()) + "\" (known: " + parts.parameters().tables().keySet() + ")");
                    } else if (!source.files().containsKey(t.file())) {
                        errors.add(rule + ": @policy names " + k + ", whose file " + t.file() + " (parameters.toml line " + t.line()
                                + ") the pack does not have");
                    }
                } else if (!parts.parameters().defines(k)) {
                    errors.add(rule + ": @policy names parameter \"" + k + "\", which parameters.toml does not define");
                }
            }
        }
        if (basis == Basis.POLICY && p == null) {
            errors.add(rule + " has basis POLICY but no @policy(\"parameter.name,…\" or \"table:stem\"): name the local limits it applies");
        }
        String messageKey = str(md.get("message"));
        if (messageKey == null && c != null) {
            messageKey = c.id();
        }
        if (messageKey != null && parts.messages() != null && parts.messages().template(messageKey) == null) {
            errors.add(rule + ": messages.tsv has no template \"" + messageKey + "\""
                    + (md.get("message") == null ? " (the default key is the constraint ID; or give @message(\"key\"))" : ""));
        }
        return new BasisCheck(basis, verb, policies, messageKey);
    }

    private static <E extends Enum<E>> List<String> sorted(java.util.Set<E> set) {
        return set.stream().map(Enum::name).sorted().toList();
    }

    private static String str(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /** Rule name to {file, line}, read from the DRL sources. */
    private static Map<String, String[]> ruleLocations(PackSource source) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String file : source.files().keySet()) {
            if (!file.endsWith(".drl")) {
                continue;
            }
            String text = RuleFileLint.blankCommentsAndStringsKeepingRuleNames(source.text(file));
            Matcher m = RULE_DECL.matcher(text);
            while (m.find()) {
                String name = m.group(2) != null ? m.group(2) : m.group(3);
                int line = 1;
                // \s* before "rule" may also match the blank lines above it: count up to the keyword itself.
                int at = m.start() + m.group().indexOf("rule");
                for (int i = 0; i < at; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                out.put(name, new String[] {file, Integer.toString(line)});
            }
        }
        return out;
    }

    private static String tableFile(PackSource source, String ruleName) {
        // Decision-table rules are named after their RuleTable (spaces become underscores) plus "_row".
        int cut = ruleName.lastIndexOf('_');
        String table = (cut > 0 ? ruleName.substring(0, cut) : ruleName).replace('_', ' ').strip();
        for (String file : source.files().keySet()) {
            if (file.endsWith(".drl.csv")) {
                for (String line : source.text(file).split("\n")) {
                    String cell = line.split(",", 2)[0].replace("\"", "").strip();
                    if (cell.startsWith("RuleTable") && cell.substring("RuleTable".length()).strip().replace('_', ' ').equals(table)) {
                        return file;
                    }
                }
            }
        }
        return "(unknown file)";
    }
}
