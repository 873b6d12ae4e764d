package org.wangge.kernel.process;

import java.util.List;
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
 */
public record MisconductState(String misconductId, SubjectStatus status, List<String> openSteps, String origin, String workerId,
        Boolean substantiated, ConsequenceLevel consequence, String consequenceRule, int processDefinitionVersion,
        String rulePackVersion) {

    /** Copies the list. */
    public MisconductState {
        openSteps = List.copyOf(openSteps);
    }
}
