package org.wangge.kernel.model.identity;

import java.util.Optional;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015, carried by every
 * legal person and other organisation (companies, social organisations, government bodies).
 *
 * <p>Structure: character 1 is the registration authority code (登记管理部门代码), 2 the
 * organisation type code (机构类别代码), 3-8 the administrative division code of the registering
 * authority (登记管理机关行政区划码: a GB/T 2260 code, or {@code 100000} for national registration),
 * 9-17 the organisation code (主体标识码) and 18 the check character.
 *
 * <p>Characters come from the 31-character set {@value #CHARSET} (no I, O, Z, S, V). The check
 * character is computed over the first 17 characters (see {@link #checkCharacterFor(String)}).
 *
 * <p>Validation: 18 characters after removing spaces and upper-casing; every character from the set;
 * characters 3-8 digits forming {@code 100000} or a code starting with a GB/T 2260 province code;
 * the check character right. The inner check character of the GB 11714 organisation code (character
 * 17) is not verified.
 *
 * <p>Not personal information: {@link #toString()} gives the code. Immutable; equal when the codes are
 * equal.
 */
public final class UnifiedSocialCreditCode {

    private static final String FIELD = "UnifiedSocialCreditCode.value";
    private static final String FIRST17_FIELD = "UnifiedSocialCreditCode.first17";
    private static final String WHAT = "the 18-character 统一社会信用代码 (GB 32100-2015)";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String NATIONAL = "100000";

    /** The 31 characters a code may contain, in the order that gives their values 0-30. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The number of characters of a code: 18. */
    public static final int LENGTH = 18;

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Reads a unified social credit code.
     *
     * @param raw the code; spaces are ignored, lowercase letters and full-width characters normalised
     * @return the code, in upper case
     * @throws ModelValidationException naming {@code UnifiedSocialCreditCode.value} when null, blank or
     *                                  invalid
     */
    public static UnifiedSocialCreditCode of(String raw) {
        String s = Inputs.present(Inputs.compactUpper(raw), FIELD, WHAT);
        String shown = Inputs.shownPlain(s);
        if (s.length() != LENGTH) {
            throw new ModelValidationException(FIELD, shown,
                    "must have 18 characters (GB 32100-2015), has " + s.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) {
                throw new ModelValidationException(FIELD, shown, "character " + (i + 1) + " ('" + s.charAt(i)
                        + "') is not allowed: use only digits 0-9 and letters A-Z except I, O, Z, S, V "
                        + "(GB 32100-2015)");
            }
        }
        int bad = Inputs.firstNonDigit(s, 2, 8);
        if (bad != 0) {
            throw new ModelValidationException(FIELD, shown, "characters 3-8 must be the six digits of an "
                    + "administrative division code (GB/T 2260); character " + bad + " is not a digit");
        }
        String division = s.substring(2, 8);
        if (!NATIONAL.equals(division) && !DivisionCode.isProvincePrefix(division.substring(0, 2))) {
            throw new ModelValidationException(FIELD, shown, "characters 3-8 must be 100000 or a GB/T 2260 "
                    + "division code starting with a province code (11-15, 21-23, 31-37, 41-46, 50-54, "
                    + "61-65, 71, 81, 82)");
        }
        char expected = checkCharacterOf(s);
        if (s.charAt(17) != expected) {
            throw new ModelValidationException(FIELD, shown, "check character must be '" + expected
                    + "' per GB 32100-2015 (weighted sum modulo 31); a character is probably mistyped: "
                    + "check the code against the business licence or registration certificate");
        }
        return new UnifiedSocialCreditCode(s);
    }

    /**
     * Tells whether a string is a valid code, without throwing.
     *
     * @param raw the candidate, may be null
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (ModelValidationException e) {
            return false;
        }
    }

    /**
     * Computes the check character of GB 32100-2015: each of the first 17 characters has the value of
     * its index in {@link #CHARSET}; with weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10,
     * 30, 28 (3<sup>i</sup> mod 31), {@code c = 31 - (sum mod 31)}, and 31 becomes 0; the check character
     * is {@code CHARSET.charAt(c)}. Public so that test-data generators can build valid codes.
     *
     * @param first17 the first 17 characters, from {@link #CHARSET} (lowercase accepted)
     * @return the check character
     * @throws ModelValidationException naming {@code UnifiedSocialCreditCode.first17} when null, not 17
     *                                  characters or containing a character outside the set
     */
    public static char checkCharacterFor(String first17) {
        String s = Inputs.compactUpper(first17);
        if (s == null) {
            throw Inputs.missing(FIRST17_FIELD, "the first 17 characters of a 统一社会信用代码");
        }
        if (s.length() != 17) {
            throw new ModelValidationException(FIRST17_FIELD, Inputs.shownPlain(s),
                    "must have exactly 17 characters, has " + s.length());
        }
        for (int i = 0; i < 17; i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) {
                throw new ModelValidationException(FIRST17_FIELD, Inputs.shownPlain(s), "character " + (i + 1)
                        + " is not allowed: use only digits 0-9 and letters A-Z except I, O, Z, S, V");
            }
        }
        return checkCharacterOf(s);
    }

    private static char checkCharacterOf(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(s.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** @return the 18 characters, in upper case */
    public String value() {
        return value;
    }

    /** @return character 1, the registration authority code (登记管理部门代码), e.g. {@code '9'} 市场监管 */
    public char registrationAuthorityCode() {
        return value.charAt(0);
    }

    /** @return character 2, the organisation type code (机构类别代码) */
    public char organisationTypeCode() {
        return value.charAt(1);
    }

    /** @return characters 3-8: the six digits of the registering authority's division code */
    public String registrationDivisionDigits() {
        return value.substring(2, 8);
    }

    /**
     * The registering authority's administrative division (characters 3-8).
     *
     * @return the GB/T 2260 code, or empty for national registration ({@code 100000})
     */
    public Optional<DivisionCode> divisionCode() {
        String digits = registrationDivisionDigits();
        return NATIONAL.equals(digits) ? Optional.empty() : Optional.of(DivisionCode.of(digits));
    }

    /** @return characters 9-17, the organisation code (主体标识码) */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** @return the check character (character 18) */
    public char checkCharacter() {
        return value.charAt(17);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the code */
    @Override
    public String toString() {
        return value;
    }
}
