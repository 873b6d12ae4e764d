package org.wangge.kernel.model.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wangge.kernel.model.ModelValidationException;

/**
 * The default grid coding scheme {@code zigong-default-v1}: a grid code is the 12-digit statistical
 * division code (统计用区划代码) of the community or village the grid is divided within (Art. 3),
 * followed by a 3-digit serial number of the grid in that community or village.
 *
 * <pre>
 *   510302 001 001 001
 *   ------ --- --- ---
 *   |      |   |   serial of the grid in the community/village: 001-999
 *   |      |   community (社区) or village (行政村): 001-999, never 000
 *   |      township (乡镇) or street (街道): 001-999, never 000
 *   county-level GB/T 2260 code, e.g. 510302 自流井区
 * </pre>
 *
 * <p>Rules, each reported separately by {@link #violations(String)}:
 * <ol>
 *   <li>exactly 15 ASCII digits, no letters, hyphens or spaces;</li>
 *   <li>digits 1-12 are a valid {@link StatisticalDivisionCode} at village level (digits 10-12 not
 *       {@code 000}): a grid lies within one community or administrative village;</li>
 *   <li>digits 13-15, the serial, are {@code 001}-{@code 999};</li>
 *   <li>only when built with {@code requireZigong}: digits 1-6 are one of the six Zigong counties
 *       ({@link DivisionCode#ZIGONG_COUNTIES}).</li>
 * </ol>
 * The scheme has no check character. Examples: {@code 510302001001001} (first grid of community 001 of
 * street 001 of 自流井区), {@code 510321100201012}; refused: {@code 510302001000001} (township level),
 * {@code 510302001001000} (serial 000), {@code 5103020010010011} (16 digits).
 *
 * <p>Immutable and thread-safe; two schemes are equal when they have the same Zigong restriction.
 */
public final class DefaultGridCodeScheme implements GridCodeScheme {

    /** The scheme's name: {@value}. */
    public static final String NAME = "zigong-default-v1";

    /** The number of digits of a code: 15. */
    public static final int LENGTH = 15;

    /** The scheme without the Zigong restriction: any county of China is accepted. */
    public static final DefaultGridCodeScheme INSTANCE = new DefaultGridCodeScheme(false);

    /** The scheme restricted to the six Zigong counties ({@link DivisionCode#ZIGONG_COUNTIES}). */
    public static final DefaultGridCodeScheme ZIGONG_ONLY = new DefaultGridCodeScheme(true);

    private final boolean requireZigong;

    /**
     * Creates the scheme.
     *
     * @param requireZigong true to accept only codes whose county (digits 1-6) is one of
     *                      {@link DivisionCode#ZIGONG_COUNTIES}
     */
    public DefaultGridCodeScheme(boolean requireZigong) {
        this.requireZigong = requireZigong;
    }

    /**
     * Builds a code from a community or village and a serial.
     *
     * @param village the community or village, at village level
     * @param serial  the grid's serial number within it, 1-999
     * @return the 15-digit code, e.g. {@code 510302001001007} for serial 7
     * @throws ModelValidationException naming {@code GridCode.village} when null or at township level,
     *                                  or {@code GridCode.serial} when outside 1-999
     */
    public static GridCode compose(StatisticalDivisionCode village, int serial) {
        if (village == null) {
            throw Inputs.missing("GridCode.village", "the statistical division code of the community or village");
        }
        if (!village.isVillageLevel()) {
            throw new ModelValidationException("GridCode.village", Inputs.shownPlain(village.value()),
                    "must be at community/village level (digits 10-12 not 000): a grid is divided within a "
                            + "community or administrative village (Art. 3)");
        }
        if (serial < 1 || serial > 999) {
            throw new ModelValidationException("GridCode.serial", Integer.toString(serial),
                    "must be 1-999 (three digits 001-999 in scheme " + NAME + ")");
        }
        return GridCode.of(village.value() + String.format("%03d", serial));
    }

    /** @return {@value #NAME} */
    @Override
    public String name() {
        return NAME;
    }

    /** @return true when only Zigong counties are accepted */
    public boolean requiresZigong() {
        return requireZigong;
    }

    @Override
    public List<String> violations(String code) {
        List<String> violations = new ArrayList<>();
        if (code == null) {
            violations.add("a grid code is required");
            return List.copyOf(violations);
        }
        if (code.length() != LENGTH || !Inputs.digits(code, 0, code.length())) {
            violations.add("must be exactly 15 digits 0-9 (12-digit statistical division code of the "
                    + "community or village, then a 3-digit serial), has " + code.length() + " characters"
                    + (Inputs.digits(code, 0, code.length()) ? "" : " including non-digits"));
            return List.copyOf(violations);
        }
        String area = code.substring(0, 12);
        String areaProblem = StatisticalDivisionCode.problem(area);
        if (areaProblem != null) {
            violations.add("digits 1-12 must be a statistical division code: " + areaProblem);
        } else {
            if (area.endsWith("000")) {
                violations.add("digits 10-12 must name a community or village (not 000): a grid is divided "
                        + "within a community or administrative village (Art. 3), not a township");
            }
            if (requireZigong && !DivisionCode.of(area.substring(0, 6)).isZigongCounty()) {
                violations.add("digits 1-6 must be a county of Zigong (510302, 510303, 510304, 510311, "
                        + "510321, 510322)");
            }
        }
        if (code.endsWith("000")) {
            violations.add("digits 13-15 (serial of the grid) must be 001-999, not 000");
        }
        return List.copyOf(violations);
    }

    @Override
    public Optional<StatisticalDivisionCode> divisionOf(String code) {
        if (!isValid(code)) {
            return Optional.empty();
        }
        return Optional.of(StatisticalDivisionCode.of(code.substring(0, 12)));
    }

    /**
     * The serial of a conforming code (digits 13-15).
     *
     * @param code the code
     * @return the serial 1-999, or empty when the code does not conform
     */
    public Optional<Integer> serialOf(String code) {
        return isValid(code) ? Optional.of(Integer.parseInt(code.substring(12))) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DefaultGridCodeScheme && ((DefaultGridCodeScheme) o).requireZigong == requireZigong;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(requireZigong);
    }

    /** @return the name, with the Zigong restriction when set */
    @Override
    public String toString() {
        return requireZigong ? NAME + " (Zigong counties only)" : NAME;
    }
}
