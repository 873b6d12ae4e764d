package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link MatterAdmissionTests} on PostgreSQL; skipped when 127.0.0.1:5432 does not answer. */
class MatterAdmissionPostgresTest extends MatterAdmissionTests {

    @Override
    String database() {
        return Fixtures.POSTGRESQL;
    }
}
