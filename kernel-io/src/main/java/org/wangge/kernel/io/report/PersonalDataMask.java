package org.wangge.kernel.io.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.PersonalDataKind;

/**
 * Masking of personal data in report text (个人信息脱敏). First by type: an evidence entry that the finding records as
 * personal data ({@link Finding#personalEvidence()}: a rule put a {@code PersonName}, {@code ResidentIdNumber} or phone
 * number, or a value under a key its {@code @personalEvidence} declares) is masked by its {@link PersonalDataKind},
 * whatever it looks like. Then, as a second line of defence, by pattern: a report must not leak a resident ID number, a
 * mobile number or a person's name if one slipped into evidence or a message untyped. Masks, with {@link Masking}:
 * <ul>
 *   <li>in any text, what {@link Masking#maskText(String)} recognises: resident ID numbers (18 or 15
 *       characters), mobile numbers (optionally with +86) and landline numbers, and a name after a name key;</li>
 *   <li>the value of an evidence entry whose key names a person's name ({@code name} on a person,
 *       {@code workerName}, {@code residentName}, {@code personName}, {@code fullName}, {@code 姓名}…),
 *       and a name written after such a key in text ({@code 姓名：张三}, {@code name=张三}).</li>
 * </ul>
 * Masking never throws and leaves other text unchanged.
 */
public final class PersonalDataMask {

    private static final Set<String> PERSON_KINDS = Set.of("gridworker", "worker", "volunteer", "resident", "person");
    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}][\\p{IsHan}·•]{1,3}");

    /** Off only inside {@link #withoutPatternDefence}: tests show that the typed masking holds on its own. */
    private static final ThreadLocal<Boolean> PATTERN_DEFENCE = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private PersonalDataMask() {
    }

    /**
     * Runs an action with the pattern heuristic (the second line of defence) switched off in this thread, so that a
     * test sees what the masking by type does alone. Not for production use.
     *
     * @param action what to run
     * @param <T>    its result
     * @return its result
     */
    static <T> T withoutPatternDefence(java.util.function.Supplier<T> action) {
        PATTERN_DEFENCE.set(Boolean.FALSE);
        try {
            return action.get();
        } finally {
            PATTERN_DEFENCE.remove();
        }
    }

    /**
     * Masks ID numbers, mobile numbers and names after a name key in free text.
     *
     * @param text any text, may be null
     * @return the masked text (null for null)
     */
    public static String maskText(String text) {
        if (text == null || text.isEmpty() || !PATTERN_DEFENCE.get()) {
            return text;
        }
        return Masking.maskText(text);
    }

    /**
     * Masks one evidence value: a value under a person-name key is masked as a name; any value is
     * masked as text.
     *
     * @param subjectKind the kind of the finding's subject (e.g. {@code GridWorker}), may be null
     * @param key         the evidence key
     * @param value       the value, may be null
     * @return the masked value
     */
    public static String maskEvidence(String subjectKind, String key, String value) {
        if (value == null) {
            return null;
        }
        if (!PATTERN_DEFENCE.get()) {
            return value;
        }
        if (isPersonNameKey(subjectKind, key, value)) {
            return Masking.maskName(value);
        }
        return maskText(value);
    }

    /**
     * @param finding a finding
     * @return its evidence, masked, sorted by key
     */
    public static Map<String, String> maskedEvidence(Finding finding) {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(finding.evidence()).forEach((k, v) -> out.put(k, maskEvidence(finding, k, v)));
        return out;
    }

    /**
     * Masks one evidence value of a finding: by the kind of personal data the finding records for its key, and then by
     * pattern ({@link #maskEvidence(String, String, String)}).
     *
     * @param finding the finding
     * @param key     the evidence key
     * @param value   its value, may be null
     * @return the masked value
     */
    public static String maskEvidence(Finding finding, String key, String value) {
        String typed = PersonalDataKind.maskByKind(finding.personalEvidence(), key, value).orElse(value);
        return maskEvidence(finding.subject().kind(), key, typed);
    }

    /**
     * @param finding a finding
     * @return its evidence as one line, personal entries masked by type and all by pattern (for summaries that quote
     *         {@link Finding#evidenceText()})
     */
    public static String maskedEvidenceLine(Finding finding) {
        return maskText(maskedEvidenceText(finding));
    }

    /**
     * @param finding a finding
     * @return its evidence as one masked line, e.g. {@code households=260, residents=700}
     */
    public static String maskedEvidenceText(Finding finding) {
        StringBuilder b = new StringBuilder();
        maskedEvidence(finding).forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(k).append('=').append(v);
        });
        return b.toString();
    }

    static boolean isPersonNameKey(String subjectKind, String key, String value) {
        if (key == null) {
            return false;
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (k.contains("姓名") || k.equals("名字")) {
            return true;
        }
        if (k.endsWith("workername") || k.endsWith("residentname") || k.endsWith("personname")
                || k.equals("fullname") || k.endsWith("contactname")) {
            return true;
        }
        if (k.equals("name")) {
            // "name" is a person's name on a person, and also on anything when it reads like a Chinese
            // personal name (2-4 Han characters); a matter's or grid's longer name stays readable.
            boolean person = subjectKind != null && PERSON_KINDS.contains(subjectKind.toLowerCase(Locale.ROOT));
            return person || HAN_NAME.matcher(value.strip()).matches();
        }
        return false;
    }
}
