package org.wangge.kernel.process;

import java.util.List;
import org.wangge.kernel.model.conduct.Circumstances;
import org.wangge.kernel.rules.ConsequenceLevel;

/**
 * A misconduct case's state (Art. 13, 22).
 *
 * @param misconductId             the misconduct case
 * @param status                   open, completed (consequence applied) or refused (not substantiated)
 * @param openSteps                the names of the steps waiting for someone
 * @param origin                   {@code COMPLAINT} or {@code FINDING}
 * @param workerId                 the grid worker concerned
 * @param substantiated            whether the investigation substantiated it; null while pending
 * @param consequence              the Art. 22 level, once set
 * @param consequenceRule          the ZG-13 constraint the level is for, once set
 * @param processDefinitionVersion the process version it started under
 * @param rulePackVersion          the rule-pack version in force when it started
 * @param findingConstraint        for a case opened from a finding: the finding's constraint; else null
 * @param findingBasis             for a case opened from a finding: its basis ({@code INDICATOR} or {@code TEXT}); else null
 * @param circumstances            the circumstances (情节) the investigation recorded, or null
 * @param consequenceAwaiting      the higher Art. 22 starting level that awaits recorded circumstances, or null
 */
public record MisconductState(String misconductId, SubjectStatus status, List<String> openSteps, String origin, String workerId,
        Boolean substantiated, ConsequenceLevel consequence, String consequenceRule, int processDefinitionVersion,
        String rulePackVersion, String findingConstraint, String findingBasis, Circumstances circumstances,
        ConsequenceLevel consequenceAwaiting) {

    /** Copies the list. */
    public MisconductState {
        openSteps = List.copyOf(openSteps);
    }

    /**
     * The state without a finding's constraint and basis or circumstances (as before they were recorded).
     *
     * @param misconductId             the misconduct case
     * @param status                   its status
     * @param openSteps                its open steps
     * @param origin                   complaint or finding
     * @param workerId                 the worker
     * @param substantiated            the conclusion
     * @param consequence              the level
     * @param consequenceRule          the constraint of the level
     * @param processDefinitionVersion the process version
     * @param rulePackVersion          the rule-pack version
     */
    public MisconductState(String misconductId, SubjectStatus status, List<String> openSteps, String origin, String workerId,
            Boolean substantiated, ConsequenceLevel consequence, String consequenceRule, int processDefinitionVersion,
            String rulePackVersion) {
        this(misconductId, status, openSteps, origin, workerId, substantiated, consequence, consequenceRule, processDefinitionVersion,
                rulePackVersion, null, null, null, null);
    }
}
