package org.wangge.kernel.io.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a snapshot as YAML or JSON, record by record, straight to a {@link Writer}: nothing but the
 * current element is held (no node tree, no text). Keys follow the record components; nulls and empty
 * collections are left out; sets are sorted. Personal values are written raw.
 *
 * <p>Layout: the top-level mapping and its lists are written one key or element per line; each element
 * of a list is written on one line, in flow style ({@code - {id: G-1, name: …}} in YAML,
 * {@code {"id": "G-1", "name": …}} in JSON), so the files are small and fast to read and each element
 * is one line for grep and diff.
 */
final class SnapshotWriter {

    private static final Resolver RESOLVER = new Resolver();

    private SnapshotWriter() {
    }

    /** Writes the snapshot as YAML of format {@code wangge-snapshot/1}. */
    static void yaml(CitySnapshot snapshot, Writer out) {
        write(snapshot, new YamlOut(out));
    }

    /** Writes the snapshot as JSON of format {@code wangge-snapshot/1}. */
    static void json(CitySnapshot snapshot, Writer out) {
        JsonOut json = new JsonOut(out);
        write(snapshot, json);
        json.raw("\n");
    }

    // ---------------------------------------------------------------------------------- the walk

    private static void write(CitySnapshot snapshot, Out out) {
        out.startDocument();
        out.startMap(false);
        out.key(SnapshotFormat.FORMAT_KEY);
        out.text(SnapshotFormat.FORMAT);
        for (Component c : components(CitySnapshot.class)) {
            Object value = c.get(snapshot);
            if (absent(value)) {
                continue;
            }
            out.key(c.name);
            if (c.type.kind == FieldType.Kind.LIST && c.type.element.kind == FieldType.Kind.RECORD) {
                out.startSeq(false);
                for (Object element : (Collection<?>) value) {
                    record(element, out); // one element per line, in flow style
                }
                out.endSeq();
            } else {
                value(value, c.type, out);
            }
        }
        out.endMap();
        out.endDocument();
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty();
    }

    private static void record(Object record, Out out) {
        out.startMap(true);
        for (Component c : components(record.getClass())) {
            Object value = c.get(record);
            if (absent(value)) {
                continue;
            }
            out.key(c.name);
            value(value, c.type, out);
        }
        out.endMap();
    }

    private static void value(Object value, FieldType ft, Out out) {
        switch (ft.kind) {
            case RECORD -> record(value, out);
            case LIST, SET -> {
                Collection<?> items = (Collection<?>) value;
                if (ft.kind == FieldType.Kind.SET && items.size() > 1) {
                    List<Object> sorted = new ArrayList<>(items);
                    sorted.sort(order(ft.element));
                    items = sorted;
                }
                out.startSeq(true);
                for (Object item : items) {
                    value(item, ft.element, out);
                }
                out.endSeq();
            }
            case TEXT -> out.text((String) value);
            case ENUM -> out.text(((Enum<?>) value).name());
            case VALUE -> out.text(valueText(value, ft));
            case DECIMAL -> out.plain(((BigDecimal) value).toPlainString(), true);
            case WHOLE_NUMBER, BOOLEAN -> out.plain(value.toString(), true);
            default -> out.plain(value.toString(), false); // dates, date-times
        }
    }

