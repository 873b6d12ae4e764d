package org.wangge.kernel.rules.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.AppliedPolicy;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.ConsequenceLevel;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.FindingChanges;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;
import org.wangge.kernel.rules.facts.AsOf;
import org.wangge.kernel.rules.facts.Breach;
import org.wangge.kernel.rules.facts.Jurisdiction;
import org.wangge.kernel.rules.facts.OutOfScope;
import org.wangge.kernel.rules.facts.StaffConsequence;
import org.wangge.kernel.rules.internal.sandbox.Budget;
import org.wangge.kernel.rules.internal.sandbox.PackBudget;

/**
 * One Drools session over one pack as of one day: inserts facts, fires, and turns the breaches in
 * working memory into findings. Not thread-safe; one per check or per incremental session.
 */
public final class SessionRunner implements AutoCloseable {

    static final String SCOPE_CONSTRAINT = "ZG-02-01";

    private final LoadedPack pack;
    private final LocalDate asOf;
    private final KieSession session;
    /** Facts with an id: kind → id → handle (a map per kind, so no key object is built per fact). */
    private final Map<Class<?>, Map<String, FactHandle>> handlesById = new HashMap<>();
    /** Facts without an id, keyed by themselves. */
    private final Map<Object, FactHandle> otherHandles = new HashMap<>();
    /** Set by {@link #trackChanges()}: what incremental sessions need to report changes without a full scan. */
    private Tracker tracker;
    /** The check budget, enforced from inside the session (docs/security.md). */
    private final Budget.Window budget;

    /**
     * @param pack         the pack
     * @param asOf         the day of the check
     * @param jurisdiction the snapshot's jurisdiction
     */
    public SessionRunner(LoadedPack pack, LocalDate asOf, String jurisdiction) {
        this(pack, asOf, jurisdiction, CheckBudget.DEFAULT);
    }

    /**
     * @param pack         the pack
     * @param asOf         the day of the check
     * @param jurisdiction the snapshot's jurisdiction
     * @param hostBudget   the host's budget; the pack's own may only lower it
     */
    public SessionRunner(LoadedPack pack, LocalDate asOf, String jurisdiction, CheckBudget hostBudget) {
        this(pack, pack.kieBase(), asOf, jurisdiction, hostBudget);
    }

