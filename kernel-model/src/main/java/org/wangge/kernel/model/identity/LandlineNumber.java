package org.wangge.kernel.model.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 固定电话: a mainland China landline number: an area code (区号) {@code 0} followed by 2 or 3 digits,
 * a subscriber number of 7 or 8 digits and an optional extension (分机号) of 1 to 6 digits.
 *
 * <p>Accepted forms: {@code 0813-1234567}, {@code (0813)1234567}, {@code 0813 1234567},
 * {@code 08131234567}, with an extension after {@code -}, {@code #}, {@code 转}, {@code ext} or
 * {@code x} ({@code 0813-1234567-801}). Without a separator the area code is read by the national
 * numbering plan: {@code 010} and {@code 02X} have three digits, every other area code
 * ({@code 03XX}-{@code 09XX}) four. The normalised form is {@code 0813-1234567} or
 * {@code 0813-1234567-801}.
 *
 * <p>This is personal information: {@link #toString()} and error messages show only the
 * {@linkplain #masked() masked} form {@code 0813-*****67}; the raw value is available from
 * {@link #unmasked()}. Immutable; equal when the normalised numbers are equal.
 */
public final class LandlineNumber {

    private static final String FIELD = "LandlineNumber.value";
    private static final Pattern AREA = Pattern.compile("0(?:10|2\\d|[3-9]\\d\\d)");
    private static final Pattern REST =
            Pattern.compile("(\\d+)(?:(?:-|#|转|EXT\\.?|X)(\\d+))?", Pattern.CASE_INSENSITIVE);

    /** The parts of a candidate, or the rule it breaks (package-private). */
    record Parse(String area, String subscriber, String extension, String problem) {

        static Parse refused(String problem) {
            return new Parse(null, null, null, problem);
        }
    }

    private final String area;
    private final String subscriber;
    private final String extension;

    private LandlineNumber(String area, String subscriber, String extension) {
        this.area = area;
        this.subscriber = subscriber;
        this.extension = extension;
    }

    /**
     * Reads a landline number.
     *
     * @param raw the number, e.g. {@code "0813-1234567"}, {@code "(0813)1234567"} or {@code "08131234567"}
     * @return the number
     * @throws ModelValidationException naming {@code LandlineNumber.value}, showing the value masked,
     *                                  when null, blank or invalid
     */
    public static LandlineNumber of(String raw) {
        String s = Inputs.present(Inputs.compact(raw), FIELD, "a landline number with area code, e.g. 0813-1234567");
        Parse parse = parse(s);
        if (parse.problem() != null) {
            throw new ModelValidationException(FIELD, Inputs.quote(Masking.maskLandline(s)), parse.problem());
        }
        return new LandlineNumber(parse.area(), parse.subscriber(), parse.extension());
    }

    /**
     * Tells whether a string is a valid landline number, without throwing.
     *
     * @param raw the candidate, may be null
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String raw) {
        String s = Inputs.compact(raw);
        return s != null && !s.isEmpty() && parse(s).problem() == null;
    }

    /** Splits a compact candidate into its parts. */
    static Parse parse(String s) {
        String area;
        String rest;
        if (s.startsWith("(")) {
            int close = s.indexOf(')');
            if (close < 0) {
                return Parse.refused("the area code opened with '(' must be closed with ')', e.g. (0813)1234567");
            }
            area = s.substring(1, close);
            rest = s.substring(close + 1);
            if (rest.startsWith("-")) {
                rest = rest.substring(1);
            }
        } else if (s.length() > 1 && Character.isDigit(s.charAt(0)) && s.indexOf('-') > 0
                && Inputs.digits(s, 0, s.indexOf('-'))) {
            int dash = s.indexOf('-');
            area = s.substring(0, dash);
            rest = s.substring(dash + 1);
        } else {
            if (!s.startsWith("0")) {
                return Parse.refused("must start with the area code (区号), which begins with 0, e.g. 0813-1234567");
            }
            int areaLength = s.startsWith("010") || s.startsWith("02") ? 3 : 4;
            if (s.length() <= areaLength) {
                return Parse.refused("must have an area code and a 7- or 8-digit subscriber number, e.g. 0813-1234567");
            }
            area = s.substring(0, areaLength);
            rest = s.substring(areaLength);
        }
        if (!AREA.matcher(area).matches()) {
            return Parse.refused("the area code must be 0 followed by 2 or 3 digits (010, 02X or 03XX-09XX), "
                    + "e.g. 0813");
        }
        Matcher m = REST.matcher(rest);
        if (!m.matches()) {
            return Parse.refused("after the area code there must be a 7- or 8-digit subscriber number, "
                    + "optionally followed by '-' and an extension of up to 6 digits");
        }
        String subscriber = m.group(1);
        String extension = m.group(2);
        if (subscriber.length() < 7 || subscriber.length() > 8) {
            return Parse.refused("the subscriber number must have 7 or 8 digits, has " + subscriber.length()
                    + (subscriber.length() > 8 ? "; separate an extension with '-'" : ""));
        }
        if (extension != null && extension.length() > 6) {
            return Parse.refused("the extension must have 1 to 6 digits, has " + extension.length());
        }
        return new Parse(area, subscriber, extension, null);
    }

    /** The masked form of valid parts. */
    static String mask(String area, String subscriber, String extension) {
        String masked = area + "-" + Inputs.stars(subscriber.length() - 2) + subscriber.substring(subscriber.length() - 2);
        return extension == null ? masked : masked + "-" + Inputs.stars(extension.length());
    }

    /**
     * The raw, normalised number. Personal information: use only where the full number is needed,
     * never in logs or messages.
     *
     * @return e.g. {@code 0813-1234567} or {@code 0813-1234567-801}
     */
    public String unmasked() {
        return extension == null ? area + "-" + subscriber : area + "-" + subscriber + "-" + extension;
    }

    /**
     * The masked number: area code kept, subscriber number hidden but for its last 2 digits, extension
     * hidden, e.g. {@code 0813-*****67}.
     *
     * @return the masked number
     */
    public String masked() {
        return mask(area, subscriber, extension);
    }

    /** @return the area code (区号), e.g. {@code 0813} for Zigong */
    public String areaCode() {
        return area;
    }

    /** @return the extension (分机号), if any */
    public Optional<String> extension() {
        return Optional.ofNullable(extension);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LandlineNumber && ((LandlineNumber) o).unmasked().equals(unmasked());
    }

    @Override
    public int hashCode() {
        return unmasked().hashCode();
    }

    /** @return the {@linkplain #masked() masked} number, never the raw one */
    @Override
    public String toString() {
        return masked();
    }
}
