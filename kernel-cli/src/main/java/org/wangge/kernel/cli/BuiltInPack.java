package org.wangge.kernel.cli;

import org.wangge.kernel.rules.RuleEngine;

/** The built-in Zigong pack, compiled at most once per run of the command (compiling takes seconds). */
final class BuiltInPack {

    private BuiltInPack() {
    }

    static RuleEngine engine() {
        return Holder.ENGINE;
    }

    private static final class Holder {
        static final RuleEngine ENGINE = RuleEngine.zigong();
    }
}
