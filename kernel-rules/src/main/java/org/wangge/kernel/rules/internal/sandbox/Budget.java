package org.wangge.kernel.rules.internal.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.RuleBudgetException;
import org.wangge.kernel.rules.RuleBudgetException.Limit;

/**
 * Enforces a {@link CheckBudget} from inside the engine: an agenda listener counts firings and halts the session at
 * the limit, a working-memory listener counts facts inserted by rules and fails the inserting consequence at the
 * limit, and a watchdog halts the session at the deadline, after which every generated method and loop of rule code
 * (instrumented by {@link BytecodeSandbox#instrument}) throws at its next {@link #tick()}. If the thread is still in
 * the check a grace period later, the watchdog interrupts it (and the interrupt is cleared when the check ends).
 * Interrupting the checking thread (a host cancelling the check) stops it the same way.
 */
public final class Budget {

    /** Internal name of this class, for generated code. */
    static final String INTERNAL_NAME = "org/wangge/kernel/rules/internal/sandbox/Budget";

    private static final long GRACE_MILLIS = 2_000;
    private static final ThreadLocal<Window> CURRENT = new ThreadLocal<>();
    /** Windows stopped and not yet closed: while zero, {@link #tick()} costs a volatile read and an interrupt test. */
    private static volatile int stoppedWindows;
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private Budget() {
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "wangge-check-watchdog");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /**
     * Called by instrumented rule code at each method entry and backward jump: throws when the check running on this
     * thread has been stopped or its thread interrupted.
     */
    public static void tick() {
        if (stoppedWindows != 0 || Thread.currentThread().isInterrupted()) {
            Window w = CURRENT.get();
            if (w != null) {
                w.checkStopped();
            }
        }
    }

    /**
     * Opens the budget of one session; {@link Window#enter()} and {@link Window#exit()} bracket each call into it.
     *
     * @param session  the session
     * @param budget   the limits
     * @param locator  rule name to {@code file:line}
     * @return the window
     */
    public static Window open(KieSession session, CheckBudget budget, Function<String, String> locator) {
        Window w = new Window(session, budget, locator);
        session.addEventListener(w.agenda);
        session.addEventListener(w.memory);
        return w;
    }

    /** The budget of one session. Not thread-safe: a session is used by one thread at a time. */
    public static final class Window {
        private final KieSession session;
        private final CheckBudget budget;
        private final Function<String, String> locator;
        private final Map<Rule, int[]> firingsByRule = new HashMap<>();
        private long hostFacts;
        private long firings;
        private long insertions;
        private long firingLimit;
        private long insertionLimit;
        private volatile Rule firing;
        /** The rule that fired last, named when time runs out between firings. */
        private volatile Rule lastFired;
        private volatile RuleBudgetException stop;
        private volatile Thread thread;
        private volatile boolean interruptedByUs;
        private ScheduledFuture<?> deadline;
        private ScheduledFuture<?> interrupt;
        private int depth;

