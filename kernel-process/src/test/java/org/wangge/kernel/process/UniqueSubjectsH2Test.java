package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link UniqueSubjectsTests} on an in-memory H2 database. */
class UniqueSubjectsH2Test extends UniqueSubjectsTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
