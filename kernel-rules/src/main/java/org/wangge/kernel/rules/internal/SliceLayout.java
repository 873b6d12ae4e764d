package org.wangge.kernel.rules.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;

/**
 * How one pack's facts and rules go through a sliced check: {@code slicing.toml} ({@link SlicingFileReader}) checked
 * against the rules' conditions. Immutable and thread-safe.
 *
 * <p>What it decides, per constraint rule:
 * <ul>
 *   <li>the <em>bulk facts</em> it reads: the kinds named in a {@code [[bulk]]} block, read directly or through derived
 *       facts (a definition rule's {@code @definition} names the fact it derives; a {@code [[subject-fact]]} is derived
 *       with its subject and adds nothing);</li>
 *   <li>its pass: the one a {@code [[rule]]} block names; else the whole-city pass when it reads no bulk fact; else the
 *       first pass that keys every bulk fact it reads (and skips none of them when the key is missing).</li>
 * </ul>
 * A rule that joins two bulk patterns, or quantifies over bulk facts ({@code not}, {@code exists}, {@code accumulate},
 * {@code collect}, {@code forall}) — itself or in a definition it reads — must be placed by a {@code [[rule]]} block: only an
 * analyst who read its joins can say that they stay inside one key, or that it needs the whole city. A rule whose
 * bulk facts no pass keys together is refused the same way. Every such refusal names the rule's file:line and what to
 * write in slicing.toml.
 */
public final class SliceLayout {

    /** The fact a definition derives: the first word of its {@code @definition}, e.g. "CaseDeadline ASSIGN: …". */
    private static final java.util.regex.Pattern DEFINED = java.util.regex.Pattern.compile("\\s*([A-Z][A-Za-z0-9]*(?:\\s*,\\s*[A-Z][A-Za-z0-9]*)*)\\b");
    /** Facts the session itself inserts (the check date, the pack's jurisdiction): reference facts of every session. */
    private static final Set<String> SESSION_FACTS = Set.of("org.wangge.kernel.rules.facts.AsOf", "org.wangge.kernel.rules.facts.Jurisdiction");

    private final List<String> passes;
    /** Per pass, per bulk class: how its key is read (null: skip the fact in the pass when its key is missing). */
    private final Map<String, Map<Class<?>, KeyReader>> keys;
    /** Per constraint rule: its pass, or {@link SlicingFileReader#WHOLE_CITY}. */
    private final Map<String, String> passOfRule;
    /** Bulk classes the whole-city pass reads. */
    private final Set<Class<?>> wholeCityClasses;
    private final Set<Class<?>> bulkClasses;
    /** Per pass, and the whole city: its constraint rules. */
    private final Map<String, Set<String>> rulesOfPass;
    /** Per pass, and the whole city: the rules its sessions need (its constraint rules and the definitions they rest on). */
    private Map<String, Set<String>> neededRules = Map.of();

    /** Reads a key component of a fact. */
    record KeyReader(String component, Function<Object, Object> read, boolean skipMissing) {
    }

    private SliceLayout(List<String> passes, Map<String, Map<Class<?>, KeyReader>> keys, Map<String, String> passOfRule,
            Set<Class<?>> wholeCityClasses) {
        this.passes = List.copyOf(passes);
        this.keys = keys;
        this.passOfRule = Map.copyOf(passOfRule);
        this.wholeCityClasses = Set.copyOf(wholeCityClasses);
        Set<Class<?>> bulk = new LinkedHashSet<>();
        keys.values().forEach(m -> bulk.addAll(m.keySet()));
        this.bulkClasses = Set.copyOf(bulk);
        Map<String, Set<String>> byPass = new TreeMap<>();
        passOfRule.forEach((rule, pass) -> byPass.computeIfAbsent(pass, p -> new TreeSet<>()).add(rule));
        byPass.replaceAll((p, s) -> Collections.unmodifiableSet(s));
        this.rulesOfPass = Collections.unmodifiableMap(byPass);
    }

    /** @return the slice passes, in the file's order (the whole-city pass is not one of them) */
    public List<String> passes() {
        return passes;
    }

    /** @return whether facts of this class are bulk facts (keyed in some pass) */
    public boolean isBulk(Class<?> type) {
        return bulkClasses.contains(type);
    }

