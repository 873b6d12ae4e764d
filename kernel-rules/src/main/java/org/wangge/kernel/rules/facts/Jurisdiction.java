package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.division.DivisionCodes;

/**
 * The jurisdiction of the rule pack in force (Art. 2), e.g. 510300 for Zigong.
 *
 * @param code the GB/T 2260 code
 */
public record Jurisdiction(String code) {

    /**
     * @param divisionCode a division code of any level
     * @return whether the division lies within the jurisdiction
     */
    public boolean covers(String divisionCode) {
        return DivisionCodes.within(divisionCode, code);
    }
}
