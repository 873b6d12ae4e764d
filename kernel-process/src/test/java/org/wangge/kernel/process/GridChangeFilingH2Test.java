package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link GridChangeFilingTests} on an in-memory H2 database. */
class GridChangeFilingH2Test extends GridChangeFilingTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
