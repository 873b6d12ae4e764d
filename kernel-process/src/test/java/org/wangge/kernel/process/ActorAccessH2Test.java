package org.wangge.kernel.process;

import org.wangge.kernel.process.support.Fixtures;

/** {@link ActorAccessTests} on an in-memory H2 database. */
class ActorAccessH2Test extends ActorAccessTests {

    @Override
    String database() {
        return Fixtures.H2;
    }
}