    /**
     * @param pack         the pack
     * @param kieBase      the pack's rule base, or one built from it with some of its rules (a pass of a sliced check)
     * @param asOf         the day of the check
     * @param jurisdiction the snapshot's jurisdiction
     * @param hostBudget   the host's budget; the pack's own may only lower it
     */
    public SessionRunner(LoadedPack pack, org.kie.api.KieBase kieBase, LocalDate asOf, String jurisdiction, CheckBudget hostBudget) {
        this.pack = pack;
        this.asOf = asOf;
        this.session = kieBase.newKieSession();
        this.budget = Budget.open(session, PackBudget.of(pack.source(), hostBudget), name -> {
            RuleMeta m = pack.rules().get(name);
            return m == null ? null : m.file() + ":" + m.line();
        });
        Set<String> globals = new HashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Global g : p.getGlobalVariables()) {
                globals.add(g.getName());
            }
        }
        if (globals.contains("params")) {
            session.setGlobal("params", pack.parameters().on(asOf));
        }
        if (globals.contains("asOf")) {
            // The check date as a constant rather than a fact to join: a constraint on it is tested once per fact in the
            // alpha network, instead of every fact of the kind waiting in a join memory (docs/performance.md).
            session.setGlobal("asOf", new AsOf(asOf));
        }
        if (globals.contains("calendar")) {
            session.setGlobal("calendar", pack.calendar());
        }
        session.insert(new AsOf(asOf));
        session.insert(new Jurisdiction(pack.info().jurisdiction()));
    }

    /** @return the pack */
    public LoadedPack pack() {
        return pack;
    }

    /**
     * Inserts a fact for a one-shot check: no handle is kept, so the fact can be neither replaced nor removed
     * later. Two facts of one kind with one id are both checked (a snapshot reports such duplicates itself).
     *
     * @param fact a model fact
     */
    public void insert(Object fact) {
        budget.enter();
        try {
            session.insert(fact);
        } finally {
            budget.exit();
        }
    }

    /**
     * Opens one budget window around several calls (a whole one-shot check): firings, insertions and time are counted
     * from here to {@link #endCheck()}.
     */
    public void beginCheck() {
        budget.enter();
    }

    /**
     * Closes the window opened by {@link #beginCheck()}.
     *
     * @throws org.wangge.kernel.rules.RuleBudgetException when the budget ran out
     */
    public void endCheck() {
        budget.exit();
    }

    /**
     * Inserts a fact, or replaces the fact with the same kind and id.
     *
     * @param fact a model fact
     */
    public void upsert(Object fact) {
        budget.enter();
        try {
            upsertInside(fact);
        } finally {
            budget.exit();
        }
    }

    private void upsertInside(Object fact) {
        Map<String, FactHandle> handles = handlesOf(fact);
        Object key = handles == null ? fact : ID.get(fact.getClass()).apply(fact);
        Map<Object, FactHandle> map = handles == null ? otherHandles : cast(handles);
        FactHandle handle = map.get(key);
        if (handle == null) {
            map.put(key, session.insert(fact));
        } else {
            session.update(handle, fact);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, FactHandle> cast(Map<String, FactHandle> map) {
        return (Map<Object, FactHandle>) (Map<?, ?>) map;
    }

    /** @return the handles of the fact's kind when the kind has an id, else null */
    private Map<String, FactHandle> handlesOf(Object fact) {
        Class<?> type = fact.getClass();
        if (ID.get(type) == NO_ID) {
            return null;
        }
        return handlesById.computeIfAbsent(type, t -> new HashMap<>());
    }

    /**
     * Removes the fact with the same kind and id as the given one.
     *
     * @param fact a model fact, or one with the same kind and id
     * @return whether a fact was removed
     */
    public boolean remove(Object fact) {
        Map<String, FactHandle> handles = handlesOf(fact);
        FactHandle handle = handles == null ? otherHandles.remove(fact) : handles.remove(ID.get(fact.getClass()).apply(fact));
        if (handle == null) {
            return false;
        }
        budget.enter();
        try {
            session.delete(handle);
        } finally {
            budget.exit();
        }
        return true;
    }

    /** Fires the rules until nothing more changes. */
    public void fire() {
        budget.enter();
        try {
            session.fireAllRules();
        } finally {
            budget.exit();
        }
    }

    /**
     * Fires the rules until nothing more changes, except the constraint rules the filter refuses (a slice of a sliced
     * check fires only its pass's constraint rules; definition and table rules always fire).
     *
     * @param constraintRules which constraint rules may fire, by rule name
     */
    public void fire(java.util.function.Predicate<String> constraintRules) {
        budget.enter();
        try {
            session.fireAllRules(match -> {
                String name = match.getRule().getName();
                RuleMeta m = pack.rules().get(name);
                return m == null || !m.isConstraint() || constraintRules.test(name);
            });
        } finally {
            budget.exit();
        }
    }

    /**
     * @param constraintRules which rules' breaches to render, by rule name
     * @return the findings of those rules in working memory now, after filtering by in-force date and scope
     */
    public List<Finding> findings(java.util.function.Predicate<String> constraintRules) {
        List<Object> selected = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(Breach.class))) {
            if (constraintRules.test(((Breach) o).ruleName())) {
                selected.add(o);
            }
        }
        return findingsOf(selected);
    }

    /** @return the findings in working memory now, after filtering by in-force date and scope */
    public List<Finding> findings() {
        return findingsOf(session.getObjects(new ClassObjectFilter(Breach.class)));
    }

    /**
     * Renders some breaches of working memory (those a query selected) as {@link #findings()} would.
     *
     * @param breaches breaches in working memory
     * @return their findings, after filtering by in-force date and scope, sorted
     */
    public List<Finding> findingsOf(java.util.Collection<?> breaches) {
        // Only the three kinds of fact read here are iterated (per-class stores), not the whole working memory.
        Set<Subject> outOfScope = new HashSet<>();
        for (Object o : session.getObjects(new ClassObjectFilter(OutOfScope.class))) {
            OutOfScope s = (OutOfScope) o;
            outOfScope.add(new Subject(s.kind(), s.id()));
        }
        Map<Breach, ConsequenceLevel> consequences = new HashMap<>();
        for (Object o : session.getObjects(new ClassObjectFilter(StaffConsequence.class))) {
            StaffConsequence c = (StaffConsequence) o;
            consequences.merge(c.breach(), c.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<Finding> out = new ArrayList<>();
        for (Object o : breaches) {
            Breach b = (Breach) o;
            Finding f = render(b, consequences.get(b), outOfScope.contains(new Subject(b.subjectKind(), b.subjectId())));
            if (f != null) {
                out.add(f);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Turns a breach into its finding.
     *
     * @return the finding, or null when the breach gives none: before the provision is in force (Art. 24), or
     *         about a subject out of scope (Art. 2)
     */
    private Finding render(Breach b, ConsequenceLevel level, boolean subjectOutOfScope) {
        RuleMeta meta = pack.rules().get(b.ruleName());
        ConstraintDefinition c = pack.catalogue().get(b.constraintId());
        if (meta == null || c == null) {
            return null; // cannot happen: the compiler refuses such packs
        }
        LocalDate inForce = meta.inForceFrom();
        if (asOf.isBefore(inForce) || b.occurredOn().isBefore(inForce)) {
            return null; // Art. 24: no finding before the provision is in force
        }
        if (!SCOPE_CONSTRAINT.equals(b.constraintId()) && subjectOutOfScope) {
            return null; // Art. 2: reported as out of scope, never checked against this pack
        }
        List<AppliedPolicy> policies = FindingText.applied(pack, meta, values());
        Severity severity = FindingText.severity(meta.basis(), meta.severity(), policies, b.occurredOn());
        Messages.Entry template = pack.messages().template(meta.messageKey());
        String zh = FindingText.render(pack.messages(), template, c, meta.basis(), severity, policies, b.occurredOn(), b.evidence(),
                b.subjectKind(), b.subjectId(), asOf, Messages.Language.ZH, s -> s);
        String en = FindingText.render(pack.messages(), template, c, meta.basis(), severity, policies, b.occurredOn(), b.evidence(),
                b.subjectKind(), b.subjectId(), asOf, Messages.Language.EN, s -> s);
        Map<String, String> evidence = new java.util.LinkedHashMap<>();
        Map<String, org.wangge.kernel.rules.PersonalDataKind> personal = new java.util.LinkedHashMap<>();
        b.evidence().forEach((k, v) -> {
            // Personal data by type (issue 18 ¶2): only the masked form enters the finding, with its kind for the renderers.
            if (v instanceof Breach.Personal p) {
                personal.put(k, p.kind());
                evidence.put(k, p.masked());
            } else if (org.wangge.kernel.rules.PersonalDataKind.ofValue(v).isPresent()) {
                personal.put(k, org.wangge.kernel.rules.PersonalDataKind.ofValue(v).get());
                evidence.put(k, org.wangge.kernel.rules.PersonalDataKind.maskedText(v));
            } else {
                evidence.put(k, Messages.data(v));
            }
        });
        // Art. 22 consequences follow TEXT findings only: a POLICY limit or an INDICATOR is no established breach of duty.
        // The table gives the starting level; the level applied follows the recorded circumstances (StaffConsequence).
        ConsequenceLevel starting = meta.basis() == Basis.TEXT ? level : null;
        ConsequenceLevel consequence = StaffConsequence.applied(starting, b);
        ConsequenceLevel awaiting = StaffConsequence.awaiting(starting, b);
        zh += FindingText.consequence(pack.messages(), consequence, awaiting, Messages.Language.ZH);
        en += FindingText.consequence(pack.messages(), consequence, awaiting, Messages.Language.EN);
        return new Finding(b.constraintId(), c.citation(), severity, new Subject(b.subjectKind(), b.subjectId()), asOf,
                b.occurredOn(), zh, en, evidence, consequence, b.ruleName(), meta.file(), meta.basis(), policies, awaiting, personal);
    }

    private ParameterValues values;

    /** @return the parameter values of the check date, read once per session */
    private ParameterValues values() {
        if (values == null) {
            values = pack.parameters().on(asOf);
        }
        return values;
    }

    /** @return the Drools session, for the pack's queries ({@link PackQuestions}) */
    KieSession session() {
        return session;
    }

    /**
     * From now on, follows breaches, consequences and scope facts as the engine inserts and retracts them, so that
     * {@link #changes()} costs what changed rather than what is there. Call once, after the first {@link #fire()}.
     */
    public void trackChanges() {
        if (tracker != null) {
            return;
        }
        Tracker t = new Tracker();
        for (Object o : session.getObjects(new ClassObjectFilter(OutOfScope.class))) {
            t.added(o);
        }
        for (Object o : session.getObjects(new ClassObjectFilter(StaffConsequence.class))) {
            t.added(o);
        }
        for (Object o : session.getObjects(new ClassObjectFilter(Breach.class))) {
            t.added(o);
        }
        session.addEventListener(t);
        tracker = t;
        changes(); // renders what is there now, so that the first call of changes() reports only what follows
    }

    /**
     * Fires the rules and tells which findings appeared and disappeared since the last call (or since
     * {@link #trackChanges()}). Only the breaches touched since then are rendered and compared.
     *
     * @return the findings that appeared and disappeared, each sorted
     * @throws IllegalStateException before {@link #trackChanges()}
     */
    public FindingChanges changes() {
        if (tracker == null) {
            throw new IllegalStateException("trackChanges() first");
        }
        fire();
        List<Finding> appeared = new ArrayList<>();
        List<Finding> disappeared = new ArrayList<>();
        for (Breach b : tracker.dirty) {
            Subject subject = new Subject(b.subjectKind(), b.subjectId());
            Finding now = tracker.breachesBySubject.getOrDefault(subject, Set.of()).contains(b)
                    ? render(b, tracker.levelOf(b), tracker.outOfScope.containsKey(subject))
                    : null;
            Finding before = now == null ? tracker.current.remove(b) : tracker.current.put(b, now);
            if (before != null && !before.equals(now)) {
                disappeared.add(before);
            }
            if (now != null && !now.equals(before)) {
                appeared.add(now);
            }
        }
        tracker.dirty.clear();
        appeared.sort(null);
        disappeared.sort(null);
        return new FindingChanges(appeared, disappeared);
    }

    /** What an incremental session knows of breaches, consequences and scope, kept up to date by the engine's events. */
    private static final class Tracker implements RuleRuntimeEventListener {
        /** Breaches in working memory by subject (a logical fact is inserted once however many rules justify it). */
        final Map<Subject, Set<Breach>> breachesBySubject = new HashMap<>();
        /** Per breach, how many consequence facts of each level. */
        final Map<Breach, Map<ConsequenceLevel, Integer>> consequences = new HashMap<>();
        final Map<Subject, Integer> outOfScope = new HashMap<>();
        /** Breaches whose finding may have changed since the last {@link SessionRunner#changes()}. */
        final Set<Breach> dirty = new HashSet<>();
        /** The finding of each breach that gives one now. */
        final Map<Breach, Finding> current = new HashMap<>();

        ConsequenceLevel levelOf(Breach b) {
            Map<ConsequenceLevel, Integer> levels = consequences.get(b);
            ConsequenceLevel max = null;
            if (levels != null) {
                for (ConsequenceLevel l : levels.keySet()) {
                    max = max == null || l.compareTo(max) > 0 ? l : max;
                }
            }
            return max;
        }

        void added(Object o) {
            if (o instanceof Breach b) {
                breachesBySubject.computeIfAbsent(new Subject(b.subjectKind(), b.subjectId()), k -> new HashSet<>()).add(b);
                dirty.add(b);
            } else if (o instanceof StaffConsequence c) {
                consequences.computeIfAbsent(c.breach(), k -> new java.util.EnumMap<>(ConsequenceLevel.class)).merge(c.level(), 1, Integer::sum);
                dirty.add(c.breach());
            } else if (o instanceof OutOfScope s) {
                Subject subject = new Subject(s.kind(), s.id());
                outOfScope.merge(subject, 1, Integer::sum);
                dirty.addAll(breachesBySubject.getOrDefault(subject, Set.of()));
            }
        }

        void removed(Object o) {
            if (o instanceof Breach b) {
                Subject subject = new Subject(b.subjectKind(), b.subjectId());
                Set<Breach> same = breachesBySubject.get(subject);
                if (same != null && same.remove(b) && same.isEmpty()) {
                    breachesBySubject.remove(subject);
                }
                dirty.add(b);
            } else if (o instanceof StaffConsequence c) {
                Map<ConsequenceLevel, Integer> levels = consequences.get(c.breach());
                if (levels != null) {
                    levels.computeIfPresent(c.level(), (l, n) -> n == 1 ? null : n - 1);
                    if (levels.isEmpty()) {
                        consequences.remove(c.breach());
                    }
                }
                dirty.add(c.breach());
            } else if (o instanceof OutOfScope s) {
                Subject subject = new Subject(s.kind(), s.id());
                outOfScope.computeIfPresent(subject, (k, n) -> n == 1 ? null : n - 1);
                dirty.addAll(breachesBySubject.getOrDefault(subject, Set.of()));
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            added(event.getObject());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            removed(event.getOldObject());
            added(event.getObject());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            removed(event.getOldObject());
        }
    }

    /** A kind of fact without an id component. */
    private static final java.util.function.Function<Object, String> NO_ID = f -> null;

    /** Per kind of fact: how to read its {@code id} (or String {@code code}) component, looked up once per class. */
    private static final ClassValue<java.util.function.Function<Object, String>> ID = new ClassValue<>() {
        @Override
        protected java.util.function.Function<Object, String> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return NO_ID;
            }
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals("id") || (rc.getName().equals("code") && rc.getType() == String.class)) {
                    try {
                        MethodHandle h = MethodHandles.publicLookup().unreflect(rc.getAccessor())
                                .asType(MethodType.methodType(Object.class, Object.class));
                        return fact -> {
                            try {
                                return String.valueOf(h.invokeExact(fact));
                            } catch (Throwable e) {
                                throw new IllegalStateException(e);
                            }
                        };
                    } catch (IllegalAccessException e) {
                        java.lang.reflect.Method m = rc.getAccessor();
                        return fact -> {
                            try {
                                return String.valueOf(m.invoke(fact));
                            } catch (ReflectiveOperationException e2) {
                                throw new IllegalStateException(e2);
                            }
                        };
                    }
                }
            }
            return NO_ID;
        }
    };

    @Override
    public void close() {
        session.dispose();
    }
}
