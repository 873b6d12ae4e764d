package org.wangge.kernel.process;

import java.util.List;

/**
 * The step was refused because its input breaks a rule: a hand-back without a reason, an unknown
 * department, an assignment the routing table does not allow, a filing with an organisation that is
 * not the city-level agency… The subject stays where it was.
 */
public final class StepRefusedException extends WanggeProcessException {

    private static final long serialVersionUID = 1L;

    /** The rule findings behind the refusal, as text. */
    private final List<String> findings;

    /**
     * @param subjectId the subject
     * @param rule      the constraint that refuses the step
     * @param message   the message
     */
    public StepRefusedException(String subjectId, String rule, String message) {
        this(subjectId, rule, message, List.of());
    }

    /**
     * @param subjectId the subject
     * @param rule      the constraint that refuses the step
     * @param message   the message
     * @param findings  the rule findings behind the refusal, as text (constraint, subject, message)
     */
    public StepRefusedException(String subjectId, String rule, String message, List<String> findings) {
        super(subjectId, rule, message);
        this.findings = List.copyOf(findings);
    }

    /** @return the rule findings behind the refusal, as text; empty when the refusal is not a rule check */
    public List<String> findings() {
        return findings;
    }
}
