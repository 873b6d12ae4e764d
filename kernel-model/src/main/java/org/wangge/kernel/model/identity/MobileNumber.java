package org.wangge.kernel.model.identity;

import java.util.regex.Pattern;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 手机号码: a mainland China mobile number, eleven digits matching {@code 1[3-9]\d{9}}.
 *
 * <p>Input may carry the country prefix {@code +86}, {@code 0086} or {@code 86} and spaces or hyphens
 * ({@code +86 138-1234-5678}); they are removed, leaving the eleven digits.
 *
 * <p>This is personal information: {@link #toString()} and error messages show only the
 * {@linkplain #masked() masked} form {@code 138****5678}; the raw value is available from
 * {@link #unmasked()}. Immutable; equal when the normalised numbers are equal.
 */
public final class MobileNumber {

    private static final String FIELD = "MobileNumber.value";
    private static final String WHAT = "an eleven-digit mainland mobile number such as 13800000000";
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final String value;

    private MobileNumber(String value) {
        this.value = value;
    }

    /**
     * Reads a mobile number.
     *
     * @param raw the number, e.g. {@code "+86 138 1234 5678"} or {@code "13812345678"}
     * @return the number as eleven digits
     * @throws ModelValidationException naming {@code MobileNumber.value}, showing the value masked,
     *                                  when null, blank or invalid
     */
    public static MobileNumber of(String raw) {
        String s = Inputs.present(normalise(raw), FIELD, WHAT);
        String shown = Inputs.quote(Masking.maskMobile(s));
        if (!Inputs.digits(s, 0, s.length())) {
            throw new ModelValidationException(FIELD, shown, "must contain only digits, after an optional "
                    + "+86 prefix, spaces and hyphens");
        }
        if (s.length() != 11) {
            throw new ModelValidationException(FIELD, shown,
                    "must have 11 digits (mainland mobile number), has " + s.length());
        }
        if (!MOBILE.matcher(s).matches()) {
            throw new ModelValidationException(FIELD, shown,
                    "must start with 13-19 (mainland mobile number pattern 1[3-9] followed by 9 digits)");
        }
        return new MobileNumber(s);
    }

    /**
     * Tells whether a string is a valid mobile number, without throwing.
     *
     * @param raw the candidate, may be null
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String raw) {
        String s = normalise(raw);
        return s != null && MOBILE.matcher(s).matches();
    }

    /** Removes spaces, hyphens and a +86 / 0086 / 86 prefix; null stays null. */
    static String normalise(String raw) {
        String s = Inputs.compact(raw);
        if (s == null) {
            return null;
        }
        s = s.replace("-", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        return s;
    }

    /**
     * The raw number. Personal information: use only where the full number is needed (calling,
     * storage), never in logs or messages.
     *
     * @return the eleven digits
     */
    public String unmasked() {
        return value;
    }

    /** @return the masked number: first 3 digits, four {@code *}, last 4 digits, e.g. {@code 138****5678} */
    public String masked() {
        return Masking.maskMobile(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobileNumber && ((MobileNumber) o).value.equals(value);
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
