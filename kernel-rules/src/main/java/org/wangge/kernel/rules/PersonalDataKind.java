package org.wangge.kernel.rules;

import java.util.Map;
import java.util.Optional;
import org.wangge.kernel.model.identity.LandlineNumber;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.identity.ResidentIdNumber;

/**
 * The kind of personal data (个人信息) an evidence entry of a {@link Finding} holds, so that every renderer masks it by
 * its type rather than by what it looks like (issue 18 ¶2). A rule puts a typed value into its evidence (a
 * {@link PersonName}, {@link ResidentIdNumber}, {@link MobileNumber} or {@link LandlineNumber} of the model) or
 * declares the kind of an evidence key in its {@code @personalEvidence} metadata; the engine then keeps only the
 * masked form in the finding and records the kind in {@link Finding#personalEvidence()}.
 */
public enum PersonalDataKind {
    /** 姓名: first character kept ({@code 张*}). */
    PERSON_NAME,
    /** 公民身份号码: first 6 and last 4 characters kept. */
    RESIDENT_ID_NUMBER,
    /** 手机号码: first 3 and last 4 digits kept. */
    MOBILE_NUMBER,
    /** 固定电话: area code and last 2 digits kept. */
    LANDLINE_NUMBER;

    /**
     * Masks a value as this kind of personal data. Idempotent: a masked value stays masked.
     *
     * @param value the value, raw or masked, may be null
     * @return the masked value (null for null)
     */
    public String mask(String value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case PERSON_NAME -> Masking.maskName(value);
            case RESIDENT_ID_NUMBER -> Masking.maskIdNumber(value);
            case MOBILE_NUMBER -> Masking.maskMobile(value);
            case LANDLINE_NUMBER -> Masking.maskLandline(value);
        };
    }

    /**
     * @param value an evidence value
     * @return the kind of personal data its type is, if it is one of the model's personal-data types
     */
    public static Optional<PersonalDataKind> ofValue(Object value) {
        if (value instanceof PersonName) {
            return Optional.of(PERSON_NAME);
        }
        if (value instanceof ResidentIdNumber) {
            return Optional.of(RESIDENT_ID_NUMBER);
        }
        if (value instanceof MobileNumber) {
            return Optional.of(MOBILE_NUMBER);
        }
        if (value instanceof LandlineNumber) {
            return Optional.of(LANDLINE_NUMBER);
        }
        return Optional.empty();
    }

    /**
     * The masked text of a typed personal value (never its raw value).
     *
     * @param value a value of a personal-data type ({@link #ofValue(Object)} not empty)
     * @return its masked form
     * @throws IllegalArgumentException when the value is of none of those types
     */
    public static String maskedText(Object value) {
        if (value instanceof PersonName n) {
            return n.masked();
        }
        if (value instanceof ResidentIdNumber n) {
            return n.masked();
        }
        if (value instanceof MobileNumber n) {
            return n.masked();
        }
        if (value instanceof LandlineNumber n) {
            return n.masked();
        }
        throw new IllegalArgumentException("not personal data: " + value.getClass().getName());
    }

    /**
     * Masks the value of one evidence entry of a finding by the kind the finding records for its key.
     *
     * @param kinds the finding's {@link Finding#personalEvidence()}
     * @param key   the evidence key
     * @param value the value
     * @return the value masked by its kind, or empty when the key holds no declared personal data
     */
    public static Optional<String> maskByKind(Map<String, PersonalDataKind> kinds, String key, String value) {
        PersonalDataKind kind = kinds == null ? null : kinds.get(key);
        return kind == null ? Optional.empty() : Optional.of(kind.mask(value));
    }
}
