package org.wangge.kernel.io.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.rules.Finding;

/**
 * Defensive masking of personal data in report text (个人信息脱敏). Findings' evidence should hold ids
 * only, but a report must not leak a resident ID number, a mobile number or a person's name if one
 * slipped into evidence or a message. Masks, with {@link Masking}:
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

    private PersonalDataMask() {
    }

    /**
     * Masks ID numbers, mobile numbers and names after a name key in free text.
     *
     * @param text any text, may be null
     * @return the masked text (null for null)
     */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
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
        new TreeMap<>(finding.evidence()).forEach((k, v) -> out.put(k, maskEvidence(finding.subject().kind(), k, v)));
        return out;
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