    private static String valueText(Object value, FieldType ft) {
        try {
            return (String) ft.text.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
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

    /** A record component with its accessor and file type, looked up once per record type. */
    private record Component(String name, java.lang.reflect.Method accessor, FieldType type) {
        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + name, e);
            }
        }
    }

    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private static List<Component> components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            List<Component> list = new ArrayList<>();
            for (RecordComponent rc : t.getRecordComponents()) {
                list.add(new Component(rc.getName(), rc.getAccessor(), FieldType.of(rc.getGenericType())));
            }
            return List.copyOf(list);
        });
    }

    // ---------------------------------------------------------------------------------- outputs

    /** What the walk writes: a tree of mappings, sequences and scalars; {@code flow} asks for one line. */
    private interface Out {
        void startDocument();

        void endDocument();

        void startMap(boolean flow);

        void endMap();

        void startSeq(boolean flow);

        void endSeq();

        void key(String name);

        /** Text: quoted where it would otherwise read as a number, date, boolean or null. */
        void text(String value);

        /** A number, boolean or date, written plain; {@code bareInJson} for numbers and booleans. */
        void plain(String value, boolean bareInJson);
    }

    /** YAML through SnakeYAML's emitter, event by event (it looks at most three events ahead). */
    private static final class YamlOut implements Out {
        private final Emitter emitter;

        YamlOut(Writer writer) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setIndent(2);
            options.setIndicatorIndent(2);
            options.setIndentWithIndicator(true);
            options.setWidth(Integer.MAX_VALUE);
            options.setSplitLines(false);
            options.setAllowUnicode(true);
            options.setLineBreak(DumperOptions.LineBreak.UNIX);
            this.emitter = new Emitter(writer, options);
        }

        private void emit(Event event) {
            try {
                emitter.emit(event);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static DumperOptions.FlowStyle style(boolean flow) {
            return flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK;
        }

        @Override
        public void startDocument() {
            emit(new StreamStartEvent(null, null));
            emit(new DocumentStartEvent(null, null, false, null, Map.of()));
        }

        @Override
        public void endDocument() {
            emit(new DocumentEndEvent(null, null, false));
            emit(new StreamEndEvent(null, null));
        }

        @Override
        public void startMap(boolean flow) {
            emit(new MappingStartEvent(null, Tag.MAP.getValue(), true, null, null, style(flow)));
        }

        @Override
        public void endMap() {
            emit(new MappingEndEvent(null, null));
        }

        @Override
        public void startSeq(boolean flow) {
            emit(new SequenceStartEvent(null, Tag.SEQ.getValue(), true, null, null, style(flow)));
        }

        @Override
        public void endSeq() {
            emit(new SequenceEndEvent(null, null));
        }

        @Override
        public void key(String name) {
            text(name);
        }

        /** As SnakeYAML's serializer does for a node tagged {@code tag}: plain where it resolves to that tag. */
        private void scalar(Tag tag, String value) {
            Tag detected = RESOLVER.resolve(NodeId.scalar, value, true);
            Tag byDefault = RESOLVER.resolve(NodeId.scalar, value, false);
            emit(new ScalarEvent(null, tag.getValue(), new ImplicitTuple(tag.equals(detected), tag.equals(byDefault)), value,
                    null, null, DumperOptions.ScalarStyle.PLAIN));
        }

        @Override
        public void text(String value) {
            scalar(Tag.STR, value);
        }

        @Override
        public void plain(String value, boolean bareInJson) {
            scalar(RESOLVER.resolve(NodeId.scalar, value, true), value);
        }
    }

    /**
     * JSON, two-space indent for the top-level mapping and its lists, each element on one line. Numbers
     * and booleans are bare, everything else is a string.
     */
    private static final class JsonOut implements Out {
        private final Writer out;
        /** Per open container: whether it is written on one line, and whether it has an item yet. */
        private final ArrayList<boolean[]> open = new ArrayList<>();
        private boolean afterKey;

        JsonOut(Writer out) {
            this.out = out;
        }

        void raw(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Before an item (a key, or a value in a list): the separator and, on a multi-line container, the indent. */
        private void item() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (open.isEmpty()) {
                return;
            }
            boolean[] top = open.get(open.size() - 1);
            if (top[0]) {
                raw(top[1] ? ", " : "");
            } else {
                raw((top[1] ? ",\n" : "\n") + "  ".repeat(open.size()));
            }
            top[1] = true;
        }

        private void start(String bracket, boolean flow) {
            item();
            boolean inline = flow || !open.isEmpty() && open.get(open.size() - 1)[0];
            raw(bracket);
            open.add(new boolean[] {inline, false});
        }

        private void end(String bracket) {
            boolean[] top = open.remove(open.size() - 1);
            if (!top[0] && top[1]) {
                raw("\n" + "  ".repeat(open.size()));
            }
            raw(bracket);
        }

        @Override
        public void startDocument() {
        }

        @Override
        public void endDocument() {
        }

        @Override
        public void startMap(boolean flow) {
            start("{", flow);
        }

        @Override
        public void endMap() {
            end("}");
        }

        @Override
        public void startSeq(boolean flow) {
            start("[", flow);
        }

        @Override
        public void endSeq() {
            end("]");
        }

        @Override
        public void key(String name) {
            item();
            string(name);
            raw(": ");
            afterKey = true;
        }

        @Override
        public void text(String value) {
            item();
            string(value);
        }

        @Override
        public void plain(String value, boolean bareInJson) {
            item();
            if (bareInJson) {
                raw(value);
            } else {
                string(value);
            }
        }

        private void string(String s) {
            StringBuilder b = new StringBuilder(s.length() + 2);
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            raw(b.append('"').toString());
        }
    }
}
