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

    /** @return the reason in Chinese */
    public String reasonZh() {
        return switch (reason) {
            case NO_MATTER -> "未对应任何清单事项";
            case UNKNOWN_MATTER -> "所称事项 " + matterId + " 不在任何网格化服务管理事项清单上";
            case LIST_UNPUBLISHED -> "事项 " + matterId + " 所在清单 " + listId + " 在收集日 " + collectedOn + " 尚未公布（"
                    + (listPublishedOn == null ? "至今未公布" : listPublishedOn + " 公布") + "）";
        };
    }

    /** @return the reason in English */
    public String reasonEn() {
        return switch (reason) {
            case NO_MATTER -> "it names no matter of the list";
            case UNKNOWN_MATTER -> "its matter " + matterId + " is on no grid matter list";
            case LIST_UNPUBLISHED -> "its matter " + matterId + " is on list " + listId + ", which was not published on "
                    + collectedOn + ", the day it was collected ("
                    + (listPublishedOn == null ? "still unpublished" : "published " + listPublishedOn) + ")";
        };
    }
}
