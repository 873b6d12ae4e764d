package org.wangge.spring.boot.autoconfigure;

import org.wangge.kernel.rules.RuleEngine;

/** One compiled built-in pack for the tests that do not test the engine's own bean (compiling takes seconds). */
final class Shared {

    private static RuleEngine engine;

    private Shared() {
    }

    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.zigong();
        }
        return engine;
    }
}
