package org.wangge.kernel.model.identity;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 统计用区划代码: the twelve-digit statistical division code of the National Bureau of Statistics,
 * naming a township or a community/village.
 *
 * <p>Structure: digits 1-6 are a county-level GB/T 2260 code ({@link DivisionCode} of level
 * {@link DivisionLevel#COUNTY}); digits 7-9 the township (乡镇) or street (街道); digits 10-12 the
 * community (社区居委会) or village (村委会), {@code 000} for a code of the township itself. For example
 * {@code 510302001001} is a community of a street of 自流井区 and {@code 510302001000} that street.
 *
 * <p>Validation: exactly twelve digits; digits 1-6 a valid county-level GB/T 2260 code; digits 7-9 not
 * {@code 000} (a county is named by its {@code DivisionCode}, not by a statistical code).
 *
 * <p>Immutable; equal when the digits are equal; ordered by digits.
 */
public final class StatisticalDivisionCode implements Comparable<StatisticalDivisionCode> {

    private static final String FIELD = "StatisticalDivisionCode.value";
    private static final String WHAT = "the twelve-digit 统计用区划代码 of a township or community/village, "
            + "e.g. 510302001001";

    /** The number of digits of a code: 12. */
    public static final int LENGTH = 12;

    private final String value;
    private final DivisionCode county;

    private StatisticalDivisionCode(String value, DivisionCode county) {
        this.value = value;
        this.county = county;
    }

    /**
     * Reads a statistical division code.
     *
     * @param raw twelve digits, e.g. {@code "510302001001"}
     * @return the code
     * @throws ModelValidationException naming {@code StatisticalDivisionCode.value} when null, blank or
     *                                  invalid
     */
    public static StatisticalDivisionCode of(String raw) {
        String s = Inputs.present(Inputs.compact(raw), FIELD, WHAT);
        String problem = problem(s);
        if (problem != null) {
            throw new ModelValidationException(FIELD, Inputs.shownPlain(s), problem);
        }
        return new StatisticalDivisionCode(s, DivisionCode.of(s.substring(0, 6)));
    }

    /** The rule a compact candidate breaks, or null when it is a valid code. */
    static String problem(String s) {
        if (s.length() != LENGTH || !Inputs.digits(s, 0, s.length())) {
            return "must be exactly twelve digits 0-9 (6-digit county code, 3-digit township, "
                    + "3-digit community/village), e.g. 510302001001";
        }
        String countyProblem = DivisionCode.problem(s.substring(0, 6));
        if (countyProblem != null) {
            return "digits 1-6 " + countyProblem;
        }
        if (s.startsWith("00", 4)) {
            return "digits 1-6 must be a county-level GB/T 2260 code (digits 5-6 not 00), e.g. 510302";
        }
        if (s.startsWith("000", 6)) {
            return "digits 7-9 (township/street) must not be 000: a statistical code names a township or "
                    + "a community/village; name a county by its six-digit DivisionCode";
        }
        return null;
    }

    /**
     * Tells whether a string is a valid code, without throwing.
     *
     * @param raw the candidate, may be null
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String raw) {
        String s = Inputs.compact(raw);
        return s != null && problem(s) == null;
    }

    /** @return the twelve digits */
    public String value() {
        return value;
    }

    /** @return digits 1-6, the county-level GB/T 2260 code (区县) */
    public DivisionCode countyCode() {
        return county;
    }

    /** @return the township-level code (乡镇/街道): digits 1-9 followed by {@code 000}; itself at township level */
    public StatisticalDivisionCode townshipCode() {
        return isTownshipLevel() ? this : new StatisticalDivisionCode(value.substring(0, 9) + "000", county);
    }

    /** @return digits 7-9, the township/street part */
    public String townshipDigits() {
        return value.substring(6, 9);
    }

    /** @return digits 10-12, the community/village part ({@code 000} at township level) */
    public String villageDigits() {
        return value.substring(9, 12);
    }

    /** @return true when this code names a township or street (digits 10-12 are {@code 000}) */
    public boolean isTownshipLevel() {
        return value.endsWith("000");
    }

    /** @return true when this code names a community (社区) or village (行政村): digits 10-12 not {@code 000} */
    public boolean isVillageLevel() {
        return !isTownshipLevel();
    }

    /**
     * Tells whether this area lies within {@code other} (or is it): within a township when digits 1-9
     * agree, within a community/village when equal.
     *
     * @param other the possibly enclosing area; null gives false
     * @return true when this area is {@code other} or lies inside it
     */
    public boolean isWithin(StatisticalDivisionCode other) {
        if (other == null) {
            return false;
        }
        return other.isTownshipLevel() ? value.regionMatches(0, other.value, 0, 9) : value.equals(other.value);
    }

    /**
     * Tells whether this area lies within an administrative division, e.g. within {@link DivisionCode#ZIGONG}.
     *
     * @param division the possibly enclosing division; null gives false
     * @return true when this area's county is {@code division} or lies inside it
     */
    public boolean isWithin(DivisionCode division) {
        return county.isWithin(division);
    }

    @Override
    public int compareTo(StatisticalDivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticalDivisionCode && ((StatisticalDivisionCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the twelve digits */
    @Override
    public String toString() {
        return value;
    }
}
