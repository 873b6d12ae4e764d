package org.wangge.kernel.io.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A fast reader for exactly the layout {@link SnapshotWriter} writes (one top-level key per line, one
 * list element per line in flow style, in YAML or JSON). It builds the same nodes, with the same lines
 * and columns, as {@link SnapshotStream} does through SnakeYAML, several times faster. It accepts only a
 * narrow, unambiguous subset of YAML; at anything else (another layout, comments, tabs, an escape or a
 * character it does not know, a syntax error) it gives up with {@link Unsupported}, and the caller
 * reads the whole text again with SnakeYAML, which then decides, and reports errors, as always.
 */
final class FlowLines {

    /** Thrown when the text is not in the writer's layout: read it with SnakeYAML instead. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    private static final int[] NO_BUFFER = new int[0];
    private static final String READER = "'reader'"; // SnakeYAML's name for a reader: problems take the source name

    private final BufferedReader in;
    private final SnapshotStream.ElementVisitor visitor;
    private String line;
    private int lineNo = -1;
    private int pos;

    private FlowLines(BufferedReader in, SnapshotStream.ElementVisitor visitor) {
        this.in = in;
        this.visitor = visitor;
    }

    /**
     * @param in      the text
     * @param visitor receives the elements of the top-level lists
     * @return the root, as {@link SnapshotStream#read} gives it
     * @throws Unsupported when the text is not in the writer's layout (elements may have been visited)
     * @throws IOException when the text cannot be read
     */
    static SnapshotStream.Root read(BufferedReader in, SnapshotStream.ElementVisitor visitor) throws Unsupported, IOException {
        return new FlowLines(in, visitor).run();
    }

    private boolean next() throws IOException {
        line = in.readLine();
        lineNo++;
        pos = 0;
        return line != null;
    }

    private static Unsupported unsupported() {
        return UNSUPPORTED;
    }

    private Mark mark(int column) {
        return new Mark(READER, 0, lineNo, column, NO_BUFFER, 0);
    }

    private SnapshotStream.Root run() throws Unsupported, IOException {
        if (!next()) {
            throw unsupported();
        }
        Map<Node, String> streamed = new IdentityHashMap<>();
        Node root = line.equals("{") ? json(streamed) : yaml(streamed);
        if (next()) {
            throw unsupported(); // anything after the root
        }
        return new SnapshotStream.Root(root, streamed);
    }

    // ---------------------------------------------------------------------------------- layouts

