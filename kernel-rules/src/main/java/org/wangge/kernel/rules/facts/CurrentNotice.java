package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.notice.PublicNotice;

/**
 * A grid's public notice in force on the check date (Art. 21): of its notices posted on or before
 * that day, the one posted last (ties broken by the greater id).
 *
 * @param notice the notice
 */
public record CurrentNotice(PublicNotice notice) {

    /** @return the grid's id */
    public String gridId() {
        return notice.gridId();
    }
}
