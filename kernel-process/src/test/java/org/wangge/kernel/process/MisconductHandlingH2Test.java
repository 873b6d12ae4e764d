package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link MisconductHandlingTests} on an in-memory H2 database. */
class MisconductHandlingH2Test extends MisconductHandlingTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
