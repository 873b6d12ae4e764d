package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link UniqueSubjectsTests} on PostgreSQL; skipped when 127.0.0.1:5432 does not answer (a failure when it is required). */
class UniqueSubjectsPostgresTest extends UniqueSubjectsTests {

    @Override
    String database() {
        return Fixtures.POSTGRESQL;
    }
}
