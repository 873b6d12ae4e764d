package org.wangge.kernel.process.internal;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wangge.kernel.model.identity.Masking;

/**
 * Masks personal data in the free text a host passes to the processes (case summaries, notes, hand-back
 * reasons, feedback, investigation findings…) before it becomes a process variable, an audit entry, a log line
 * or part of an error: resident ID numbers (公民身份号码), mobile (手机号码) and landline (固定电话) numbers, and a
 * name written after a name key ({@code 姓名：张三}), each in the model's masked form ({@link Masking}). The
 * processes never hold the raw text, so nothing downstream (Flowable's history tables, its DEBUG logs, the audit
 * trail) can show it. Never throws; other text is left as it is. Not API.
 */
public final class PersonalText {

    /** 18 characters, 17 digits and a digit or X, not inside a longer token; the 15-digit first-generation form too. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z+])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9A-Za-z])");
    /** Area code 0xx or 0xxx (optionally in brackets), a 7- or 8-digit subscriber number, an optional extension. */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\(0\\d{2,3}\\)|0\\d{2,3})[- ]?\\d{7,8}(?:[-转]\\d{1,6})?(?![0-9A-Za-z])");
    private static final Pattern NAME_AFTER_KEY = Pattern.compile(
            "((?:姓名|名字|联系人|(?<![A-Za-z])(?i:(?:worker|resident|person|full|contact)?name))\\s*[:=：]\\s*)([\\p{IsHan}·•]{2,6})");

    private PersonalText() {
    }

    /**
     * @param text free text, may be null
     * @return it with personal data masked (null for null)
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = replace(ID_NUMBER, text, m -> Masking.maskIdNumber(m.group()));
        s = replace(MOBILE, s, m -> Masking.maskMobile(m.group()));
        s = replace(LANDLINE, s, m -> Masking.maskLandline(m.group()));
        return replace(NAME_AFTER_KEY, s, m -> m.group(1) + Masking.maskName(m.group(2)));
    }

    private static String replace(Pattern p, String text, Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
