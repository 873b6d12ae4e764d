package org.wangge.kernel.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Invariant checks used by the compact constructors of model records. Each failure is a
 * {@link ModelValidationException} naming field, value and rule.
 */
public final class Require {

    private Require() {
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param field the field name, as {@code Type.component}
     * @param <T>   the value's type
     * @return the value
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new ModelValidationException(field, "null", "is required");
        }
        return value;
    }

    /**
     * Requires a string with at least one non-blank character.
     *
     * @param value the value
     * @param field the field name
     * @return the value, stripped
     */
    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ModelValidationException(field, value == null ? "null" : "\"" + value + "\"",
                    "is required and must not be blank");
        }
        return value.strip();
    }

    /**
     * Requires a number that is zero or more.
     *
     * @param value the value
     * @param field the field name
     * @return the value
     */
    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new ModelValidationException(field, Integer.toString(value), "must be zero or more");
        }
        return value;
    }

    /**
     * Requires that {@code to} is absent or not before {@code from}.
     *
     * @param from      the start, required
     * @param to        the end, optional
     * @param fromField the start's field name
     * @param toField   the end's field name
     */
    public static void ordered(LocalDate from, LocalDate to, String fromField, String toField) {
        notNull(from, fromField);
        if (to != null && to.isBefore(from)) {
            throw new ModelValidationException(toField, to.toString(),
                    "must not be before " + fromField + " (" + from + ")");
        }
    }

    /**
     * Copies a possibly-null list into an immutable list, refusing null elements.
     *
     * @param values the values, or null for none
     * @param field  the field name
     * @param <T>    the element type
     * @return an immutable copy
     */
    public static <T> List<T> list(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new ModelValidationException(field + "[" + index + "]", "null", "must not contain null elements");
            }
            index++;
        }
        return List.copyOf(values);
    }

    /**
     * Copies a possibly-null set into an immutable set, refusing null elements.
     *
     * @param values the values, or null for none
     * @param field  the field name
     * @param <T>    the element type
     * @return an immutable copy
     */
    public static <T> Set<T> set(Collection<T> values, String field) {
        if (values == null) {
            return Set.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new ModelValidationException(field, "null", "must not contain null elements");
            }
            if (value instanceof String text && text.isBlank()) {
                throw new ModelValidationException(field, "\"" + text + "\"", "must not contain blank ids");
            }
        }
        return Set.copyOf(values);
    }
}
