package org.wangge.kernel.model;

import java.util.Objects;

/**
 * Thrown when a model value is built from invalid data. The message always names the field, the
 * offending value (masked when it is personal information) and the rule that was broken, so that a
 * host can tell its user what to fix without reading a stack trace.
 */
public class ModelValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String shownValue;
    private final String rule;

    /**
     * @param field      the field, as {@code Type.component} (e.g. {@code Grid.households})
     * @param shownValue the offending value as it may be shown: already masked when personal
     * @param rule       the rule broken, in words a user can act on
     */
    public ModelValidationException(String field, String shownValue, String rule) {
        super(field + " = " + shownValue + ": " + rule);
        this.field = Objects.requireNonNull(field, "field");
        this.shownValue = shownValue;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** @return the field, as {@code Type.component} */
    public String field() {
        return field;
    }

    /** @return the offending value as shown in the message (masked when personal) */
    public String shownValue() {
        return shownValue;
    }

    /** @return the rule broken */
    public String rule() {
        return rule;
    }
}
