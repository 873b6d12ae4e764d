package org.wangge.kernel.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work one check may do before it is stopped with a {@link RuleBudgetException}: rule firings and facts
 * inserted by rules, each per fact the host put in (with a floor of {@link #FLOOR} for small checks), and wall time.
 * A pack may lower these in its {@code pack.properties} ({@code budget.firings-per-fact},
 * {@code budget.insertions-per-fact}, {@code budget.time-seconds}); the host sets the ceiling with
 * {@link RuleEngine.Builder#checkBudget(CheckBudget)}. See {@code docs/security.md}.
 *
 * @param firingsPerFact    rule firings allowed per fact inserted by the host
 * @param insertionsPerFact facts rules may insert (logically or not) per fact inserted by the host
 * @param time              wall time of one check (for an incremental session: of one call)
 */
public record CheckBudget(long firingsPerFact, long insertionsPerFact, Duration time) {

    /** Firings and insertions every check may use whatever its size, so that a small check is not starved. */
    public static final long FLOOR = 100_000;

    /**
     * The defaults: 100 firings and 4 rule-inserted facts per fact, 10 minutes. The built-in pack needs about 1 firing
     * and 0.2 derived facts per fact at scale M (docs/performance.md), so these leave two orders of magnitude, yet
     * stop a self-retriggering rule or an insert flood long before a heap sized for the data is exhausted.
     */
    public static final CheckBudget DEFAULT = new CheckBudget(100, 4, Duration.ofMinutes(10));

    /**
     * @throws IllegalArgumentException when a limit is not positive
     */
    public CheckBudget {
        Objects.requireNonNull(time, "time");
        if (firingsPerFact <= 0 || insertionsPerFact <= 0 || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("every limit of a check budget must be positive: " + firingsPerFact + " firings per fact, "
                    + insertionsPerFact + " insertions per fact, " + time);
        }
    }

    /**
     * @param other another budget
     * @return the smaller of each limit
     */
    public CheckBudget min(CheckBudget other) {
        return new CheckBudget(Math.min(firingsPerFact, other.firingsPerFact), Math.min(insertionsPerFact, other.insertionsPerFact),
                time.compareTo(other.time) <= 0 ? time : other.time);
    }

    /**
     * @param facts facts inserted by the host
     * @return the firings allowed for a check of that many facts
     */
    public long firingsFor(long facts) {
        return Math.max(FLOOR, saturatedProduct(firingsPerFact, facts));
    }

    /**
     * @param facts facts inserted by the host
     * @return the rule insertions allowed for a check of that many facts
     */
    public long insertionsFor(long facts) {
        return Math.max(FLOOR, saturatedProduct(insertionsPerFact, facts));
    }

    private static long saturatedProduct(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }
}
