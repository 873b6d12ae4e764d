package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * A case handed to grids whose matter was not on a published grid matter list on the day it was
 * collected (definition, Art. 10: 严格落实网格事项准入制度; ZG-10-03).
 *
 * @param caseId          the case
 * @param collectedOn     the day it was collected
 * @param matterId        the matter it names, or null when none
 * @param listId          the list that matter is on, or null when the matter is unknown
 * @param reason          why it is outside the published list
 * @param listPublishedOn the day that list was published, or null when unpublished or unknown
 */
public record CaseOutsidePublishedList(String caseId, LocalDate collectedOn, String matterId, String listId, Reason reason,
        LocalDate listPublishedOn) {

    /** Why a case is outside the published list. */
    public enum Reason {
        /** The case names no matter. */
        NO_MATTER,
        /** The case names a matter that is on no list the snapshot holds. */
        UNKNOWN_MATTER,
        /** The matter's list was not yet published on the day the case was collected. */
        LIST_UNPUBLISHED
    }
}
