package org.wangge.kernel.model.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 行政区划代码: a six-digit administrative division code of GB/T 2260. Digits 1-2 name the province
 * (省级), digits 3-4 the prefecture (地级) and digits 5-6 the county (县级); the
 * {@linkplain #level() level} is read from the trailing zeros.
 *
 * <p>Validation: exactly six ASCII digits (full-width digits and spaces are normalised) whose first
 * two are a GB/T 2260 province code: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81 or 82. Whether a
 * code is currently in force is not checked: codes of abolished divisions remain in old records.
 *
 * <p>Immutable; equal when the digits are equal; ordered by digits.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    private static final String FIELD = "DivisionCode.value";

    private static final Set<String> PROVINCE_PREFIXES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** 四川省 (510000), the province of Zigong. */
    public static final DivisionCode SICHUAN = of("510000");

    /** 自贡市 (510300), the prefecture-level city that the Zigong Measures govern (Art. 2). */
    public static final DivisionCode ZIGONG = of("510300");

    /** 自流井区 (510302), a district of Zigong. */
    public static final DivisionCode ZILIUJING = of("510302");

    /** 贡井区 (510303), a district of Zigong. */
    public static final DivisionCode GONGJING = of("510303");

    /** 大安区 (510304), a district of Zigong. */
    public static final DivisionCode DA_AN = of("510304");

    /** 沿滩区 (510311), a district of Zigong. */
    public static final DivisionCode YANTAN = of("510311");

    /** 荣县 (510321), a county of Zigong. */
    public static final DivisionCode RONG_COUNTY = of("510321");

    /** 富顺县 (510322), a county of Zigong. */
    public static final DivisionCode FUSHUN_COUNTY = of("510322");

    /** The six county-level divisions of Zigong (Art. 2), in code order; immutable. */
    public static final List<DivisionCode> ZIGONG_COUNTIES =
            List.of(ZILIUJING, GONGJING, DA_AN, YANTAN, RONG_COUNTY, FUSHUN_COUNTY);

    private static final Map<DivisionCode, String> KNOWN_NAMES = Map.of(
            SICHUAN, "四川省",
            ZIGONG, "自贡市",
            ZILIUJING, "自流井区",
            GONGJING, "贡井区",
            DA_AN, "大安区",
            YANTAN, "沿滩区",
            RONG_COUNTY, "荣县",
            FUSHUN_COUNTY, "富顺县");

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    /**
     * Reads a GB/T 2260 code.
     *
     * @param raw six digits, e.g. {@code "510302"}
     * @return the code
     * @throws ModelValidationException naming {@code DivisionCode.value} when null, blank, not six
     *                                  digits, or not starting with a province code
     */
    public static DivisionCode of(String raw) {
        String s = Inputs.present(Inputs.compact(raw), FIELD, "a six-digit GB/T 2260 administrative division code such as 510302");
        String problem = problem(s);
        if (problem != null) {
            throw new ModelValidationException(FIELD, Inputs.shownPlain(s), problem);
        }
        return new DivisionCode(s);
    }

    /** The rule a compact candidate breaks, or null when it is a valid code. */
    static String problem(String s) {
        if (s.length() != 6 || !Inputs.digits(s, 0, s.length())) {
            return "must be exactly six digits 0-9 (GB/T 2260), e.g. 510302";
        }
        if (!isProvincePrefix(s.substring(0, 2))) {
            return "digits 1-2 must be a GB/T 2260 province code (11-15, 21-23, 31-37, 41-46, 50-54, "
                    + "61-65, 71, 81, 82)";
        }
        return null;
    }

    /** True when the two digits are a GB/T 2260 province code. */
    static boolean isProvincePrefix(String twoDigits) {
        return PROVINCE_PREFIXES.contains(twoDigits);
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

    /** @return the six digits */
    public String value() {
        return value;
    }

    /** @return the level, read from the trailing zeros */
    public DivisionLevel level() {
        if (value.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        if (value.endsWith("00")) {
            return DivisionLevel.PREFECTURE;
        }
        return DivisionLevel.COUNTY;
    }

    /** @return the province-level code (digits 1-2 followed by {@code 0000}); itself for a province */
    public DivisionCode provinceCode() {
        return level() == DivisionLevel.PROVINCE ? this : new DivisionCode(value.substring(0, 2) + "0000");
    }

    /**
     * The prefecture-level code (地级): digits 1-4 followed by {@code 00}.
     *
     * @return itself for a prefecture, the enclosing prefecture for a county (e.g. 510300 for 510302),
     *         empty for a province
     */
    public Optional<DivisionCode> prefectureCode() {
        switch (level()) {
            case PROVINCE:
                return Optional.empty();
            case PREFECTURE:
                return Optional.of(this);
            default:
                return Optional.of(new DivisionCode(value.substring(0, 4) + "00"));
        }
    }

    /**
     * The enclosing division one level up, read from the digits.
     *
     * @return the prefecture for a county, the province for a prefecture, empty for a province
     */
    public Optional<DivisionCode> parent() {
        switch (level()) {
            case PROVINCE:
                return Optional.empty();
            case PREFECTURE:
                return Optional.of(provinceCode());
            default:
                return prefectureCode();
        }
    }

    /**
     * Tells whether this division lies within {@code other} (or is it): within a province when digits
     * 1-2 agree, within a prefecture when digits 1-4 agree, within a county when equal. For example
     * {@code ZILIUJING.isWithin(ZIGONG)} is true.
     *
     * @param other the possibly enclosing division; null gives false
     * @return true when this division is {@code other} or lies inside it
     */
    public boolean isWithin(DivisionCode other) {
        if (other == null) {
            return false;
        }
        switch (other.level()) {
            case PROVINCE:
                return value.regionMatches(0, other.value, 0, 2);
            case PREFECTURE:
                return value.regionMatches(0, other.value, 0, 4);
            default:
                return value.equals(other.value);
        }
    }

    /** @return true when this is one of the six {@link #ZIGONG_COUNTIES} */
    public boolean isZigongCounty() {
        return ZIGONG_COUNTIES.contains(this);
    }

    /**
     * The Chinese name of a division this class knows as a constant (Sichuan, Zigong and its six
     * counties).
     *
     * @return the name, e.g. {@code 自流井区}, or empty for any other code
     */
    public Optional<String> knownName() {
        return Optional.ofNullable(KNOWN_NAMES.get(this));
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode && ((DivisionCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the six digits */
    @Override
    public String toString() {
        return value;
    }
}
