package org.wangge.kernel.process.internal;

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

    /** The 15-digit first-generation ID number, which free text may still hold (a grid code there is masked too). */
    private static final Pattern FIRST_GENERATION_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{15}(?![0-9A-Za-z])");

    private PersonalText() {
    }

    /**
     * @param text free text, may be null
     * @return it with personal data masked (null for null): {@link Masking#maskText(String)} and 15-digit ID numbers
     */
    public static String mask(String text) {
        String s = Masking.maskText(text);
        if (s == null || s.isEmpty()) {
            return s;
        }
        Matcher m = FIRST_GENERATION_ID.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Masking.maskIdNumber(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