        final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing = event.getMatch().getRule();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Rule rule = event.getMatch().getRule();
                firingsByRule.computeIfAbsent(rule, r -> new int[1])[0]++;
                firing = null;
                lastFired = rule;
                if (++firings > firingLimit && stop == null) {
                    Rule most = mostFired();
                    stop(Limit.FIRINGS, most, "rule \"" + most.getName() + "\"" + at(most) + " fired " + firingsByRule.get(most)[0]
                            + " of " + firings + " firings; the check's budget is " + firingLimit + " firings (" + budget.firingsPerFact()
                            + " per fact, at least " + CheckBudget.FLOOR + "). A rule that changes a fact it matches fires again: "
                            + "add a condition that the change makes false, or use no-loop");
                }
            }
        };

        final RuleRuntimeEventListener memory = new RuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() == null) {
                    hostFacts++;
                    limits();
                    return;
                }
                if (++insertions > insertionLimit && stop == null) {
                    Rule rule = event.getRule();
                    stop(Limit.INSERTIONS, rule, "rule \"" + rule.getName() + "\"" + at(rule) + " inserted fact " + insertions
                            + "; the check's budget is " + insertionLimit + " facts inserted by rules (" + budget.insertionsPerFact()
                            + " per fact, at least " + CheckBudget.FLOOR + "). Insert derived facts once per match, not in a loop");
                    RuleBudgetException s = stop;
                    if (s != null) {
                        throw s; // fails the inserting consequence now: the flood ends here
                    }
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                // updates are counted as the firings that make them
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                if (event.getRule() == null && hostFacts > 0) {
                    hostFacts--;
                }
            }
        };

        private Window(KieSession session, CheckBudget budget, Function<String, String> locator) {
            this.session = session;
            this.budget = budget;
            this.locator = locator;
            limits();
        }

        private void limits() {
            firingLimit = budget.firingsFor(hostFacts);
            insertionLimit = budget.insertionsFor(hostFacts);
        }

        /** Starts a call into the session: the counters and the clock start again for each outermost call. */
        public void enter() {
            if (depth++ > 0) {
                return;
            }
            firings = 0;
            insertions = 0;
            firingsByRule.clear();
            lastFired = null;
            thread = Thread.currentThread();
            CURRENT.set(this);
            deadline = WATCHDOG.schedule(this::timeUp, budget.time().toMillis(), TimeUnit.MILLISECONDS);
        }

        /**
         * Ends a call.
         *
         * @throws RuleBudgetException when the budget ran out during the call
         */
        public void exit() {
            if (--depth > 0) {
                return;
            }
            deadline.cancel(false);
            if (interrupt != null) {
                interrupt.cancel(false);
            }
            CURRENT.remove();
            RuleBudgetException s;
            synchronized (this) { // against the watchdog: after this no stop or interrupt can land on this call
                thread = null;
                s = stop;
                stop = null;
                if (interruptedByUs) {
                    Thread.interrupted(); // the watchdog's interrupt is ours to clear; a host's own interrupt is left set
                    interruptedByUs = false;
                }
            }
            if (s != null) {
                synchronized (Budget.class) {
                    stoppedWindows--;
                }
                throw new RuleBudgetException(s.limit(), s.ruleName(), s.location(), s.getMessage());
            }
        }

        /**
         * @param e an exception out of the engine
         * @return the budget exception behind it, or the exception itself
         */
        public RuntimeException translate(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RuleBudgetException b) {
                    return b;
                }
            }
            return e;
        }

        void checkStopped() {
            if (stop == null && Thread.currentThread().isInterrupted() && !interruptedByUs) {
                Rule rule = firing;
                stop(Limit.CANCELLED, rule, "the check was cancelled (its thread was interrupted)"
                        + (rule == null ? "" : " while rule \"" + rule.getName() + "\"" + at(rule) + " was firing"));
            }
            RuleBudgetException s = stop;
            if (s != null) {
                throw s;
            }
        }

        private synchronized void timeUp() {
            if (stop != null || thread == null) {
                return;
            }
            Rule rule = firing;
            String who;
            if (rule != null) {
                who = "rule \"" + rule.getName() + "\"" + at(rule);
            } else if (lastFired != null) { // between firings: the engine was matching after the last one
                rule = lastFired;
                who = "the rules (the last to fire: rule \"" + rule.getName() + "\"" + at(rule) + ")";
            } else {
                who = "the rules' conditions";
            }
            stop(Limit.TIME, rule, who + " did not finish within the check's time budget of " + budget.time().toSeconds() + " s"
                    + ". A loop in a consequence or function that never ends, or work that grows with the data faster than it should");
            Thread t = thread;
            interrupt = WATCHDOG.schedule(() -> {
                synchronized (this) {
                    if (thread == t && t != null) {
                        interruptedByUs = true;
                        t.interrupt(); // rule code stops at its next tick; this wakes the engine if it is waiting
                    }
                }
            }, GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }

        private synchronized void stop(Limit limit, Rule rule, String message) {
            if (stop != null || thread == null) { // already stopped, or the call has ended
                return;
            }
            String name = rule == null ? null : rule.getName();
            String where = rule == null ? null : locator.apply(rule.getName());
            stop = new RuleBudgetException(limit, name, where, "check stopped: " + message);
            synchronized (Budget.class) {
                stoppedWindows++;
            }
            session.halt();
        }

        private Rule mostFired() {
            Rule most = null;
            int max = -1;
            for (Map.Entry<Rule, int[]> e : firingsByRule.entrySet()) {
                if (e.getValue()[0] > max) {
                    max = e.getValue()[0];
                    most = e.getKey();
                }
            }
            return most;
        }

        private String at(Rule rule) {
            String where = locator.apply(rule.getName());
            return where == null ? "" : " (" + where + ")";
        }
    }
}