    private Node yaml(Map<Node, String> streamed) throws Unsupported, IOException {
        Mark start = mark(0);
        List<NodeTuple> tuples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean more = true;
        while (more) {
            Node key = plain();
            String name = key instanceof ScalarNode s ? s.getValue() : null;
            expect(':');
            if (pos == line.length()) { // a list: its elements follow, one per line
                Class<?> type = SnapshotFormat.LISTS.get(name);
                if (type == null) {
                    throw unsupported();
                }
                boolean first = seen.add(name);
                int index = 0;
                Mark listStart = null;
                while ((more = next()) && line.startsWith("  - {")) {
                    if (listStart == null) {
                        listStart = mark(2);
                    }
                    pos = 4;
                    Node item = value();
                    if (pos != line.length()) {
                        throw unsupported();
                    }
                    if (first) {
                        visitor.element(name, type, index, item);
                    }
                    index++;
                }
                if (listStart == null) {
                    throw unsupported();
                }
                Node placeholder = new SequenceNode(Tag.SEQ, true, new ArrayList<>(), listStart, listStart,
                        DumperOptions.FlowStyle.BLOCK);
                if (first) {
                    streamed.put(placeholder, name);
                }
                tuples.add(new NodeTuple(key, placeholder));
            } else {
                expect(' ');
                Node value = scalar();
                if (pos != line.length()) {
                    throw unsupported();
                }
                seen.add(name);
                tuples.add(new NodeTuple(key, value));
                more = next();
            }
        }
        return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    private Node json(Map<Node, String> streamed) throws Unsupported, IOException {
        Mark start = mark(0);
        List<NodeTuple> tuples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean comma = true;
        if (!next()) {
            throw unsupported();
        }
        while (!line.equals("}")) {
            if (!comma || !line.startsWith("  \"")) {
                throw unsupported();
            }
            pos = 2;
            Node key = doubleQuoted();
            String name = ((ScalarNode) key).getValue();
            expect(':');
            expect(' ');
            if (pos == line.length() - 1 && line.charAt(pos) == '[') {
                Class<?> type = SnapshotFormat.LISTS.get(name);
                if (type == null) {
                    throw unsupported();
                }
                boolean first = seen.add(name);
                Mark listStart = mark(pos);
                int index = 0;
                boolean itemComma = true;
                while (next() && line.startsWith("    {")) {
                    if (!itemComma) {
                        throw unsupported();
                    }
                    pos = 4;
                    Node item = value();
                    itemComma = pos < line.length() && line.charAt(pos) == ',';
                    if (pos + (itemComma ? 1 : 0) != line.length()) {
                        throw unsupported();
                    }
                    if (first) {
                        visitor.element(name, type, index, item);
                    }
                    index++;
                }
                if (line == null || index == 0 || itemComma || !(line.equals("  ]") || line.equals("  ],"))) {
                    throw unsupported();
                }
                comma = line.endsWith(",");
                Node placeholder = new SequenceNode(Tag.SEQ, true, new ArrayList<>(), listStart, listStart,
                        DumperOptions.FlowStyle.FLOW);
                if (first) {
                    streamed.put(placeholder, name);
                }
                tuples.add(new NodeTuple(key, placeholder));
            } else {
                Node value = scalar();
                comma = pos < line.length() && line.charAt(pos) == ',';
                if (pos + (comma ? 1 : 0) != line.length()) {
                    throw unsupported();
                }
                seen.add(name);
                tuples.add(new NodeTuple(key, value));
            }
            if (!next()) {
                throw unsupported();
            }
        }
        if (comma && !tuples.isEmpty()) {
            throw unsupported(); // a comma before the closing brace
        }
        return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.FLOW);
    }

    // ---------------------------------------------------------------------------------- flow content

    private void expect(char c) throws Unsupported {
        if (current() != c) {
            throw unsupported();
        }
        pos++;
    }

    /** @return whether {@code c} is at {@code pos}, stepping over it if so */
    private boolean accept(char c) {
        if (pos < line.length() && line.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** @return the character at {@code pos}; a line that ends where more is due is not the writer's layout */
    private char current() throws Unsupported {
        if (pos >= line.length()) {
            throw unsupported();
        }
        return line.charAt(pos);
    }

    /** A flow mapping, a flow sequence or a scalar, at {@code pos}. */
    private Node value() throws Unsupported {
        char c = current();
        if (c == '{') {
            Mark start = mark(pos);
            pos++;
            List<NodeTuple> tuples = new ArrayList<>();
            while (!accept('}')) {
                if (!tuples.isEmpty()) {
                    expect(',');
                    expect(' ');
                }
                Node key = scalar();
                expect(':');
                expect(' ');
                tuples.add(new NodeTuple(key, value()));
            }
            return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.FLOW);
        }
        if (c == '[') {
            Mark start = mark(pos);
            pos++;
            List<Node> items = new ArrayList<>();
            while (!accept(']')) {
                if (!items.isEmpty()) {
                    expect(',');
                    expect(' ');
                }
                items.add(value());
            }
            return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.FLOW);
        }
        return scalar();
    }

    private Node scalar() throws Unsupported {
        char c = current();
        if (c == '"') {
            return doubleQuoted();
        }
        if (c == '\'') {
            return singleQuoted();
        }
        return plain();
    }

    /** Whether a character may appear in a scalar here: printable, on one line, not a surrogate, tab or BOM. */
    private static boolean ordinary(char c) {
        return c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0xd800 && c != 0x2028 && c != 0x2029
                || c >= 0xe000 && c < 0xfffe && c != 0xfeff;
    }

