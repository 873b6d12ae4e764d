package org.wangge.kernel.process;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.wangge.kernel.process.support.Fixtures;

/**
 * What the H2 and PostgreSQL twins of each process test share: the engine shared on their database, and the
 * skip when that database is not there. A subclass's own {@code @BeforeAll} runs after this one's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnDatabase {

    /** The shared engine on {@link #database()}; null when the database is not there (the tests are then skipped). */
    WanggeProcesses processes;

    /** @return the database the twin runs on (see {@link Fixtures}) */
    abstract String database();

    @BeforeAll
    void startEngine() {
        processes = Fixtures.shared(database());
    }

    @BeforeEach
    void requireDatabase() {
        Fixtures.assumeDatabase(database());
    }
}
