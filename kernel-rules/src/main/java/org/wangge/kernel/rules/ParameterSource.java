package org.wangge.kernel.rules;

/** Where a parameter's value comes from. */
public enum ParameterSource {
    /** The number is the text's (e.g. 300–500 households, Art. 8 ¶1). */
    TEXT,
    /** The text says only "timely" (及时) or "rapid": the number is a local policy default, not in the text. */
    POLICY_DEFAULT
}
