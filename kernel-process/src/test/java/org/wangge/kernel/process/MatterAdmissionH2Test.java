package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link MatterAdmissionTests} on an in-memory H2 database. */
class MatterAdmissionH2Test extends MatterAdmissionTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
