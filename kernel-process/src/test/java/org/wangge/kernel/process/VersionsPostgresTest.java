package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link VersionsTests} on a fresh PostgreSQL database; skipped when 127.0.0.1:5432 does not answer. */
class VersionsPostgresTest extends VersionsTests {

    @Override
    String database() {
        return Fixtures.POSTGRESQL;
    }
}
