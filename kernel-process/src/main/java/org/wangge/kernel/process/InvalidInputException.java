package org.wangge.kernel.process;

/**
 * A façade input is unusable before any rule is asked: a blank or over-long id, or an id of a grid, grid worker,
 * department or operator that is not registered with the processes. The message names the field and says what
 * is accepted; nothing is written.
 */
public final class InvalidInputException extends WanggeProcessException {

    private static final long serialVersionUID = 1L;

    /** The input field at fault, e.g. {@code caseId}, {@code gridId}, {@code operatorId}. */
    private final String field;

    /**
     * @param subjectId the subject concerned (may be the unusable id itself, masked or shortened)
     * @param rule      the article or constraint of the step
     * @param field     the input field at fault
     * @param message   what is wrong and how to fix it
     */
    public InvalidInputException(String subjectId, String rule, String field, String message) {
        super(subjectId, rule, message);
        this.field = field;
    }

    /** @return the input field at fault, e.g. {@code caseId}, {@code gridId}, {@code operatorId} */
    public String field() {
        return field;
    }
}