    /** @return the bulk classes the whole-city pass reads */
    public boolean wholeCityReads(Class<?> type) {
        return wholeCityClasses.contains(type);
    }

    /**
     * @param pass a pass
     * @param fact a fact
     * @return its key in the pass as a string ("" for a missing key of a fact that goes together with the others), or
     *         null when the fact does not take part in the pass
     */
    public String keyIn(String pass, Object fact) {
        KeyReader r = keys.getOrDefault(pass, Map.of()).get(fact.getClass());
        if (r == null) {
            return null;
        }
        Object v = r.read().apply(fact);
        if (v == null || (v instanceof String s && s.isEmpty())) {
            return r.skipMissing() ? null : "";
        }
        return v.toString();
    }

    /** @return the pass of each constraint rule */
    public Map<String, String> passOfRule() {
        return passOfRule;
    }

    /** @return per pass (and {@link SlicingFileReader#WHOLE_CITY}), its constraint rules */
    public Map<String, Set<String>> rulesOfPass() {
        return rulesOfPass;
    }

    /**
     * @param pass a pass, or {@link SlicingFileReader#WHOLE_CITY}
     * @return the rules a session of the pass needs: its constraint rules, the definition and table rules that derive
     *         what they read (through other derived facts), and those that derive scope and consequences (which findings
     *         are rendered with); the others may be left out of the pass's rule base
     */
    public Set<String> neededRules(String pass) {
        return neededRules.getOrDefault(pass, Set.of());
    }

    /** @return the rules of one pass */
    public Set<String> rulesOf(String pass) {
        return rulesOfPass.getOrDefault(pass, Set.of());
    }

    private static final Map<PackSource, Object> LAYOUTS = Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final Object NONE = new Object();

    /**
     * @param pack a loaded pack
     * @return its layout, worked out once per pack; null when the pack has no slicing.toml
     * @throws RulePackException when slicing.toml is refused (a pack that passed {@link #check} never is)
     */
    public static SliceLayout of(LoadedPack pack) {
        Object known = LAYOUTS.get(pack.source());
        if (known == null) {
            List<RuleProblem> problems = new ArrayList<>();
            SliceLayout layout = build(pack.source(), pack.kieBase(), pack.rules(), problems);
            if (!problems.isEmpty()) {
                throw new RulePackException(pack.source().location(), problems);
            }
            known = layout == null ? NONE : layout;
            LAYOUTS.put(pack.source(), known);
        }
        return known == NONE ? null : (SliceLayout) known;
    }

    /**
     * The pack compiler's check of slicing.toml against the rules.
     *
     * @param source   the pack's files
     * @param kieBase  its rule base
     * @param rules    its rules' metadata
     * @param problems where problems are added
     */
    public static void check(PackSource source, KieBase kieBase, Map<String, RuleMeta> rules, List<RuleProblem> problems) {
        build(source, kieBase, rules, problems);
    }

    /** What a rule's conditions read. */
    private static final class Reads {
        /** Classes of the patterns over working memory (not over an expression's or an accumulate's result). */
        final Set<Class<?>> direct = new LinkedHashSet<>();
        /** Pattern occurrences: class and whether under a quantifier. */
        final List<Map.Entry<Class<?>, Boolean>> patterns = new ArrayList<>();
    }

