package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link CaseHandlingTests} on an in-memory H2 database. */
class CaseHandlingH2Test extends CaseHandlingTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
