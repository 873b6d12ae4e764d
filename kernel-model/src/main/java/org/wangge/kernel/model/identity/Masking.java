package org.wangge.kernel.model.identity;

/**
 * Masks personal values (个人信息脱敏) so that they can appear in logs, error messages and
 * {@code toString()} output. Every helper accepts any string, valid or not, and never throws: a
 * {@code null} input gives the word {@code "null"}. Other model classes use these helpers to show a
 * raw personal string in a {@link org.wangge.kernel.model.ModelValidationException}.
 *
 * <p>The formats are:
 * <ul>
 *   <li>公民身份号码: first 6 and last 4 characters kept, e.g. {@code 510302********123X};</li>
 *   <li>手机号码: first 3 and last 4 digits kept, e.g. {@code 138****5678};</li>
 *   <li>固定电话: area code and last 2 digits kept, e.g. {@code 0813-*****67};</li>
 *   <li>姓名: first character kept, one {@code *} per other character, e.g. {@code 张*}.</li>
 * </ul>
 * A value too short to be masked that way is replaced by asterisks only.
 */
public final class Masking {

    /** The character that replaces a hidden character. */
    public static final char MASK = '*';

    /**
     * 18 characters, 17 digits and a digit or X, not inside a longer token. Not the 15-digit first-generation form:
     * a 15-digit grid code (GB/T 2260 county + township + community + grid) has the same shape, and reports must
     * show grid codes; free text of the processes masks that form too (kernel-process's PersonalText).
     */
    private static final java.util.regex.Pattern ID_NUMBER_IN_TEXT =
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final java.util.regex.Pattern MOBILE_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![0-9A-Za-z+])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9A-Za-z])");
    /** Area code 0xx or 0xxx (optionally in brackets), a 7- or 8-digit subscriber number, an optional extension. */
    private static final java.util.regex.Pattern LANDLINE_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\(0\\d{2,3}\\)|0\\d{2,3})[- ]?\\d{7,8}(?:[-转]\\d{1,6})?(?![0-9A-Za-z])");
    private static final java.util.regex.Pattern NAME_AFTER_KEY = java.util.regex.Pattern.compile(
            "((?:姓名|名字|联系人|(?<![A-Za-z])(?i:(?:worker|resident|person|full|contact)?name))\\s*[:=：]\\s*)([\\p{IsHan}·•]{2,6})");

    private Masking() {
    }

    /**
     * Masks a resident ID number (公民身份号码): the first 6 characters (address code) and the last 4
     * are kept, the others (birth date and part of the sequence) become {@code *}; an 18-character
     * number gives e.g. {@code 510302********123X}. Spaces are removed first; a value shorter than 14
     * characters becomes asterisks only.
     *
     * @param raw the raw value, possibly invalid or null
     * @return the masked value, never null
     */
    public static String maskIdNumber(String raw) {
        String s = Inputs.compactUpper(raw);
        if (s == null) {
            return "null";
        }
        return keepEnds(s, 6, 4, 14);
    }

    /**
     * Masks a mobile number (手机号码): spaces, hyphens and a {@code +86}/{@code 0086}/{@code 86}
     * country prefix are removed, then the first 3 and last 4 digits are kept, e.g.
     * {@code 138****5678}. A value shorter than 11 characters becomes asterisks only.
     *
     * @param raw the raw value, possibly invalid or null
     * @return the masked value, never null
     */
    public static String maskMobile(String raw) {
        String s = MobileNumber.normalise(raw);
        if (s == null) {
            return "null";
        }
        return keepEnds(s, 3, 4, 11);
    }

    /**
     * Masks a landline number (固定电话): the area code and the last 2 digits of the subscriber number
     * are kept, e.g. {@code 0813-*****67}; an extension is hidden too ({@code 0813-*****67-***}). A
     * value that cannot be read as a landline number keeps its first 4 and last 2 characters when it
     * has at least 10, and becomes asterisks only otherwise.
     *
     * @param raw the raw value, possibly invalid or null
     * @return the masked value, never null
     */
    public static String maskLandline(String raw) {
        if (raw == null) {
            return "null";
        }
        LandlineNumber.Parse parse = LandlineNumber.parse(Inputs.compact(raw));
        if (parse.problem() == null) {
            return LandlineNumber.mask(parse.area(), parse.subscriber(), parse.extension());
        }
        return keepEnds(Inputs.compact(raw), 4, 2, 10);
    }

    /**
     * Masks a person's name (姓名): the first character is kept and each other character becomes one
     * {@code *}, e.g. {@code 张*} for 张三 and {@code 欧***} for 欧阳娜娜. A one-character name, or a
     * name whose first character is not printable, is fully hidden. Characters are counted as Unicode
     * code points.
     *
     * @param raw the raw value, possibly invalid or null
     * @return the masked value, never null
     */
    public static String maskName(String raw) {
        if (raw == null) {
            return "null";
        }
        String s = raw.strip();
        int count = s.codePointCount(0, s.length());
        if (count == 0) {
            return s.isEmpty() ? "" : Inputs.stars(raw.length());
        }
        int first = s.codePointAt(0);
        if (count == 1 || !printable(first)) {
            return Inputs.stars(count);
        }
        return new StringBuilder().appendCodePoint(first).append(Inputs.stars(count - 1)).toString();
    }

    private static boolean printable(int cp) {
        return !Character.isISOControl(cp) && !Character.isWhitespace(cp)
                && Character.getType(cp) != Character.FORMAT
                && Character.getType(cp) != Character.UNASSIGNED
                && Character.getType(cp) != Character.PRIVATE_USE
                && Character.getType(cp) != Character.SURROGATE;
    }

    /**
     * Masks the personal data in free text (a case summary, a reason, a subject id, an error's value): resident ID
     * numbers (18 characters), mobile and landline numbers, and a name written after a name key ({@code 姓名：张三}), each in the form
     * above. The one place that knows what personal data looks like in text: the processes, the reports, the
     * ledger and the snapshot reader's errors all use it. Never throws; other text is left as it is.
     *
     * @param text free text, may be null
     * @return it with personal data masked (null for null)
     */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replaceAll(ID_NUMBER_IN_TEXT, text, m -> maskIdNumber(m.group()));
        s = replaceAll(MOBILE_IN_TEXT, s, m -> maskMobile(m.group()));
        s = replaceAll(LANDLINE_IN_TEXT, s, m -> maskLandline(m.group()));
        return replaceAll(NAME_AFTER_KEY, s, m -> m.group(1) + maskName(m.group(2)));
    }

    private static String replaceAll(java.util.regex.Pattern p, String text,
            java.util.function.Function<java.util.regex.Matcher, String> f) {
        java.util.regex.Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(f.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Keeps {@code head} leading and {@code tail} trailing code points and masks the rest; values with
     * fewer than {@code minLength} code points are fully masked.
     */
    static String keepEnds(String s, int head, int tail, int minLength) {
        int count = s.codePointCount(0, s.length());
        if (count < minLength) {
            return Inputs.stars(count);
        }
        int headEnd = s.offsetByCodePoints(0, head);
        int tailStart = s.offsetByCodePoints(0, count - tail);
        StringBuilder out = new StringBuilder();
        appendPrintable(out, s.substring(0, headEnd));
        out.append(Inputs.stars(count - head - tail));
        appendPrintable(out, s.substring(tailStart));
        return out.toString();
    }

    private static void appendPrintable(StringBuilder out, String part) {
        part.codePoints().forEach(cp -> {
            if (printable(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MASK);
            }
        });
    }
}
