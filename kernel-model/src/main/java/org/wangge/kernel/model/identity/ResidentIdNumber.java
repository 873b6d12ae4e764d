package org.wangge.kernel.model.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 公民身份号码: the 18-character citizen identity number of GB 11643-1999.
 *
 * <p>Structure: characters 1-6 are the address code (a GB/T 2260 {@link DivisionCode}), 7-14 the birth
 * date {@code YYYYMMDD}, 15-17 the sequence code (odd for men, even for women) and 18 the check
 * character computed by ISO 7064 MOD 11-2 over the first 17 digits (see
 * {@link #checkCharacterFor(String)}).
 *
 * <p>Validation: exactly 18 characters after removing spaces; characters 1-17 digits; the address code
 * begins with a GB/T 2260 province code; the birth date is a real calendar date in 1900 or later; the
 * check character is right. A lowercase {@code x} is accepted and normalised to {@code X}.
 *
 * <p>This is personal information: {@link #toString()} and error messages show only the
 * {@linkplain #masked() masked} form; the raw value is available from {@link #unmasked()}.
 * Immutable; equal when the normalised numbers are equal.
 */
public final class ResidentIdNumber {

    private static final String FIELD = "ResidentIdNumber.value";
    private static final String FIRST17_FIELD = "ResidentIdNumber.first17";
    private static final String WHAT = "the 18-character 公民身份号码 (GB 11643-1999)";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** The number of characters of a number: 18. */
    public static final int LENGTH = 18;

    /** 性别: the sex coded by the parity of the sequence code (character 17). */
    public enum Sex {
        /** 男: odd sequence code. */
        MALE,
        /** 女: even sequence code. */
        FEMALE
    }

    private final String value;
    private final DivisionCode addressCode;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, DivisionCode addressCode, LocalDate birthDate) {
        this.value = value;
        this.addressCode = addressCode;
        this.birthDate = birthDate;
    }

    /**
     * Reads a resident ID number.
     *
     * @param raw the number, e.g. {@code "11010519491231002X"}; spaces are ignored, {@code x} is
     *            accepted for {@code X}, full-width characters are normalised
     * @return the number, with its check character in upper case
     * @throws ModelValidationException naming {@code ResidentIdNumber.value}, showing the value masked,
     *                                  when null, blank or invalid
     */
    public static ResidentIdNumber of(String raw) {
        String s = Inputs.present(Inputs.compactUpper(raw), FIELD, WHAT);
        String shown = Inputs.quote(Masking.maskIdNumber(s));
        if (s.length() != LENGTH) {
            throw new ModelValidationException(FIELD, shown, "must have 18 characters (GB 11643-1999: 6-digit "
                    + "address code, 8-digit birth date, 3-digit sequence, check character), has " + s.length());
        }
        int bad = Inputs.firstNonDigit(s, 0, 17);
        if (bad != 0) {
            throw new ModelValidationException(FIELD, shown, "character " + bad + " must be a digit 0-9: only "
                    + "the 18th (check) character may be 'X' (GB 11643-1999)");
        }
        char check = s.charAt(17);
        if (!(check >= '0' && check <= '9') && check != 'X') {
            throw new ModelValidationException(FIELD, shown,
                    "the 18th (check) character must be a digit 0-9 or 'X' (GB 11643-1999)");
        }
        if (!DivisionCode.isProvincePrefix(s.substring(0, 2))) {
            throw new ModelValidationException(FIELD, shown, "the address code (characters 1-6) must begin with "
                    + "a GB/T 2260 province code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82)");
        }
        LocalDate birth = birthDateOf(s);
        if (birth == null) {
            throw new ModelValidationException(FIELD, shown, "the birth date (characters 7-14) must be a real "
                    + "calendar date YYYYMMDD in 1900 or later; check the number against the identity card");
        }
        char expected = checkCharacterOf(s);
        if (check != expected) {
            throw new ModelValidationException(FIELD, shown, "check character must be '" + expected
                    + "' per GB 11643 (ISO 7064 MOD 11-2); a character is probably mistyped: "
                    + "check the number against the identity card");
        }
        return new ResidentIdNumber(s, DivisionCode.of(s.substring(0, 6)), birth);
    }

    /**
     * Tells whether a string is a valid number, without throwing.
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
     * Computes the check character (校验码) of GB 11643-1999 by ISO 7064 MOD 11-2: the sum of each of
     * the 17 digits times its weight (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), taken
     * modulo 11, indexes the string {@code "10X98765432"}. For example {@code 11010519491231002}
     * gives {@code 'X'}. Public so that test-data generators can build valid numbers.
     *
     * @param first17 the first 17 characters, all digits
     * @return the check character: {@code '0'}-{@code '9'} or {@code 'X'}
     * @throws ModelValidationException naming {@code ResidentIdNumber.first17} when null or not 17 digits
     */
    public static char checkCharacterFor(String first17) {
        String s = Inputs.compact(first17);
        if (s == null) {
            throw Inputs.missing(FIRST17_FIELD, "the first 17 digits of a 公民身份号码");
        }
        if (s.length() != 17 || !Inputs.digits(s, 0, 17)) {
            throw new ModelValidationException(FIRST17_FIELD, Inputs.quote(Masking.maskIdNumber(s)),
                    "must be exactly 17 digits 0-9, has " + s.length() + " characters");
        }
        return checkCharacterOf(s);
    }

    private static char checkCharacterOf(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDateOf(String s) {
        int year = Integer.parseInt(s.substring(6, 10));
        int month = Integer.parseInt(s.substring(10, 12));
        int day = Integer.parseInt(s.substring(12, 14));
        if (year < 1900) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The raw, normalised number. Personal information: use only where the full number is needed
     * (matching, storage), never in logs or messages.
     *
     * @return the 18 characters, check character in upper case
     */
    public String unmasked() {
        return value;
    }

    /**
     * The masked number: the first 6 characters, eight {@code *}, the last 4, e.g.
     * {@code 510302********123X}.
     *
     * @return the masked number
     */
    public String masked() {
        return Masking.maskIdNumber(value);
    }

    /** @return the address code (characters 1-6), a GB/T 2260 code */
    public DivisionCode addressCode() {
        return addressCode;
    }

    /** @return the birth date (characters 7-14) */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the sex coded by the parity of character 17 */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** @return the check character (character 18) */
    public char checkCharacter() {
        return value.charAt(17);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber && ((ResidentIdNumber) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the {@linkplain #masked() masked} number, never the raw one */
    @Override
    public String toString() {
        return masked();
    }
}
