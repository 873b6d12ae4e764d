package org.wangge.kernel.model.identity;

import java.text.Normalizer;

import org.wangge.kernel.model.ModelValidationException;

/**
 * 姓名: a person's name as written, e.g. 张三, 欧阳娜娜 or 阿依古丽·买买提.
 *
 * <p>Validation: not blank; at most {@value #MAX_LENGTH} characters (Unicode code points) after
 * stripping surrounding whitespace; no control characters (line breaks, tabs and other
 * {@code Cc}/line- or paragraph-separator characters). The name is stored NFC-normalised.
 *
 * <p>This is personal information: {@link #toString()} and error messages show only the
 * {@linkplain #masked() masked} form, e.g. {@code 张*}; the raw value is available from
 * {@link #unmasked()}. Immutable; equal when the normalised names are equal.
 */
public final class PersonName {

    private static final String FIELD = "PersonName.value";

    /** The maximum number of characters (code points) of a name: 50. */
    public static final int MAX_LENGTH = 50;

    private final String value;

    private PersonName(String value) {
        this.value = value;
    }

    /**
     * Reads a name.
     *
     * @param raw the name, e.g. {@code "张三"}; surrounding whitespace is removed
     * @return the name
     * @throws ModelValidationException naming {@code PersonName.value}, showing the value masked, when
     *                                  null, blank, too long or containing control characters
     */
    public static PersonName of(String raw) {
        if (raw == null) {
            throw Inputs.missing(FIELD, "the person's name (姓名)");
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (s.isEmpty()) {
            throw Inputs.blank(FIELD, "the person's name (姓名)");
        }
        String shown = Inputs.quote(Masking.maskName(s));
        int length = s.codePointCount(0, s.length());
        if (length > MAX_LENGTH) {
            throw new ModelValidationException(FIELD, shown,
                    "must have at most " + MAX_LENGTH + " characters, has " + length);
        }
        int position = 1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw new ModelValidationException(FIELD, shown, "must not contain control characters such as "
                        + "line breaks or tabs (character " + position + " is one): write the name on one line");
            }
            position++;
            i += Character.charCount(cp);
        }
        return new PersonName(s);
    }

    /**
     * Tells whether a string is a valid name, without throwing.
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
     * The raw name. Personal information: use only where the full name is needed, never in logs or
     * messages.
     *
     * @return the name
     */
    public String unmasked() {
        return value;
    }

    /**
     * The masked name: the first character followed by one {@code *} per other character, e.g.
     * {@code 张*} for 张三, {@code 欧***} for 欧阳娜娜; a one-character name is shown as {@code *}.
     *
     * @return the masked name
     */
    public String masked() {
        return Masking.maskName(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName && ((PersonName) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the {@linkplain #masked() masked} name, never the raw one */
    @Override
    public String toString() {
        return masked();
    }
}
