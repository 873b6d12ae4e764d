package org.wangge.kernel.rules;

import java.util.List;

/**
 * What the rules say about one step of a process before it is taken (an assignment, a matter's admission, an
 * engagement's resources, a grid proposal): the findings that refuse it, and those noted on it without refusing it.
 * Each is a full {@link Finding} (citation, messages) the step can show; which findings refuse a step is chosen by
 * the pack's queries ({@code queries.drl}), not by the process.
 *
 * @param refusals the findings that refuse the step, ordered by article; empty when it may be taken
 * @param notes    findings noted on it without refusing it, ordered by article
 */
public record StepCheck(List<Finding> refusals, List<Finding> notes) {

    /** Copies the lists. */
    public StepCheck {
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
    }

    /** @return whether any finding refuses the step */
    public boolean refused() {
        return !refusals.isEmpty();
    }
}
