package org.wangge.kernel.rules.zigong;

import java.time.LocalDate;
import java.util.List;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.traceability.AssertedOutcomes;

/**
 * Shared engine (compiled once per test JVM) and helpers for the per-article rule tests. What a test asks of a report
 * ({@code findings(…, id)}) is recorded with its outcome when the test passes ({@link AssertedOutcomes}), for the
 * traceability check that every constraint fires in some test and not in another.
 */
@ExtendWith(AssertedOutcomes.class)
public abstract class RuleTestSupport {

    /** The built-in Zigong pack; compiling it once keeps the test run short. */
    protected static final RuleEngine ENGINE = SharedEngine.INSTANCE;

    /**
     * @param snapshot a snapshot
     * @return its report as of {@link CompliantCity#AS_OF}
     */
    protected static TestReport check(CitySnapshot snapshot) {
        return new TestReport(ENGINE.check(snapshot, CompliantCity.AS_OF));
    }

    /**
     * @param snapshot a snapshot
     * @param asOf     the check date
     * @return its report
     */
    protected static TestReport check(CitySnapshot snapshot, LocalDate asOf) {
        return new TestReport(ENGINE.check(snapshot, asOf));
    }

    /**
     * @param snapshot     a snapshot
     * @param constraintId a constraint
     * @return the findings of that constraint as of {@link CompliantCity#AS_OF}
     */
    protected static List<Finding> findings(CitySnapshot snapshot, String constraintId) {
        return check(snapshot).findings(constraintId);
    }

    private static final class SharedEngine {
        static final RuleEngine INSTANCE = RuleEngine.zigong();
    }
}
