package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link GridChangeFilingTests} on PostgreSQL; skipped when 127.0.0.1:5432 does not answer. */
class GridChangeFilingPostgresTest extends GridChangeFilingTests {

    @Override
    String database() {
        return Fixtures.POSTGRESQL;
    }
}
