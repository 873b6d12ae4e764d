package org.wangge.kernel.process;

/**
 * Someone else completed or changed the same step at the same time; this request lost and wrote
 * nothing. Reload the subject's state and decide again.
 */
public final class StepConflictException extends WanggeProcessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param subjectId the subject
     * @param rule      the constraint the step serves
     * @param message   the message
     * @param cause     the engine's optimistic-locking exception
     */
    public StepConflictException(String subjectId, String rule, String message, Throwable cause) {
        super(subjectId, rule, message, cause);
    }
}
