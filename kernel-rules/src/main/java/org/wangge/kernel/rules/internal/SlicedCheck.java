package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.Finding;

/**
 * The sessions of a sliced check: one per slice and one for the whole city, each over the pack's one shared rule base
 * (a {@code KieBase} is thread-safe for creating sessions), run on a bounded pool of threads.
 */
public final class SlicedCheck {

    private SlicedCheck() {
    }

    /**
     * One session: the reference facts, some bulk facts, the constraint rules of one pass.
     *
     * @param pack      the pack
     * @param layout    its layout
     * @param budget    the host's budget (it bounds each session)
     * @param pass      a pass of the layout, or {@link SlicingFileReader#WHOLE_CITY}
     * @param reference every reference fact
     * @param bulk      bulk facts of the pass (of one or more of its keys, each key whole)
     * @param asOf      the day of the check
     * @return the findings of the pass's rules, sorted
     */
    public static List<Finding> session(LoadedPack pack, SliceLayout layout, CheckBudget budget, String pass, Iterable<?> reference,
            Iterable<?> bulk, LocalDate asOf) {
        Set<String> rules = layout.rulesOf(pass);
        try (SessionRunner runner = new SessionRunner(pack, baseOf(pack, layout, pass), asOf, pack.info().jurisdiction(), budget)) {
            runner.beginCheck();
            try {
                for (Object f : reference) {
                    runner.insert(f);
                }
                for (Object f : bulk) {
                    runner.insert(f);
                }
                runner.fire(rules::contains);
            } finally {
                runner.endCheck();
            }
            return runner.findings(rules::contains);
        }
    }

    /**
     * A whole sliced check of facts held in memory.
     *
     * @param pack          the pack
     * @param layout        its layout
     * @param budget        the host's budget
     * @param facts         every fact of the snapshot
     * @param asOf          the day of the check
     * @param maxSliceFacts the most bulk facts a pass puts in one slice (on average: keys are spread by hash)
     * @param threads       how many sessions run at once
     * @return the findings, each once, sorted
     */
    public static List<Finding> check(LoadedPack pack, SliceLayout layout, CheckBudget budget, Collection<?> facts, LocalDate asOf,
            int maxSliceFacts, int threads) {
        List<Object> reference = new ArrayList<>();
        List<Object> wholeCity = new ArrayList<>();
        Map<String, List<Object>> inPass = new TreeMap<>();
        for (Object f : facts) {
            Class<?> type = f.getClass();
            if (!layout.isBulk(type)) {
                reference.add(f);
                continue;
            }
            if (layout.wholeCityReads(type)) {
                wholeCity.add(f);
            }
            for (String pass : layout.passes()) {
                if (layout.keyIn(pass, f) != null) {
                    inPass.computeIfAbsent(pass, p -> new ArrayList<>()).add(f);
                }
            }
        }
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(SlicingFileReader.WHOLE_CITY, wholeCity));
        for (Map.Entry<String, List<Object>> e : inPass.entrySet()) {
            String pass = e.getKey();
            if (layout.rulesOf(pass).isEmpty()) {
                continue;
            }
            int n = Math.max(1, (int) Math.ceil(e.getValue().size() / (double) Math.max(1, maxSliceFacts)));
            List<List<Object>> slices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                slices.add(new ArrayList<>());
            }
            for (Object f : e.getValue()) {
                slices.get(org.wangge.kernel.rules.SlicePlan.bucket(layout.keyIn(pass, f), n)).add(f);
            }
            e.setValue(List.of()); // the slices hold them now
            for (List<Object> s : slices) {
                if (!s.isEmpty()) {
                    tasks.add(new Task(pass, s));
                }
            }
        }
        // Largest first, so that the pool is not left waiting on one big session at the end.
        tasks.sort((a, b) -> Integer.compare(b.bulk.size(), a.bulk.size()));
        List<List<Finding>> parts = run(tasks, threads, t -> session(pack, layout, budget, t.pass, reference, t.bulk, asOf));
        return combine(parts);
    }

    /** Per pack: the rule base of each pass (built once, on first use), or the pack's own when no smaller one can be built. */
    private static final Map<PackSource, Map<String, KieBase>> PASS_BASES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlicedCheck.class);

    /**
     * The rule base a pass's sessions use: a copy of the pack's with only the rules the pass needs
     * ({@link SliceLayout#neededRules}), so that no session evaluates the conditions of rules whose findings another pass
     * reports (the reference-only rules would otherwise be evaluated again in every slice). Built from the pack's
     * compiled module (executable model); when that is not at hand, the pack's own rule base with the other constraint
     * rules held back at firing.
     */
    static KieBase baseOf(LoadedPack pack, SliceLayout layout, String pass) {
        Map<String, KieBase> bases = PASS_BASES.computeIfAbsent(pack.source(), s -> new java.util.concurrent.ConcurrentHashMap<>());
        return bases.computeIfAbsent(pass, p -> {
            KieBase full = pack.kieBase();
            byte[] kjar = CompiledPackCache.executableModelKjar(full);
            if (kjar == null) {
                return full;
            }
            long t0 = System.nanoTime();
            KieBase copy;
            try {
                synchronized (PASS_BASES) { // one module in the KIE repository at a time
                    copy = CompiledPackCache.fromKjar(kjar);
                }
            } catch (RuntimeException e) {
                LOG.warn("rule pack {}: no rule base of its own for pass {} ({}); the pack's is used", pack.source().location(), p, e.toString());
                return full;
            }
            Set<String> keep = layout.neededRules(p);
            int removed = 0;
            for (KiePackage kp : new ArrayList<>(copy.getKiePackages())) {
                for (org.kie.api.definition.rule.Rule r : new ArrayList<>(kp.getRules())) {
                    RuleMeta m = pack.rules().get(r.getName());
                    if (m != null && !keep.contains(r.getName())) {
                        copy.removeRule(kp.getName(), r.getName());
                        removed++;
                    }
                }
            }
            LOG.debug("rule pack {}: rule base of pass {} built in {} ms without {} rules", pack.source().location(), p,
                    (System.nanoTime() - t0) / 1_000_000, removed);
            return copy;
        });
    }

    /** @return the findings of all parts, each once, sorted */
    public static List<Finding> combine(Collection<? extends Collection<Finding>> parts) {
        Set<Finding> all = new LinkedHashSet<>();
        for (Collection<Finding> p : parts) {
            all.addAll(p);
        }
        List<Finding> out = new ArrayList<>(all);
        out.sort(null);
        return out;
    }

    private record Task(String pass, List<Object> bulk) {
    }

    /** Runs tasks on a bounded pool; the first failure (a budget exceeded, a rule's exception) fails the check. */
    private static <T> List<List<Finding>> run(List<T> tasks, int threads, java.util.function.Function<T, List<Finding>> work) {
        int n = Math.max(1, Math.min(threads, tasks.size()));
        if (n == 1) {
            List<List<Finding>> out = new ArrayList<>();
            for (T t : tasks) {
                out.add(work.apply(t));
            }
            return out;
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "wangge-slice-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (T t : tasks) {
                futures.add(pool.submit(() -> work.apply(t)));
            }
            List<List<Finding>> out = new ArrayList<>();
            for (Future<List<Finding>> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    futures.forEach(x -> x.cancel(true));
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    futures.forEach(x -> x.cancel(true));
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the sliced check was interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
