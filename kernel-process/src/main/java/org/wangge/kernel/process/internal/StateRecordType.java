package org.wangge.kernel.process.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.math.BigDecimal;
import org.flowable.variable.api.types.ValueFields;
import org.flowable.variable.api.types.VariableType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Flowable variable type that stores a process's state record as a JSON object in the variable row's text column,
 * instead of Java serialisation in a byte-array row (issue 16 ¶4). A step that changes the record then updates one
 * runtime and one history row, and reads and writes no byte-array rows (Flowable's serializable type reads, updates
 * and re-serialises to compare two of them, runtime and history, on every write). Not API.
 *
 * <p>The JSON names the record's components; a component missing from the text (a record stored before the component
 * was added, last) reads as null, false or 0, and unknown names are ignored. A record whose JSON is longer than the
 * column ({@value #MAX_TEXT} characters, e.g. a very long free-text summary) is not taken by this type: Flowable then
 * stores it as before, serialised. Variables written by an older version (type {@code serializable}) keep being read
 * by Flowable's serializable type; the first step that writes the record again stores it with this type.
 *
 * <p>Components may be: String, boolean/Boolean, int/Integer, BigDecimal (written as a string), Instant, LocalDate
 * (ISO-8601 strings), an enum (its name), a Set or List of these, or a nested record of these. Bound by Jackson databind
 * from the record components alone (no getter-like method such as {@code isNotAccepted()} becomes a property); null
 * components are left out.
 *
 * @param <T> the record
 */
public final class StateRecordType<T extends Record> implements VariableType {

    /** The text column's width (Flowable's {@code TEXT_}, varchar 4000 on H2 and PostgreSQL). */
    static final int MAX_TEXT = 4000;
    /** Record components only, by their fields; nulls left out; the text's form as the hand-written codec of session 6 wrote it. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withConfigOverride(BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a component this version does not have
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // absent or null reads as false or 0
            .build();

    private final String typeName;
    private final Class<T> type;
    /** The last record encoded and its JSON (one immutable pair): Flowable asks {@link #isAbleToStore} just before {@link #setValue}. */
    private volatile Object[] last;

    /**
     * @param typeName the type's name in the variable tables, e.g. {@code wanggeCaseProcess}
     * @param type     the record
     */
    public StateRecordType(String typeName, Class<T> type) {
        this.typeName = typeName;
        this.type = type;
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
    }

    @Override
    public String getTypeName() {
        return typeName;
    }

    @Override
    public boolean isCachable() {
        return true; // immutable: the entity may keep the decoded record
    }

    @Override
    public boolean isAbleToStore(Object value) {
        return type.isInstance(value) && encode(value).length() <= MAX_TEXT;
    }

    @Override
    public void setValue(Object value, ValueFields valueFields) {
        valueFields.setTextValue(value == null ? null : encode(value));
        valueFields.setTextValue2(null);
    }

    @Override
    public Object getValue(ValueFields valueFields) {
        String text = valueFields.getTextValue();
        return text == null ? null : decode(text);
    }

    /**
     * @param value a record of this type
     * @return its JSON
     */
    public String encode(Object value) {
        Object[] cached = last;
        if (cached != null && cached[0] == value) {
            return (String) cached[1];
        }
        String text = write(value);
        last = new Object[] {value, text};
        return text;
    }

    private String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /**
     * @param text JSON written by {@link #encode}
     * @return the record
     */
    public T decode(String text) {
        return JSON.readValue(text, type);
    }
}