    static SliceLayout build(PackSource source, KieBase kieBase, Map<String, RuleMeta> rules, List<RuleProblem> problems) {
        String text = source.text(SlicingFileReader.FILE);
        SlicingFileReader.Spec spec = SlicingFileReader.read(text, problems);
        if (spec == null) {
            return null;
        }
        String file = SlicingFileReader.FILE;
        int before = problems.size();
        // Every rule's patterns.
        Map<String, Reads> reads = new TreeMap<>();
        Map<String, Class<?>> classes = new TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (r instanceof RuleImpl impl) {
                    Reads rd = new Reads();
                    walk(impl.getLhs(), false, rd, Collections.newSetFromMap(new IdentityHashMap<>()));
                    reads.put(r.getName(), rd);
                    rd.direct.forEach(c -> classes.putIfAbsent(c.getSimpleName(), c));
                }
            }
        }
        // Bulk facts and their keys.
        Map<String, Map<Class<?>, KeyReader>> keys = new LinkedHashMap<>();
        spec.passes().forEach(p -> keys.put(p.name(), new LinkedHashMap<>()));
        for (SlicingFileReader.Bulk b : spec.bulk()) {
            Class<?> type = classes.get(b.fact());
            if (type == null) {
                problems.add(new RuleProblem(file, b.line(), 1, "no rule reads a fact " + b.fact() + Suggest.didYouMean(b.fact(), classes.keySet())
                        + "; name a fact class the rules match, e.g. Case"));
                continue;
            }
            Function<Object, Object> read = component(type, b.key());
            if (read == null) {
                List<String> names = type.isRecord() ? java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
                        : List.of();
                problems.add(new RuleProblem(file, b.line(), 1, b.fact() + " has no record component \"" + b.key() + "\""
                        + Suggest.didYouMean(b.key(), names) + " (components: " + names + ")"));
                continue;
            }
            keys.get(b.pass()).put(type, new KeyReader(b.key(), read, b.skipMissingKey()));
        }
        Set<Class<?>> bulk = new LinkedHashSet<>();
        keys.values().forEach(m -> bulk.addAll(m.keySet()));
        Set<Class<?>> subjectFacts = new LinkedHashSet<>();
        for (SlicingFileReader.SubjectFact s : spec.subjectFacts()) {
            Class<?> type = classes.get(s.fact());
            if (type == null) {
                problems.add(new RuleProblem(file, s.line(), 1, "no rule reads a fact " + s.fact() + Suggest.didYouMean(s.fact(), classes.keySet())));
            } else if (bulk.contains(type)) {
                problems.add(new RuleProblem(file, s.line(), 1, s.fact() + " is a bulk fact; a subject fact is derived, not keyed"));
            } else {
                subjectFacts.add(type);
            }
        }
        // Derived facts: the definition rules that derive each (the class named before ':' in @definition).
        Map<Class<?>, List<String>> derivedBy = new HashMap<>();
        for (RuleMeta m : rules.values()) {
            java.util.regex.Matcher names = m.definition() == null ? null : DEFINED.matcher(m.definition());
            if (names != null && names.lookingAt()) {
                for (String n : names.group(1).split(",")) {
                    Class<?> type = classes.get(n.strip());
                    if (type != null) {
                        derivedBy.computeIfAbsent(type, t -> new ArrayList<>()).add(m.name());
                    }
                }
            }
        }
        // A fact no snapshot holds and no definition names cannot be traced to what it is derived from: refuse the pack
        // rather than guess (a rule reading it could be placed in a session without the facts it rests on).
        for (RuleMeta m : rules.values()) {
            Reads rd = reads.get(m.name());
            if (rd == null) {
                continue;
            }
            for (Class<?> c : rd.direct) {
                String n = c.getName();
                boolean model = n.startsWith("org.wangge.kernel.model.") || n.startsWith("java.");
                boolean consequence = c == org.wangge.kernel.rules.facts.Breach.class && !m.isConstraint();
                if (!model && !consequence && !SESSION_FACTS.contains(n) && !derivedBy.containsKey(c) && !subjectFacts.contains(c)) {
                    problems.add(new RuleProblem(m.file(), m.line(), 1, file + ": rule \"" + m.name() + "\" reads " + c.getSimpleName()
                            + ", which no definition rule names as what it derives (the first word of @definition): the sliced check "
                            + "cannot tell which facts it rests on"));
                }
            }
        }
        // The bulk facts each rule reads (through derived facts), and whether it joins or quantifies over them.
        Map<String, Set<Class<?>>> bulkReads = new HashMap<>();
        Map<String, List<String>> crossings = new HashMap<>();
        for (String rule : reads.keySet()) {
            closure(rule, reads, bulk, subjectFacts, derivedBy, bulkReads, crossings, new LinkedHashSet<>());
        }
        Map<String, SlicingFileReader.Placement> placed = new HashMap<>();
        for (SlicingFileReader.Placement p : spec.rules()) {
            if (!rules.containsKey(p.rule())) {
                problems.add(new RuleProblem(file, p.line(), 1, "the pack has no rule \"" + p.rule() + "\""
                        + Suggest.didYouMean(p.rule(), rules.keySet())));
            } else if (!rules.get(p.rule()).isConstraint()) {
                problems.add(new RuleProblem(file, p.line(), 1, "rule \"" + p.rule() + "\" is a definition: definitions run in every "
                        + "session; place the constraint rules that read what it derives"));
            } else {
                placed.put(p.rule(), p);
            }
        }
        Map<String, String> passOfRule = new TreeMap<>();
        Set<Class<?>> wholeCity = new LinkedHashSet<>();
        for (RuleMeta m : rules.values()) {
            if (!m.isConstraint()) {
                continue;
            }
            Set<Class<?>> needs = bulkReads.getOrDefault(m.name(), Set.of());
            List<String> crossing = crossings.getOrDefault(m.name(), List.of());
            SlicingFileReader.Placement p = placed.get(m.name());
            String where = m.file() + ":" + m.line();
            String pass;
            if (p != null) {
                pass = p.pass();
                if (!pass.equals(SlicingFileReader.WHOLE_CITY)) {
                    Map<Class<?>, KeyReader> k = keys.get(pass);
                    List<String> missing = needs.stream().filter(c -> !k.containsKey(c)).map(Class::getSimpleName).toList();
                    if (!missing.isEmpty()) {
                        problems.add(new RuleProblem(file, p.line(), 1, "rule \"" + m.name() + "\" (" + where + ") reads " + missing
                                + ", which pass \"" + pass + "\" does not key: key them in the pass or place the rule in \""
                                + SlicingFileReader.WHOLE_CITY + "\""));
                        continue;
                    }
                }
            } else if (needs.isEmpty()) {
                pass = SlicingFileReader.WHOLE_CITY;
            } else if (!crossing.isEmpty()) {
                problems.add(new RuleProblem(m.file(), m.line(), 1, file + ": rule \"" + m.name() + "\" " + String.join("; ", crossing)
                        + ": add a [[rule]] block naming it, with pass = \"" + SlicingFileReader.WHOLE_CITY
                        + "\" or, when every such join is on the key of a pass, that pass, and say why"));
                continue;
            } else {
                pass = null;
                for (Map.Entry<String, Map<Class<?>, KeyReader>> e : keys.entrySet()) {
                    if (needs.stream().allMatch(c -> e.getValue().containsKey(c) && !e.getValue().get(c).skipMissing())) {
                        pass = e.getKey();
                        break;
                    }
                }
                if (pass == null) {
                    problems.add(new RuleProblem(m.file(), m.line(), 1, file + ": rule \"" + m.name() + "\" reads "
                            + needs.stream().map(Class::getSimpleName).toList() + ", which no pass keys together (each in full): "
                            + "add a [[rule]] block naming it with pass = \"" + SlicingFileReader.WHOLE_CITY + "\", or a pass that keys them all"));
                    continue;
                }
            }
            passOfRule.put(m.name(), pass);
            if (pass.equals(SlicingFileReader.WHOLE_CITY)) {
                wholeCity.addAll(needs);
            }
        }
        if (problems.size() != before) {
            return null;
        }
        SliceLayout layout = new SliceLayout(spec.passes().stream().map(SlicingFileReader.Pass::name).toList(), keys, passOfRule, wholeCity);
        // What each pass's sessions need: its constraint rules and, transitively, the definitions of what they read.
        Map<String, Set<String>> needed = new TreeMap<>();
        Map<String, String> derivedTypeOf = new HashMap<>();
        derivedBy.forEach((type, defs) -> defs.forEach(d -> derivedTypeOf.put(d, type.getName())));
        for (Map.Entry<String, Set<String>> e : layout.rulesOfPass.entrySet()) {
            Set<String> keep = new TreeSet<>(e.getValue());
            java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>();
            Set<Class<?>> seenTypes = new HashSet<>();
            e.getValue().forEach(r -> todo.addAll(reads.getOrDefault(r, new Reads()).direct));
            todo.add(org.wangge.kernel.rules.facts.OutOfScope.class);
            todo.add(org.wangge.kernel.rules.facts.StaffConsequence.class);
            while (!todo.isEmpty()) {
                Class<?> c = todo.pop();
                if (!seenTypes.add(c)) {
                    continue;
                }
                for (String def : derivedBy.getOrDefault(c, List.of())) {
                    if (keep.add(def)) {
                        todo.addAll(reads.getOrDefault(def, new Reads()).direct);
                    }
                }
            }
            // A rule that is neither a constraint rule nor a definition naming what it derives is kept everywhere.
            for (String r : reads.keySet()) {
                RuleMeta m = rules.get(r);
                if (m == null || (!m.isConstraint() && !derivedTypeOf.containsKey(r))) {
                    keep.add(r);
                }
            }
            needed.put(e.getKey(), Collections.unmodifiableSet(keep));
        }
        layout.neededRules = Collections.unmodifiableMap(needed);
        return layout;
    }

    private static Set<Class<?>> closure(String rule, Map<String, Reads> reads, Set<Class<?>> bulk, Set<Class<?>> subjectFacts,
            Map<Class<?>, List<String>> derivedBy, Map<String, Set<Class<?>>> bulkReads, Map<String, List<String>> crossings,
            Set<String> visiting) {
        Set<Class<?>> known = bulkReads.get(rule);
        if (known != null) {
            return known;
        }
        Reads rd = reads.get(rule);
        if (rd == null || !visiting.add(rule)) {
            return Set.of(); // a cycle of definitions: what the others in it read is counted by them
        }
        Set<Class<?>> out = new LinkedHashSet<>();
        List<String> crossing = new ArrayList<>();
        int bulkPatterns = 0;
        for (Map.Entry<Class<?>, Boolean> pat : rd.patterns) {
            Class<?> c = pat.getKey();
            Set<Class<?>> via = new LinkedHashSet<>();
            if (bulk.contains(c)) {
                via.add(c);
            } else if (!subjectFacts.contains(c)) {
                for (String def : derivedBy.getOrDefault(c, List.of())) {
                    if (!def.equals(rule)) {
                        via.addAll(closure(def, reads, bulk, subjectFacts, derivedBy, bulkReads, crossings, visiting));
                        for (String x : crossings.getOrDefault(def, List.of())) {
                            crossing.add("reads " + c.getSimpleName() + ", whose definition \"" + def + "\" " + x);
                        }
                    }
                }
            }
            if (!via.isEmpty()) {
                bulkPatterns++;
                if (pat.getValue()) {
                    crossing.add("quantifies (not, exists, accumulate, collect or forall) over " + c.getSimpleName());
                }
            }
            out.addAll(via);
        }
        if (bulkPatterns > 1) {
            crossing.add(0, "joins " + bulkPatterns + " patterns over bulk facts " + out.stream().map(Class::getSimpleName).toList());
        }
        visiting.remove(rule);
        bulkReads.put(rule, out);
        crossings.put(rule, crossing);
        return out;
    }

    private static void walk(RuleConditionElement e, boolean quantified, Reads rd, Set<Object> seen) {
        if (e == null || !seen.add(e)) {
            return;
        }
        if (e instanceof Pattern p) {
            if (p.getObjectType() instanceof ClassObjectType t) {
                Class<?> c = t.getClassType();
                // A pattern over the elements of a collection ("from $refs") or over an accumulate's result reads no fact
                // of working memory; the accumulate's own source patterns are walked below.
                boolean derivedValue = p.getSource() instanceof From || p.getSource() instanceof Accumulate
                        || p.getSource() instanceof Collect;
                if (!derivedValue && !c.getName().startsWith("org.drools.")) {
                    rd.direct.add(c);
                    rd.patterns.add(Map.entry(c, quantified));
                }
            }
            if (p.getSource() != null) {
                walk(p.getSource(), quantified, rd, seen);
            }
        }
        boolean q = quantified || e instanceof Accumulate || e instanceof Collect || e instanceof Forall
                || (e instanceof GroupElement g && (g.isNot() || g.isExists()));
        for (RuleConditionElement child : e.getNestedElements()) {
            walk(child, q, rd, seen);
        }
    }

    private static Function<Object, Object> component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                java.lang.reflect.Method m = rc.getAccessor();
                try {
                    java.lang.invoke.MethodHandle h = java.lang.invoke.MethodHandles.publicLookup().unreflect(m)
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                    return fact -> {
                        try {
                            return h.invokeExact(fact);
                        } catch (Throwable t) {
                            throw new IllegalStateException("reading " + type.getSimpleName() + "." + name, t);
                        }
                    };
                } catch (IllegalAccessException ex) {
                    return fact -> {
                        try {
                            return m.invoke(fact);
                        } catch (ReflectiveOperationException t) {
                            throw new IllegalStateException("reading " + type.getSimpleName() + "." + name, t);
                        }
                    };
                }
            }
        }
        return null;
    }
}
