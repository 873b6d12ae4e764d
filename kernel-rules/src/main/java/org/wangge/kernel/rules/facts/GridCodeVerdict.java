package org.wangge.kernel.rules.facts;

import java.util.List;
import java.util.Optional;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.identity.StatisticalDivisionCode;

/**
 * What the unified coding standard (Art. 7 ¶1, ZG-07-02) says of one grid's code, by the scheme
 * {@link UnifiedGridCoding#scheme()}.
 *
 * @param grid            the grid
 * @param scheme          the scheme's name, e.g. {@code zigong-default-v1}
 * @param violationsEn    the rules of the scheme the code breaks, in English; empty when it conforms
 * @param violationsZh    the same in Chinese
 * @param encodedDivision the community or village the code names, or null when the code does not
 *                        conform or the scheme does not encode one
 */
public record GridCodeVerdict(Grid grid, String scheme, List<String> violationsEn, List<String> violationsZh,
        String encodedDivision) {

    /** Copies the lists. */
    public GridCodeVerdict {
        violationsEn = List.copyOf(violationsEn);
        violationsZh = List.copyOf(violationsZh);
    }

    /**
     * @param grid a grid
     * @return the scheme's verdict on its code
     */
    public static GridCodeVerdict of(Grid grid) {
        String code = grid.code().value();
        List<String> en = UnifiedGridCoding.violations(code);
        Optional<StatisticalDivisionCode> division = en.isEmpty() ? UnifiedGridCoding.scheme().divisionOf(code) : Optional.empty();
        return new GridCodeVerdict(grid, UnifiedGridCoding.scheme().name(), en, UnifiedGridCoding.inChinese(en),
                division.map(StatisticalDivisionCode::value).orElse(null));
    }

    /** @return the grid's id */
    public String gridId() {
        return grid.id();
    }

    /** @return the grid's code */
    public String code() {
        return grid.code().value();
    }

    /** @return whether the code breaks none of the scheme's rules */
    public boolean conforms() {
        return violationsEn.isEmpty();
    }

    /**
     * @return whether the code conforms but names a community or village that is not one of the
     *         grid's own divisions (the code must encode where the grid lies)
     */
    public boolean namesAnotherDivision() {
        return encodedDivision != null && !grid.divisionCodes().contains(encodedDivision);
    }
}
