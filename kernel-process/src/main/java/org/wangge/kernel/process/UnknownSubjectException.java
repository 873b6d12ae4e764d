package org.wangge.kernel.process;

/** No case, grid change, application or misconduct case with this id was ever started. */
public final class UnknownSubjectException extends WanggeProcessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param subjectId the id asked for
     * @param rule      the article of the process asked about
     * @param message   the message
     */
    public UnknownSubjectException(String subjectId, String rule, String message) {
        super(subjectId, rule, message);
    }
}