    /** A plain scalar in flow context, of the safe kind: no leading indicator, single inner spaces, no comment. */
    private Node plain() throws Unsupported {
        int start = pos;
        int n = line.length();
        if (pos >= n) {
            throw unsupported(); // e.g. a blank line
        }
        char first = line.charAt(pos);
        if ("-?:,[]{}#&*!|>'\"%@` ".indexOf(first) >= 0
                && !(first == '-' && pos + 1 < n && line.charAt(pos + 1) >= '0' && line.charAt(pos + 1) <= '9')) {
            throw unsupported();
        }
        while (pos < n) {
            char c = line.charAt(pos);
            if (c == ',' || c == ']' || c == '}') {
                break;
            }
            if (c == ':') {
                char after = pos + 1 < n ? line.charAt(pos + 1) : ' ';
                if (after == ' ' || pos + 1 == n) {
                    break; // a key's end
                }
                if (after < '0' || after > '9') {
                    throw unsupported();
                }
            } else if (c == ' ') {
                char after = pos + 1 < n ? line.charAt(pos + 1) : ' ';
                if (after == ' ' || after == '#' || after == ',' || after == ']' || after == '}' || after == ':') {
                    throw unsupported();
                }
            } else if (!ordinary(c) || c == '"' || c == '`' || c == '[' || c == '{') {
                throw unsupported();
            }
            pos++;
        }
        if (pos == start) {
            throw unsupported();
        }
        String value = line.substring(start, pos);
        Tag tag = value.equals("~") || value.equals("null") || value.equals("Null") || value.equals("NULL") ? Tag.NULL : Tag.STR;
        Mark mark = mark(start);
        return new ScalarNode(tag, value, mark, mark, DumperOptions.ScalarStyle.PLAIN);
    }

    private Node singleQuoted() throws Unsupported {
        int start = pos;
        pos++;
        StringBuilder value = null;
        int from = pos;
        while (true) {
            char c = current();
            if (c == '\'') {
                if (pos + 1 < line.length() && line.charAt(pos + 1) == '\'') {
                    value = (value == null ? new StringBuilder() : value).append(line, from, pos + 1);
                    pos += 2;
                    from = pos;
                    continue;
                }
                break;
            }
            if (!ordinary(c)) {
                throw unsupported();
            }
            pos++;
        }
        return closeQuoted(start, value, from, DumperOptions.ScalarStyle.SINGLE_QUOTED);
    }

    private Node doubleQuoted() throws Unsupported {
        int start = pos;
        pos++;
        StringBuilder value = null;
        int from = pos;
        while (true) {
            char c = current();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                value = (value == null ? new StringBuilder() : value).append(line, from, pos);
                if (pos + 1 >= line.length()) {
                    throw unsupported();
                }
                char e = line.charAt(pos + 1);
                switch (e) {
                    case '"', '\\' -> value.append(e);
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        if (pos + 6 > line.length()) {
                            throw unsupported();
                        }
                        int code = 0;
                        for (int i = pos + 2; i < pos + 6; i++) {
                            int d = Character.digit(line.charAt(i), 16);
                            if (d < 0) {
                                throw unsupported();
                            }
                            code = code * 16 + d;
                        }
                        if (code >= 0xd800 && code < 0xe000) {
                            throw unsupported();
                        }
                        value.append((char) code);
                        pos += 4;
                    }
                    default -> throw unsupported();
                }
                pos += 2;
                from = pos;
                continue;
            }
            if (!ordinary(c)) {
                throw unsupported();
            }
            pos++;
        }
        return closeQuoted(start, value, from, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    /**
     * Ends a quoted scalar at its closing quote ({@code pos}): the text is what {@code value} collected (escapes)
     * plus the plain run since {@code from}.
     */
    private Node closeQuoted(int start, StringBuilder value, int from, DumperOptions.ScalarStyle style) {
        String text = value == null ? line.substring(from, pos) : value.append(line, from, pos).toString();
        pos++;
        Mark mark = mark(start);
        return new ScalarNode(Tag.STR, text, mark, mark, style);
    }
}
