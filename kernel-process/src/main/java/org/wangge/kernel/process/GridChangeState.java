package org.wangge.kernel.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A grid change's state in the filing process (Art. 7).
 *
 * @param changeId                 the change
 * @param status                   open or completed (filed)
 * @param openSteps                the names of the steps waiting for someone
 * @param violations               the Art. 7 and 8 violations of the last check of the proposed grids
 * @param warnings                 the Art. 7 and 8 warnings of the last check
 * @param reminded                 whether the reminder before the end of the grace period fired
 * @param overdue                  whether the grace period ended without a filing (ZG-07-03)
 * @param filingReminderAt         when the reminder fires
 * @param filingGraceEndsAt        the last instant of the grace period (filing.grace.days after the change takes effect)
 * @param filedWithId              the city-level agency it was filed with, or null
 * @param filedOn                  the day of filing, or null
 * @param filingReference          the filing's reference, or null
 * @param processDefinitionVersion the process version it started under
 * @param rulePackVersion          the rule-pack version in force when it started
 */
public record GridChangeState(String changeId, SubjectStatus status, List<String> openSteps, List<String> violations,
        List<String> warnings, boolean reminded, boolean overdue, LocalDateTime filingReminderAt, LocalDateTime filingGraceEndsAt,
        String filedWithId, LocalDate filedOn, String filingReference, int processDefinitionVersion, String rulePackVersion) {

    /** Copies the lists. */
    public GridChangeState {
        openSteps = List.copyOf(openSteps);
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }
}
