package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link ActorAccessTests} on PostgreSQL; skipped when 127.0.0.1:5432 does not answer. */
class ActorAccessPostgresTest extends ActorAccessTests {

    @Override
    String database() {
        return Fixtures.POSTGRESQL;
    }
}
