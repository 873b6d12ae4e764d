package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link VersionsTests} on an in-memory H2 database. */
class VersionsH2Test extends VersionsTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
