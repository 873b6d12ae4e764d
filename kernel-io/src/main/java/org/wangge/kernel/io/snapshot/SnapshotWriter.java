package org.wangge.kernel.io.snapshot;

import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes a snapshot as YAML or JSON, record by record, straight to a {@link Writer} through Jackson's
 * generators: nothing but the current element is held (no tree, no text). Keys follow the record
 * components; nulls and empty collections are left out; sets are sorted. Personal values are written raw.
 *
 * <p>Layout: the top-level mapping and its lists are written one key or element per line; each element
 * of a list is written on one line, in flow style ({@code - {id: G-1, name: …}} in YAML,
 * {@code {"id": "G-1", "name": …}} in JSON), so the files are small and fast to read and each element
 * is one line for grep and diff.
 */
final class SnapshotWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private static final YAMLFactory YAML = new ElementsInFlowYaml(YAMLFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // codes stay text for any YAML reader
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR));

    private SnapshotWriter() {
    }

    /** Writes the snapshot as YAML of format {@code wangge-snapshot/1}. */
    static void yaml(CitySnapshot snapshot, Writer out) {
        try (JsonGenerator g = YAML.createGenerator(ObjectWriteContext.empty(), out)) {
            write(snapshot, g);
        } catch (JacksonException e) {
            throw unchecked(e);
        }
    }

    /** Writes the snapshot as JSON of format {@code wangge-snapshot/1}. */
    static void json(CitySnapshot snapshot, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(LAYOUT, out)) {
            write(snapshot, g);
            g.writeRaw('\n');
        } catch (JacksonException e) {
            throw unchecked(e);
        }
    }

    /**
     * Writes the snapshot as JSON of format {@code wangge-snapshot/1} in UTF-8, through Jackson's byte
     * generator (no character encoder between it and the bytes).
     */
    static void json(CitySnapshot snapshot, java.io.OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(LAYOUT, out, tools.jackson.core.JsonEncoding.UTF8)) {
            write(snapshot, g);
            g.writeRaw('\n');
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            throw unchecked(e);
        } catch (JacksonException e) { // e.g. a lone surrogate, which has no UTF-8 form (as the encoder of the text path)
            throw new java.io.UncheckedIOException(new java.nio.charset.CharacterCodingException() {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    return "not encodable as UTF-8: " + e.getOriginalMessage();
                }
            });
        }
    }

    /**
     * Writes one element of a top-level list as compact JSON on one line (no line break inside; none after), with the
     * same keys and values as in a snapshot file: the record files of {@link SnapshotRecords}.
     */
    static void jsonRecord(Object record, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            record(record, g);
        } catch (JacksonException e) {
            throw unchecked(e);
        }
    }

    /** The JSON layout: each element of a list on one line. */
    private static final ObjectWriteContext LAYOUT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new ElementsOnOneLine();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private static RuntimeException unchecked(JacksonException e) {
        if (e instanceof tools.jackson.core.exc.JacksonIOException io) {
            return new java.io.UncheckedIOException(io.getCause());
        }
        return e;
    }

    // ---------------------------------------------------------------------------------- the walk

    private static void write(CitySnapshot snapshot, JsonGenerator out) {
        out.writeStartObject();
        out.writeName(SnapshotFormat.FORMAT_KEY);
        out.writeString(SnapshotFormat.FORMAT);
        for (Component c : components(CitySnapshot.class)) {
            Object value = c.get(snapshot);
            if (absent(value)) {
                continue;
            }
            out.writeName(c.name);
            value(value, c.type, out);
        }
        out.writeEndObject();
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty();
    }

    private static void record(Object record, JsonGenerator out) {
        out.writeStartObject();
        for (Component c : components(record.getClass())) {
            Object value = c.get(record);
            if (absent(value)) {
                continue;
            }
            out.writeName(c.name);
            value(value, c.type, out);
        }
        out.writeEndObject();
    }

    private static void value(Object value, FieldType ft, JsonGenerator out) {
        switch (ft.kind) {
            case RECORD -> record(value, out);
            case LIST, SET -> {
                Collection<?> items = (Collection<?>) value;
                if (ft.kind == FieldType.Kind.SET && items.size() > 1) {
                    List<Object> sorted = new ArrayList<>(items);
                    sorted.sort(order(ft.element));
                    items = sorted;
                }
                out.writeStartArray();
                for (Object item : items) {
                    value(item, ft.element, out);
                }
                out.writeEndArray();
            }
            case TEXT -> out.writeString((String) value);
            case ENUM -> out.writeString(((Enum<?>) value).name());
            case VALUE -> out.writeString(valueText(value, ft));
            case DECIMAL -> out.writeNumber(((BigDecimal) value).toPlainString());
            case WHOLE_NUMBER -> out.writeNumber(((Number) value).longValue());
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DATE -> date((java.time.LocalDate) value, out);
            case DATE_TIME -> dateTime((java.time.LocalDateTime) value, out);
            default -> out.writeString(value.toString());
        }
    }

    /** Characters of a date or date-time being written (one generator writes at a time per thread). */
    private static final ThreadLocal<char[]> DATE_CHARS = ThreadLocal.withInitial(() -> new char[19]);

    /** {@code LocalDate.toString()} without making a string: years 1000–9999 here, others through toString. */
    private static void date(java.time.LocalDate d, JsonGenerator out) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            out.writeString(d.toString());
            return;
        }
        char[] c = DATE_CHARS.get();
        putDate(c, y, d.getMonthValue(), d.getDayOfMonth());
        out.writeString(c, 0, 10);
    }

    /** {@code LocalDateTime.toString()} without making a string, for whole seconds; others through toString. */
    private static void dateTime(java.time.LocalDateTime t, JsonGenerator out) {
        int y = t.getYear();
        if (y < 1000 || y > 9999 || t.getNano() != 0) {
            out.writeString(t.toString());
            return;
        }
        char[] c = DATE_CHARS.get();
        putDate(c, y, t.getMonthValue(), t.getDayOfMonth());
        c[10] = 'T';
        two(c, 11, t.getHour());
        c[13] = ':';
        two(c, 14, t.getMinute());
        int length = 16;
        if (t.getSecond() != 0) { // as LocalTime.toString: seconds only when not zero
            c[16] = ':';
            two(c, 17, t.getSecond());
            length = 19;
        }
        out.writeString(c, 0, length);
    }

    private static void putDate(char[] c, int y, int m, int d) {
        c[0] = (char) ('0' + y / 1000);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        c[4] = '-';
        two(c, 5, m);
        c[7] = '-';
        two(c, 8, d);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static String valueText(Object value, FieldType ft) {
        try {
            return (String) ft.textHandle().invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> order(FieldType element) {
        if (element.kind == FieldType.Kind.VALUE) {
            return Comparator.comparing(o -> valueText(o, element));
        }
        return (a, b) -> ((Comparable) a).compareTo(b); // strings by text, enums by declaration order
    }

    // ---------------------------------------------------------------------------------- components

    /** A record component with its accessor (a handle {@code (Object) -> Object}) and file type, looked up once per record type. */
    private record Component(String name, java.lang.invoke.MethodHandle accessor, FieldType type) {
        Object get(Object record) {
            try {
                return accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + name, e);
            }
        }
    }

    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private static List<Component> components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            List<Component> list = new ArrayList<>();
            for (RecordComponent rc : t.getRecordComponents()) {
                java.lang.invoke.MethodHandle accessor;
                try {
                    accessor = java.lang.invoke.MethodHandles.publicLookup().unreflect(rc.getAccessor())
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read the components of " + t.getName(), e);
                }
                list.add(new Component(rc.getName(), accessor, FieldType.of(rc.getGenericType())));
            }
            return List.copyOf(list);
        });
    }

    // ---------------------------------------------------------------------------------- layout

    /** Nesting depth of the elements of the top-level lists (root mapping 1, its lists 2). */
    private static final int ELEMENT_DEPTH = 3;

    /**
     * JSON: two-space indent for the top-level mapping and its lists, each element on one line
     * ({@code {"id": "G-1", "kind": "COMMUNITY"}}).
     */
    private static final class ElementsOnOneLine implements PrettyPrinter {

        private static int depth(JsonGenerator g) {
            return g.streamWriteContext().getNestingDepth();
        }

        private static void newline(JsonGenerator g, int depth) {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            if (depth(g) < ELEMENT_DEPTH) {
                newline(g, depth(g));
            }
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            if (depth(g) < ELEMENT_DEPTH) {
                g.writeRaw(',');
                newline(g, depth(g));
            } else {
                g.writeRaw(", ");
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            if (depth(g) < ELEMENT_DEPTH && entries > 0) {
                newline(g, depth(g) - 1);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (depth(g) < ELEMENT_DEPTH) {
                newline(g, depth(g));
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            if (depth(g) < ELEMENT_DEPTH) {
                g.writeRaw(',');
                newline(g, depth(g));
            } else {
                g.writeRaw(", ");
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            if (depth(g) < ELEMENT_DEPTH && values > 0) {
                newline(g, depth(g) - 1);
            }
            g.writeRaw(']');
        }
    }

    /** YAML: block style for the top-level mapping and its lists, flow style from the elements down. */
    private static final class ElementsInFlowYaml extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        ElementsInFlowYaml(YAMLFactoryBuilder builder) {
            super(builder);
        }

        private static DumpSettings settings(FlowStyle style) {
            return DumpSettings.builder()
                    .setDefaultFlowStyle(style)
                    .setIndent(2)
                    .setIndicatorIndent(2)
                    .setIndentWithIndicator(true)
                    .setSplitLines(false)
                    .setWidth(Integer.MAX_VALUE)
                    .setBestLineBreak("\n")
                    .setUseUnicodeEncoding(true)
                    .setDumpComments(false)
                    .build();
        }

        @Override
        protected YAMLGenerator _createGenerator(ObjectWriteContext ctx, IOContext io, Writer out) {
            return new Generator(ctx, io, ctx.getStreamWriteFeatures(_streamWriteFeatures),
                    ctx.getFormatWriteFeatures(_formatWriteFeatures), _quotingChecker, out, _version);
        }

        /** Switches the flow style of the containers it starts by their depth (Jackson reads it at each start). */
        private static final class Generator extends YAMLGenerator {
            private static final DumpSettings BLOCK = settings(FlowStyle.BLOCK);
            private static final DumpSettings FLOW = settings(FlowStyle.FLOW);

            Generator(ObjectWriteContext ctx, IOContext io, int streamFeatures, int yamlFeatures,
                    StringQuotingChecker quoting, Writer out, SpecVersion version) {
                super(ctx, io, streamFeatures, yamlFeatures, quoting, out, version, BLOCK);
            }

            private void styleForNext() {
                _outputOptions = streamWriteContext().getNestingDepth() + 1 >= ELEMENT_DEPTH ? FLOW : BLOCK;
            }

            @Override
            public JsonGenerator writeStartObject() {
                styleForNext();
                return super.writeStartObject();
            }

            @Override
            public JsonGenerator writeStartArray() {
                styleForNext();
                return super.writeStartArray();
            }
        }
    }
}
