package org.wangge.kernel.model.identity;

import java.text.Normalizer;
import java.util.Locale;

import org.wangge.kernel.model.ModelValidationException;

/** Input normalisation shared by the identifier types (package-private). */
final class Inputs {

    private Inputs() {
    }

    /**
     * NFKC-normalises (full-width digits, letters and brackets become ASCII) and removes every
     * whitespace character. Null stays null.
     */
    static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** {@link #compact(String)} then upper case (ROOT locale). */
    static String compactUpper(String raw) {
        String compact = compact(raw);
        return compact == null ? null : compact.toUpperCase(Locale.ROOT);
    }

    /** Quotes a shown value; null becomes the bare word {@code null}. */
    static String quote(String shown) {
        return shown == null ? "null" : "\"" + shown + "\"";
    }

    /** Shows a non-personal value, shortened when very long, with control characters escaped. */
    static String shownPlain(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (count == 40) {
                out.append('…');
                break;
            }
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
            count++;
            i += Character.charCount(cp);
        }
        return quote(out.toString());
    }

    /**
     * Requires a compacted input to be present and not blank.
     *
     * @param compacted the input after {@link #compact} or {@link #compactUpper}
     * @param field     the field, as {@code Type.component}
     * @param what      what the field holds, for the message
     * @return the input
     */
    static String present(String compacted, String field, String what) {
        if (compacted == null) {
            throw missing(field, what);
        }
        if (compacted.isEmpty()) {
            throw blank(field, what);
        }
        return compacted;
    }

    /** The exception for a missing value. */
    static ModelValidationException missing(String field, String what) {
        return new ModelValidationException(field, "null", "is required: give " + what);
    }

    /** The exception for a blank value. */
    static ModelValidationException blank(String field, String what) {
        return new ModelValidationException(field, "\"\"", "must not be blank: give " + what);
    }

    /** True when every character of {@code s} in {@code [from, to)} is an ASCII digit. */
    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The 1-based position of the first non-ASCII-digit character in {@code [from, to)}, or 0. */
    static int firstNonDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code n} asterisks. */
    static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
