package org.wangge.kernel.process;

/**
 * A request the processes refuse. The message names the subject (a case, grid change, application or
 * misconduct case) and the rule of the Measures or of the process that refuses it; nothing of the
 * refused request is written.
 */
public class WanggeProcessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The case, change, application or misconduct case concerned. */
    private final String subjectId;
    /** The constraint ID or article that applies. */
    private final String rule;

    /**
     * @param subjectId the case, change, application or misconduct case concerned
     * @param rule      the constraint ID or article that applies, e.g. {@code ZG-15-02}
     * @param message   what is wrong and what to do
     */
    public WanggeProcessException(String subjectId, String rule, String message) {
        super(message);
        this.subjectId = subjectId;
        this.rule = rule;
    }

    /**
     * @param subjectId the case, change, application or misconduct case concerned
     * @param rule      the constraint ID or article that applies
     * @param message   what is wrong
     * @param cause     the engine's exception
     */
    public WanggeProcessException(String subjectId, String rule, String message, Throwable cause) {
        super(message, cause);
        this.subjectId = subjectId;
        this.rule = rule;
    }

    /** @return the id of the case, change, application or misconduct case concerned */
    public String subjectId() {
        return subjectId;
    }

    /** @return the constraint ID or article that applies, e.g. {@code ZG-15-02} */
    public String rule() {
        return rule;
    }
}
