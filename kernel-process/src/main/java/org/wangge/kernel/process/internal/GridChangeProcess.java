package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.model.grid.GridChangeKind;

/**
 * The state of one grid-change filing process (Art. 7), kept in the single process variable {@value #NAME}. The
 * BPMN reads it by method, e.g. {@code ${gridChangeProcess.filingReminderDate()}}. Immutable; a step stores a
 * changed copy. Not API.
 *
 * @param changeId         the change
 * @param changeKind       division, adjustment or code change
 * @param gridIds          the grids of the change, in the order given
 * @param proposedBy       the proposing county-level grid agency
 * @param effectiveDate    the day the change takes effect
 * @param filingGraceDays  {@code filing.grace.days} of the pack it started under
 * @param filingGraceEndsAt the end of the grace period
 * @param filingReminderAt when the reminder fires
 * @param startedUnder     the rule pack and process version it started under
 * @param violations       the last check's VIOLATION findings on the grids, one line each
 * @param warnings         the last check's other findings on the grids, one line each
 * @param reminded         whether the filing reminder fired
 * @param overdue          whether the grace period ended unfiled (ZG-07-03)
 * @param filedWith        the city-level agency it was filed with, or null
 * @param filedOn          the day it was filed, or null
 * @param filingReference  the filing's reference, or null
 */
public record GridChangeProcess(String changeId, GridChangeKind changeKind, List<String> gridIds, String proposedBy,
        LocalDate effectiveDate, int filingGraceDays, Instant filingGraceEndsAt, Instant filingReminderAt, StartedUnder startedUnder,
        List<String> violations, List<String> warnings, boolean reminded, boolean overdue, String filedWith, LocalDate filedOn,
        String filingReference) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The process variable holding it. */
    public static final String NAME = "gridChangeProcess";

    /** Checks the parts and copies the lists. */
    public GridChangeProcess {
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(startedUnder, "startedUnder");
        gridIds = List.copyOf(gridIds);
        // Free text is masked by construction: no copy of the record, hence no stored variable, holds it raw.
        violations = violations == null ? List.of() : violations.stream().map(PersonalText::mask).toList();
        warnings = warnings == null ? List.of() : warnings.stream().map(PersonalText::mask).toList();
        filingReference = PersonalText.mask(filingReference);
    }

    /** @return a change just proposed: not checked, reminded or filed yet */
    public static GridChangeProcess proposed(String changeId, GridChangeKind changeKind, List<String> gridIds, String proposedBy,
            LocalDate effectiveDate, int filingGraceDays, Instant filingGraceEndsAt, Instant filingReminderAt,
            StartedUnder startedUnder) {
        return new GridChangeProcess(changeId, changeKind, gridIds, proposedBy, effectiveDate, filingGraceDays, filingGraceEndsAt,
                filingReminderAt, startedUnder, List.of(), List.of(), false, false, null, null, null);
    }

    /**
     * @param variables a grid-change process's variables
     * @param changeId  the change, for the message
     * @return its state
     * @throws IllegalStateException when they hold none
     */
    public static GridChangeProcess of(Map<String, Object> variables, String changeId) {
        return ProcessVariables.read(variables, NAME, GridChangeProcess.class, "grid change " + changeId);
    }

    /** @return the number of VIOLATION findings of the last check (the BPMN's gateway) */
    public int violationCount() {
        return violations.size();
    }

    /** @return {@link #filingReminderAt()} as the timer needs it */
    public Date filingReminderDate() {
        return Date.from(filingReminderAt);
    }

    /** @return {@link #filingGraceEndsAt()} as the timer needs it */
    public Date filingGraceEndDate() {
        return Date.from(filingGraceEndsAt);
    }

    /** @return a copy with the check's lines */
    public GridChangeProcess checked(List<String> newViolations, List<String> newWarnings) {
        return new GridChangeProcess(changeId, changeKind, gridIds, proposedBy, effectiveDate, filingGraceDays, filingGraceEndsAt,
                filingReminderAt, startedUnder, newViolations, newWarnings, reminded, overdue, filedWith, filedOn, filingReference);
    }

    /** @return a copy that was reminded */
    public GridChangeProcess remindedOfFiling() {
        return new GridChangeProcess(changeId, changeKind, gridIds, proposedBy, effectiveDate, filingGraceDays, filingGraceEndsAt,
                filingReminderAt, startedUnder, violations, warnings, true, overdue, filedWith, filedOn, filingReference);
    }

    /** @return a copy flagged overdue (ZG-07-03) */
    public GridChangeProcess unfiledAfterGrace() {
        return new GridChangeProcess(changeId, changeKind, gridIds, proposedBy, effectiveDate, filingGraceDays, filingGraceEndsAt,
                filingReminderAt, startedUnder, violations, warnings, reminded, true, filedWith, filedOn, filingReference);
    }

    /** @return a copy filed with the agency on the day (no longer overdue) */
    public GridChangeProcess filed(String agencyId, LocalDate day, String reference) {
        return new GridChangeProcess(changeId, changeKind, gridIds, proposedBy, effectiveDate, filingGraceDays, filingGraceEndsAt,
                filingReminderAt, startedUnder, violations, warnings, reminded, false, agencyId, day, reference);
    }
}
