package org.wangge.kernel.testkit.internal;

import org.wangge.kernel.rules.RuleEngine;

/**
 * The built-in Zigong rule pack, compiled once per JVM and shared by the scenario runner, the compliance
 * assertion and the command line (compiling takes seconds; the engine is thread-safe). Not API.
 */
public final class BuiltInEngine {

    private BuiltInEngine() {
    }

    /** @return the shared engine with the built-in pack, compiled on first use */
    public static RuleEngine get() {
        return Holder.ENGINE;
    }

    private static final class Holder {
        static final RuleEngine ENGINE = RuleEngine.zigong();
    }
}
