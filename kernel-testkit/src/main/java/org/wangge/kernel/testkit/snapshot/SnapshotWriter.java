package org.wangge.kernel.testkit.snapshot;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns a snapshot into a node tree (keys in record component order, nulls and empty collections
 * left out, sets sorted) and the tree into YAML or JSON text. Personal values are written raw.
 */
final class SnapshotWriter {

    private static final Resolver RESOLVER = new Resolver();

    private SnapshotWriter() {
    }

    /** @return the snapshot as a node tree, starting with {@code format} */
    static MappingNode toNode(CitySnapshot snapshot) {
        List<NodeTuple> tuples = new ArrayList<>();
        tuples.add(new NodeTuple(key(SnapshotFormat.FORMAT_KEY), text(SnapshotFormat.FORMAT)));
        tuples.addAll(recordNode(snapshot).getValue());
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }

    private static MappingNode recordNode(Object record) {
        List<NodeTuple> tuples = new ArrayList<>();
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = rc.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + rc.getName(), e);
            }
            if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
                continue;
            }
            tuples.add(new NodeTuple(key(rc.getName()), valueNode(value, FieldType.of(rc.getGenericType()))));
        }
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }

    private static Node valueNode(Object value, FieldType ft) {
        switch (ft.kind) {
            case RECORD:
                return recordNode(value);
            case LIST:
            case SET: {
                List<Object> items = new ArrayList<>((Collection<?>) value);
                if (ft.kind == FieldType.Kind.SET) {
                    items.sort(order(ft.element));
                }
                List<Node> nodes = new ArrayList<>();
                for (Object item : items) {
                    nodes.add(valueNode(item, ft.element));
                }
                boolean flow = ft.element.kind != FieldType.Kind.RECORD;
                return new SequenceNode(Tag.SEQ, nodes, flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
            }
            case TEXT:
                return text((String) value);
            case ENUM:
                return text(((Enum<?>) value).name());
            case VALUE:
                try {
                    return text((String) ft.text.invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            case DECIMAL:
                return plain(((BigDecimal) value).toPlainString());
            default: // whole numbers, booleans, dates, date-times
                return plain(value.toString());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> order(FieldType element) {
        if (element.kind == FieldType.Kind.VALUE) {
            return Comparator.comparing(o -> {
                try {
                    return (String) element.text.invoke(o);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return (a, b) -> ((Comparable) a).compareTo(b); // strings by text, enums by declaration order
    }

    private static ScalarNode key(String name) {
        return new ScalarNode(Tag.STR, name, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** Text: tagged as a string, so that YAML quotes it when it would read as a number, date, boolean… */
    private static ScalarNode text(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** A number, boolean or date: tagged as YAML resolves it, so that it is written plain. */
    private static ScalarNode plain(String value) {
        return new ScalarNode(RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, value, true), value, null, null,
                DumperOptions.ScalarStyle.PLAIN);
    }

    /** @return the tree as block-style YAML */
    static String yaml(Node root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(root, out);
        return out.toString();
    }

    /** @return the tree as JSON: numbers and booleans bare, everything else a string; two-space indent */
    static String json(Node root) {
        StringBuilder out = new StringBuilder();
        json(root, out, 0);
        return out.append('\n').toString();
    }

    private static void json(Node node, StringBuilder out, int depth) {
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)) {
                out.append(s.getValue());
            } else if (tag.equals(Tag.NULL)) {
                out.append("null");
            } else {
                string(s.getValue(), out);
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            boolean inline = items.stream().allMatch(i -> i instanceof ScalarNode);
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (inline) {
                    out.append(i == 0 ? "" : ", ");
                } else {
                    out.append(i == 0 ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                }
                json(items.get(i), out, depth + 1);
            }
            if (!inline && !items.isEmpty()) {
                out.append('\n').append("  ".repeat(depth));
            }
            out.append(']');
        } else {
            List<NodeTuple> tuples = ((MappingNode) node).getValue();
            out.append('{');
            for (int i = 0; i < tuples.size(); i++) {
                out.append(i == 0 ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                string(((ScalarNode) tuples.get(i).getKeyNode()).getValue(), out);
                out.append(": ");
                json(tuples.get(i).getValueNode(), out, depth + 1);
            }
            if (!tuples.isEmpty()) {
                out.append('\n').append("  ".repeat(depth));
            }
            out.append('}');
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
