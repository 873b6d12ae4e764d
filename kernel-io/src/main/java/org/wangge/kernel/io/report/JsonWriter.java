package org.wangge.kernel.io.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with correct string escaping (RFC 8259): quotes, backslashes and
 * every control character are escaped, as are U+2028 and U+2029 (so that the output is also valid
 * JavaScript); other characters, Chinese included, are written as they are (UTF-8 output).
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("a").value("x\"y").endObject().toString();
 * }</pre>
 *
 * Output is pretty-printed with two-space indentation.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** For each open container: whether it already has an element. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    /** @return this writer, inside a new object */
    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        stack.push(new boolean[] {false});
        return this;
    }

    /** @return this writer, after closing the current object */
    public JsonWriter endObject() {
        return end('}');
    }

    /** @return this writer, inside a new array */
    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        stack.push(new boolean[] {false});
        return this;
    }

    /** @return this writer, after closing the current array */
    public JsonWriter endArray() {
        return end(']');
    }

    /**
     * @param name a member name of the current object
     * @return this writer
     */
    public JsonWriter name(String name) {
        separator();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    /**
     * @param value a string, or null for JSON null
     * @return this writer
     */
    public JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    /**
     * @param value a number
     * @return this writer
     */
    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * @param value a boolean
     * @return this writer
     */
    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * @param name  a member name
     * @param value its string value, or null
     * @return this writer
     */
    public JsonWriter member(String name, String value) {
        return name(name).value(value);
    }

    /**
     * @param name  a member name
     * @param value its number value
     * @return this writer
     */
    public JsonWriter member(String name, long value) {
        return name(name).value(value);
    }

    /**
     * @param s any string
     * @return the string as a JSON string literal, quotes included
     */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        appendQuoted(b, s);
        return b.toString();
    }

    /** @return the JSON written so far, followed by a newline when complete */
    @Override
    public String toString() {
        return stack.isEmpty() ? out + "\n" : out.toString();
    }

    private JsonWriter end(char c) {
        if (stack.isEmpty()) {
            throw new IllegalStateException("no open container to close with " + c);
        }
        boolean hadElements = stack.pop()[0];
        if (hadElements) {
            newline();
        }
        out.append(c);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!stack.isEmpty()) {
            separator();
        }
    }

    private void separator() {
        boolean[] top = stack.peek();
        if (top == null) {
            return;
        }
        if (top[0]) {
            out.append(',');
        }
        top[0] = true;
        newline();
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < stack.size(); i++) {
            out.append("  ");
        }
    }

    private void string(String s) {
        appendQuoted(out, s);
    }

    private static void appendQuoted(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\b':
                    b.append("\\b");
                    break;
                case '\f':
                    b.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
