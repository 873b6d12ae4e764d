package org.wangge.kernel.process;

/**
 * The step asked for is not open: it was already completed, the subject has not reached it, or the
 * process has ended. The message says where the subject is now.
 */
public final class StepNotOpenException extends WanggeProcessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param subjectId the subject
     * @param rule      the constraint the step serves
     * @param message   the message
     */
    public StepNotOpenException(String subjectId, String rule, String message) {
        super(subjectId, rule, message);
    }
}
