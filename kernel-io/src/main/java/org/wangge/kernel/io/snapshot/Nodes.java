package org.wangge.kernel.io.snapshot;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Helpers on SnakeYAML node trees: composing with named marks, copying, positions. */
final class Nodes {

    /** Deeper nesting than this is refused (guards against recursive aliases). */
    private static final int MAX_DEPTH = 64;

    private Nodes() {
    }

    /**
     * Composes one YAML (or JSON) document into a node tree whose marks carry {@code sourceName}.
     *
     * @return the root node, or null for an empty document
     * @throws SnapshotFileException on a syntax error, at its position
     */
    static Node compose(Reader reader, String sourceName) {
        LoaderOptions options = loaderOptions();
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(reader), options), new Resolver(), options);
            Node root = composer.getSingleNode();
            return root == null ? null : copy(root, sourceName, true);
        } catch (YAMLException e) {
            throw syntaxError(e, sourceName);
        }
    }

    /** @return the options both readers use: duplicate keys allowed (reported by the reader), no size limit */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by the reader, with positions
        // A city snapshot is large (a scale-M city is over a GB of YAML); SnakeYAML's default limit of 3 MB is a guard
        // against untrusted input, and snapshot files are the host's own data.
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /** @return the problem of a YAML syntax error (or another parser failure), at its position; never the offending text */
    static SnapshotFileException syntaxError(YAMLException e, String sourceName) {
        if (e instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            String what = (m.getContext() == null ? "" : m.getContext() + ": ") + (m.getProblem() == null ? "" : m.getProblem());
            return new SnapshotFileException(List.of(new FileProblem(sourceName, mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, "", "not valid YAML or JSON: " + what.strip())));
        }
        return new SnapshotFileException(List.of(new FileProblem(sourceName, 1, 1, "",
                "not valid YAML or JSON: " + e.getClass().getSimpleName())));
    }

    /** Whether a mark's name is one of SnakeYAML's generic names rather than a file name. */
    static boolean genericName(Mark mark) {
        return mark == null || mark.getName() == null || mark.getName().equals("'reader'")
                || mark.getName().equals("'string'") || mark.getName().isEmpty();
    }

    /**
     * Deep-copies a node tree, giving marks with a generic name (or every mark, when {@code always})
     * the name {@code sourceName}.
     */
    static Node copy(Node node, String sourceName, boolean always) {
        return copy(node, sourceName, always, 0);
    }

    private static Node copy(Node node, String sourceName, boolean always, int depth) {
        if (depth > MAX_DEPTH) {
            throw new SnapshotFileException(List.of(problem(node, sourceName, "", "nested deeper than " + MAX_DEPTH
                    + " levels (a recursive alias?)")));
        }
        Mark start = rename(node.getStartMark(), sourceName, always);
        Mark end = rename(node.getEndMark(), sourceName, always);
        if (node instanceof ScalarNode s) {
            return new ScalarNode(s.getTag(), s.getValue(), start, end, s.getScalarStyle());
        }
        if (node instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(copy(item, sourceName, always, depth + 1));
            }
            return new SequenceNode(s.getTag(), true, items, start, end, s.getFlowStyle());
        }
        MappingNode m = (MappingNode) node;
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            tuples.add(new NodeTuple(copy(t.getKeyNode(), sourceName, always, depth + 1),
                    copy(t.getValueNode(), sourceName, always, depth + 1)));
        }
        return new MappingNode(m.getTag(), true, tuples, start, end, m.getFlowStyle());
    }

    private static Mark rename(Mark mark, String sourceName, boolean always) {
        if (mark == null) {
            return null;
        }
        if (!always && !genericName(mark)) {
            return mark;
        }
        return new Mark(sourceName, mark.getIndex(), mark.getLine(), mark.getColumn(), mark.getBuffer(), mark.getPointer());
    }

    /** @return whether the node is an explicit or implicit YAML null ({@code null}, {@code ~}, empty) */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** @return the text of a scalar node, or null for another node */
    static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** @return what a node is, in words: "a mapping", "a list", "a value" */
    static String what(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single value";
    }

    /** @return the value node of {@code key} in a mapping, or null */
    static Node get(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (key.equals(text(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** @return a problem at the start of {@code node} (line and column 1-based) */
    static FileProblem problem(Node node, String fallbackFile, String field, String message) {
        Mark mark = node == null ? null : node.getStartMark();
        String file = genericName(mark) ? fallbackFile : mark.getName();
        return new FileProblem(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                field, message);
    }
}
