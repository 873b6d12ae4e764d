package org.wangge.kernel.process.internal;

import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.variable.api.types.ValueFields;
import org.flowable.variable.api.types.VariableType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

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
 * <p>Components may be: String, boolean/Boolean, int/Integer, BigDecimal, Instant, LocalDate, an enum, a Set or List
 * of strings or enums, or a nested record of these.
 *
 * @param <T> the record
 */
public final class StateRecordType<T extends Record> implements VariableType {

    /** The text column's width (Flowable's {@code TEXT_}, varchar 4000 on H2 and PostgreSQL). */
    static final int MAX_TEXT = 4000;
    private static final JsonFactory JSON = new JsonFactory();

    private final String typeName;
    private final Class<T> type;
    private final Codec codec;
    /** The last record encoded and its JSON (one immutable pair): Flowable asks {@link #isAbleToStore} just before {@link #setValue}. */
    private volatile Object[] last;

    /**
     * @param typeName the type's name in the variable tables, e.g. {@code wanggeCaseProcess}
     * @param type     the record
     */
    public StateRecordType(String typeName, Class<T> type) {
        this.typeName = typeName;
        this.type = type;
        this.codec = Codec.of(type);
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
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            codec.write(g, value);
        }
        return out.toString();
    }

    /**
     * @param text JSON written by {@link #encode}
     * @return the record
     */
    public T decode(String text) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            p.nextToken();
            return type.cast(codec.read(p));
        }
    }

    /** Reads and writes one record type's components by name. */
    private static final class Codec {
        private static final Map<Class<?>, Codec> CODECS = new java.util.concurrent.ConcurrentHashMap<>();
        private final RecordComponent[] components;
        private final Constructor<?> constructor;
        private final Map<String, Integer> index = new HashMap<>();

        private Codec(Class<?> type) {
            components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                index.put(components[i].getName(), i);
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        static Codec of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            return CODECS.computeIfAbsent(type, Codec::new);
        }

        void write(JsonGenerator g, Object record) {
            g.writeStartObject();
            for (RecordComponent c : components) {
                Object v;
                try {
                    v = c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
                if (v == null) {
                    continue; // absent reads as null
                }
                g.writeName(c.getName());
                writeValue(g, v);
            }
            g.writeEndObject();
        }

        private static void writeValue(JsonGenerator g, Object v) {
            if (v instanceof String s) {
                g.writeString(s);
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (v instanceof Integer i) {
                g.writeNumber(i);
            } else if (v instanceof BigDecimal d) {
                g.writeString(d.toPlainString());
            } else if (v instanceof Enum<?> e) {
                g.writeString(e.name());
            } else if (v instanceof Instant || v instanceof LocalDate) {
                g.writeString(v.toString());
            } else if (v instanceof Collection<?> items) {
                g.writeStartArray();
                for (Object item : items) {
                    writeValue(g, item);
                }
                g.writeEndArray();
            } else if (v instanceof Record r) {
                of(r.getClass()).write(g, r);
            } else {
                throw new IllegalArgumentException("cannot store a " + v.getClass().getName() + " in a state record");
            }
        }

        Object read(JsonParser p) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a state record's JSON starts with an object, not " + p.currentToken());
            }
            Object[] args = new Object[components.length];
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                Integer i = index.get(p.currentName());
                p.nextToken();
                if (i == null) {
                    p.skipChildren(); // a component this version does not have
                    continue;
                }
                args[i] = readValue(p, components[i].getType(), components[i].getGenericType());
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IllegalStateException("unexpected " + t + " in a state record's JSON");
            }
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null && components[i].getType().isPrimitive()) {
                    args[i] = components[i].getType() == boolean.class ? Boolean.FALSE : Integer.valueOf(0);
                }
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object readValue(JsonParser p, Class<?> type, Type generic) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            if (type == String.class) {
                return p.getString();
            }
            if (type == boolean.class || type == Boolean.class) {
                return p.getBooleanValue();
            }
            if (type == int.class || type == Integer.class) {
                return p.getIntValue();
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(p.getString());
            }
            if (type == Instant.class) {
                return Instant.parse(p.getString());
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(p.getString());
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type, p.getString());
            }
            if (type == Set.class || type == List.class) {
                Class<?> item = generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c ? c : String.class;
                Collection<Object> out = type == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(readValue(p, item, item));
                }
                return type == Set.class ? Set.copyOf(out) : List.copyOf(out);
            }
            if (type.isRecord()) {
                return of(type).read(p);
            }
            throw new IllegalArgumentException("cannot read a " + type.getName() + " from a state record");
        }
    }
}
