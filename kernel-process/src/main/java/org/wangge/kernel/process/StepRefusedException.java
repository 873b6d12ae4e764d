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
    /** The step refused to its actor, or null when the refusal is not about who takes the step. */
    private final String step;

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
        this.step = null;
    }

    /**
     * A step refused to its actor: the role may not take it, or the actor does not act for the case's grid or department.
     *
     * @param subjectId the subject
     * @param rule      the constraint or article of the step
     * @param step      the step, e.g. {@code accept}
     * @param message   the message: the step, the case and why
     */
    public StepRefusedException(String subjectId, String rule, String step, String message) {
        super(subjectId, rule, message);
        this.findings = List.of();
        this.step = step;
    }

    /** @return the step refused to its actor, e.g. {@code accept}; null when the refusal is not about who takes the step */
    public String step() {
        return step;
    }

    /** @return the rule findings behind the refusal, as text; empty when the refusal is not a rule check */
    public List<String> findings() {
        return findings;
    }
}
