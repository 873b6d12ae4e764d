package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.identity.StatisticalDivisionCode;

/**
 * An active grid lies in (covers) a community or village division on the check date (Art. 8 ¶1:
 * an administrative village forms one grid or several).
 *
 * @param divisionCode the division's code
 * @param gridId       the active grid
 */
public record DivisionCoverage(String divisionCode, String gridId) {

    /**
     * Tells, without the division's record, whether a code can name a community or village: a valid
     * 12-digit statistical division code whose last three digits are not {@code 000}.
     *
     * @param code a division code, may be null
     * @return whether it is a community- or village-level code
     */
    public static boolean isGrassrootsCode(String code) {
        return StatisticalDivisionCode.isValid(code) && StatisticalDivisionCode.of(code).isVillageLevel();
    }
}
