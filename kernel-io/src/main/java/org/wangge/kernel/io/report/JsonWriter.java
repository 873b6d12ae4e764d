package org.wangge.kernel.io.report;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * A small JSON writer over Jackson's generator, with correct string escaping (RFC 8259): quotes,
 * backslashes and every control character are escaped, as are U+007F, U+2028 and U+2029 (so that the
 * output is also valid JavaScript); other characters, Chinese included, are written as they are.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("a").value("x\"y").endObject().toString();
 * }</pre>
 *
 * Output is pretty-printed with two-space indentation.
 */
public final class JsonWriter {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Escapes U+007F, U+2028 and U+2029 too, as {@code \\uXXXX}. */
    private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] table = standardAsciiEscapesForJSON();

        {
            table[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    };

    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }

        @Override
        public CharacterEscapes getCharacterEscapes() {
            return ESCAPES;
        }
    };

    private static final ObjectWriteContext COMPACT = new ObjectWriteContext.Base() {
        @Override
        public CharacterEscapes getCharacterEscapes() {
            return ESCAPES;
        }
    };

    private final StringWriter out = new StringWriter();
    private final JsonGenerator g;

    /** A writer that pretty-prints. */
    public JsonWriter() {
        this(true);
    }

    /**
     * @param pretty whether to pretty-print (two-space indentation) or write compactly (no white space)
     */
    public JsonWriter(boolean pretty) {
        g = JSON.createGenerator(pretty ? PRETTY : COMPACT, out);
    }

    /** @return this writer, inside a new object */
    public JsonWriter beginObject() {
        g.writeStartObject();
        return this;
    }

    /** @return this writer, after closing the current object */
    public JsonWriter endObject() {
        g.writeEndObject();
        return this;
    }

    /** @return this writer, inside a new array */
    public JsonWriter beginArray() {
        g.writeStartArray();
        return this;
    }

    /** @return this writer, after closing the current array */
    public JsonWriter endArray() {
        g.writeEndArray();
        return this;
    }

    /**
     * @param name a member name of the current object
     * @return this writer
     */
    public JsonWriter name(String name) {
        g.writeName(name);
        return this;
    }

    /**
     * @param value a string, or null for JSON null
     * @return this writer
     */
    public JsonWriter value(String value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
        return this;
    }

    /**
     * @param value a number
     * @return this writer
     */
    public JsonWriter value(long value) {
        g.writeNumber(value);
        return this;
    }

    /**
     * @param value a boolean
     * @return this writer
     */
    public JsonWriter value(boolean value) {
        g.writeBoolean(value);
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
     * @param name  a member name
     * @param value its boolean value
     * @return this writer
     */
    public JsonWriter member(String name, boolean value) {
        return name(name).value(value);
    }

    /**
     * @param s any string
     * @return the string as a JSON string literal, quotes included
     */
    public static String quote(String s) {
        StringWriter quoted = new StringWriter();
        try (JsonGenerator q = JSON.createGenerator(PRETTY, quoted)) {
            q.writeString(s);
        }
        return quoted.toString();
    }

    /** @return the JSON written so far, followed by a newline when complete */
    @Override
    public String toString() {
        g.flush();
        boolean complete = g.streamWriteContext().inRoot() && out.getBuffer().length() > 0;
        return complete ? out + "\n" : out.toString();
    }
}
