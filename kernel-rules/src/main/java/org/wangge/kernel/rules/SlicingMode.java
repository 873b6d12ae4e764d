package org.wangge.kernel.rules;

/**
 * Which path {@link RuleEngine#check} takes ({@link RuleEngine.Builder#slicing(SlicingMode)}).
 */
public enum SlicingMode {

    /** Sliced when the snapshot holds more facts than {@link RuleEngine.Builder#slicedAbove(int)} and the pack has a slicing.toml. */
    AUTO,

    /** Always sliced (the pack must have a slicing.toml). */
    ALWAYS,

    /** Always one session. */
    NEVER
}
