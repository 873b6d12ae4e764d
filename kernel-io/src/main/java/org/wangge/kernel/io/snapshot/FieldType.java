package org.wangge.kernel.io.snapshot;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a Java type of a record component appears in a snapshot file. Shared by reader, writer and the
 * schema generator so that all three follow the record components the same way.
 */
final class FieldType {

    /** The kinds of values a file holds. */
    enum Kind {
        /** a string. */
        TEXT,
        /** an int. */
        WHOLE_NUMBER,
        /** a boolean. */
        BOOLEAN,
        /** a BigDecimal, as a number or a string. */
        DECIMAL,
        /** a LocalDate, {@code 2025-06-30}. */
        DATE,
        /** a LocalDateTime, {@code 2025-06-02T09:00}. */
        DATE_TIME,
        /** an enum constant, by name. */
        ENUM,
        /** a value type with a static {@code of(String)} factory, as a string. */
        VALUE,
        /** a nested record, as a mapping. */
        RECORD,
        /** a List, as a sequence. */
        LIST,
        /** a Set, as a sequence. */
        SET
    }

    private static final Map<Type, FieldType> CACHE = new ConcurrentHashMap<>();

    final Kind kind;
    final Class<?> raw;
    /** The element type of a LIST or SET, else null. */
    final FieldType element;
    /** The {@code of(String)} factory of a VALUE, else null. */
    final Method factory;
    /** The accessor giving the raw text of a VALUE: {@code unmasked()} or {@code value()}, else null. */
    final Method text;

    private FieldType(Kind kind, Class<?> raw, FieldType element, Method factory, Method text) {
        this.kind = kind;
        this.raw = raw;
        this.element = element;
        this.factory = factory;
        this.text = text;
    }

    /**
     * @param type a record component's generic type
     * @return how it appears in a file
     * @throws IllegalArgumentException for a type the format does not support
     */
    static FieldType of(Type type) {
        FieldType known = CACHE.get(type);
        if (known == null) {
            known = classify(type);
            CACHE.put(type, known);
        }
        return known;
    }

    private static FieldType classify(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c
                && (c == List.class || c == Set.class)) {
            FieldType element = of(p.getActualTypeArguments()[0]);
            return new FieldType(c == List.class ? Kind.LIST : Kind.SET, c, element, null, null);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("the snapshot format does not support the type " + type);
        }
        if (c == String.class) {
            return simple(Kind.TEXT, c);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return simple(Kind.WHOLE_NUMBER, c);
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple(Kind.BOOLEAN, c);
        }
        if (c == BigDecimal.class) {
            return simple(Kind.DECIMAL, c);
        }
        if (c == LocalDate.class) {
            return simple(Kind.DATE, c);
        }
        if (c == LocalDateTime.class) {
            return simple(Kind.DATE_TIME, c);
        }
        if (c.isEnum()) {
            return simple(Kind.ENUM, c);
        }
        if (c.isRecord()) {
            return simple(Kind.RECORD, c);
        }
        Method factory = method(c, "of", String.class);
        if (factory != null && Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == c) {
            Method text = method(c, "unmasked");
            if (text == null) {
                text = method(c, "value");
            }
            if (text == null || text.getReturnType() != String.class) {
                throw new IllegalArgumentException("value type " + c.getName() + " has no unmasked() or value()");
            }
            return new FieldType(Kind.VALUE, c, null, factory, text);
        }
        throw new IllegalArgumentException("the snapshot format does not support the type " + c.getName());
    }

    private static FieldType simple(Kind kind, Class<?> c) {
        return new FieldType(kind, c, null, null, null);
    }

    private static Method method(Class<?> c, String name, Class<?>... parameters) {
        try {
            return c.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private volatile java.lang.invoke.MethodHandle factoryHandle;

    /** @return the {@code of(String)} factory of a VALUE as a handle {@code (String) -> Object}, found once */
    java.lang.invoke.MethodHandle factoryHandle() {
        java.lang.invoke.MethodHandle h = factoryHandle;
        if (h == null) {
            try {
                h = java.lang.invoke.MethodHandles.publicLookup().unreflect(factory)
                        .asType(java.lang.invoke.MethodType.methodType(Object.class, String.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + raw.getName() + ".of(String)", e);
            }
            factoryHandle = h;
        }
        return h;
    }

    private volatile java.lang.invoke.MethodHandle textHandle;

    /** @return the text accessor of a VALUE as a handle {@code (Object) -> String}, found once */
    java.lang.invoke.MethodHandle textHandle() {
        java.lang.invoke.MethodHandle h = textHandle;
        if (h == null) {
            try {
                h = java.lang.invoke.MethodHandles.publicLookup().unreflect(text)
                        .asType(java.lang.invoke.MethodType.methodType(String.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + raw.getName() + "." + text.getName() + "()", e);
            }
            textHandle = h;
        }
        return h;
    }

    /** @return whether values of this type are personal information (value types with {@code unmasked()}) */
    boolean personal() {
        return kind == Kind.VALUE && "unmasked".equals(text.getName());
    }

    /** @return whether this is a primitive whose absence the file cannot express as null */
    boolean primitive() {
        return raw.isPrimitive();
    }
}
