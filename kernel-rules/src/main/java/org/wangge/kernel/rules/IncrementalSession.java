package org.wangge.kernel.rules;

import java.time.LocalDate;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.internal.LoadedPack;
import org.wangge.kernel.rules.internal.SessionRunner;

/**
 * A stateful check for incremental use: after loading a snapshot, insert, update or remove facts
 * and call {@link #changes()} to learn which findings appeared and disappeared. Facts are matched
 * by their kind and id, so an update passes the new version of a record. Not thread-safe.
 */
public final class IncrementalSession implements AutoCloseable {

    private final SessionRunner runner;
    private final CitySnapshot snapshot;
    private final LocalDate asOf;

    IncrementalSession(LoadedPack pack, CitySnapshot snapshot, LocalDate asOf, CheckBudget budget) {
        this.runner = new SessionRunner(pack, asOf, snapshot.jurisdiction(), budget);
        this.snapshot = snapshot;
        this.asOf = asOf;
        boolean loaded = false;
        try {
            runner.beginCheck(); // loading the snapshot is one check's worth of budget
            try {
                snapshot.facts().forEach(runner::upsert);
                runner.fire();
            } finally {
                runner.endCheck();
            }
            runner.trackChanges();
            loaded = true;
        } finally {
            if (!loaded) {
                runner.close();
            }
        }
    }

    /**
     * Inserts a new fact.
     *
     * @param fact a model fact
     * @return this session
     */
    public IncrementalSession insert(Object fact) {
        runner.upsert(fact);
        return this;
    }

    /**
     * Replaces the fact with the same kind and id.
     *
     * @param fact the new version
     * @return this session
     */
    public IncrementalSession update(Object fact) {
        runner.upsert(fact);
        return this;
    }

    /**
     * Removes the fact with the same kind and id.
     *
     * @param fact the fact
     * @return this session
     * @throws IllegalArgumentException when no such fact is in the session
     */
    public IncrementalSession remove(Object fact) {
        if (!runner.remove(fact)) {
            throw new IllegalArgumentException("no fact " + fact.getClass().getSimpleName() + " with that id in the session");
        }
        return this;
    }

    /**
     * Fires the rules and compares with the findings of the previous call (or of the loaded snapshot).
     *
     * @return the findings that appeared and disappeared
     */
    public FindingChanges changes() {
        // Only the breaches the engine inserted or retracted since the last call are looked at.
        return runner.changes();
    }

    /** @return a report of every finding now */
    public CheckReport report() {
        // A report is the state after the changes so far; it does not consume them (pending breaches stay dirty).
        runner.fire();
        return new CheckReport(runner.pack().info(), snapshot.jurisdiction(), asOf, runner.findings());
    }

    @Override
    public void close() {
        runner.close();
    }
}
