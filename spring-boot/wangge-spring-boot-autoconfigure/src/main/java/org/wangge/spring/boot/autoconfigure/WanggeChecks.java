package org.wangge.spring.boot.autoconfigure;

import java.time.LocalDate;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Checks through the application's rule engine, measured: the REST API checks through it, and so should the
 * application's own code when it wants the {@code wangge.check} timer and {@code wangge.findings} counters.
 */
public class WanggeChecks {

    /** Receives each check's outcome (the Micrometer metrics, when present). */
    public interface Listener {
        /**
         * @param report      the report
         * @param nanos       how long the check took
         */
        void checked(CheckReport report, long nanos);
    }

    private final RuleEngine engine;
    private final Listener listener;

    /**
     * @param engine   the rule engine
     * @param listener told of every check, or null
     */
    public WanggeChecks(RuleEngine engine, Listener listener) {
        this.engine = engine;
        this.listener = listener;
    }

    /** @return the rule engine */
    public RuleEngine engine() {
        return engine;
    }

    /**
     * @param snapshot the city
     * @param asOf     the day to judge, or null for the snapshot's
     * @return the report
     */
    public CheckReport check(CitySnapshot snapshot, LocalDate asOf) {
        long start = System.nanoTime();
        CheckReport report = engine.check(snapshot, asOf != null ? asOf : snapshot.asOf());
        if (listener != null) {
            listener.checked(report, System.nanoTime() - start);
        }
        return report;
    }
}
