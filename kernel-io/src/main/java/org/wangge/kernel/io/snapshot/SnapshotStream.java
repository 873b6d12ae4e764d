package org.wangge.kernel.io.snapshot;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a snapshot file from SnakeYAML's event stream without composing the whole document: the
 * elements of the top-level lists are composed one at a time, each into a small node tree that is
 * handed to a visitor and then dropped. Everything else (the top-level scalars, unknown keys, a list
 * given twice or with an anchor) is composed as usual; a streamed list is left in the root mapping as
 * an empty sequence node, at the list's position, so that the root can be checked like any other.
 *
 * <p>Nodes keep SnakeYAML's marks (named {@code 'reader'}): problems at them take the reader's source name.
 */
final class SnapshotStream {

    /** Receives each element of a streamed top-level list, in file order. */
    interface ElementVisitor {
        /**
         * @param listKey the top-level list, e.g. {@code grids}
         * @param type    the list's element record type
         * @param index   the element's index in the list
         * @param item    the element's node (any node: checking it is the visitor's business)
         */
        void element(String listKey, Class<?> type, int index, Node item);
    }

    /**
     * @param node     the root node (null for an empty file); a mapping whose streamed lists are empty placeholders
     * @param streamed the placeholders, each with its list key
     */
    record Root(Node node, Map<Node, String> streamed) {
    }

    private final Parser parser;
    private final LoaderOptions options;
    private final Map<String, Node> anchors = new HashMap<>();
    private int collectionAliases;
    private int depth;

    SnapshotStream(Reader reader) {
        this.options = Nodes.loaderOptions();
        this.parser = new ParserImpl(new StreamReader(reader), options);
    }

    /**
     * Reads the single document of the stream.
     *
     * @param visitor receives the elements of the streamed lists
     * @return the root
     * @throws YAMLException on a syntax error (a {@link MarkedYAMLException} with its position)
     */
    Root read(ElementVisitor visitor) {
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return new Root(null, Map.of());
        }
        Event document = parser.getEvent();
        Map<Node, String> streamed = new IdentityHashMap<>();
        Node root;
        if (parser.peekEvent() instanceof MappingStartEvent start && start.getAnchor() == null) {
            parser.getEvent();
            root = streamRoot(start, visitor, streamed);
        } else {
            root = compose();
        }
        parser.getEvent(); // document end
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            throw new Problem("expected a single document in the stream", document.getStartMark(),
                    "but found another document", parser.getEvent().getStartMark());
        }
        parser.getEvent();
        return new Root(root, streamed);
    }

    private Node streamRoot(MappingStartEvent start, ElementVisitor visitor, Map<Node, String> streamed) {
        List<NodeTuple> tuples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Node key = compose();
            String name = key instanceof ScalarNode s ? s.getValue() : null;
            boolean first = name != null && seen.add(name);
            Class<?> type = name == null ? null : SnapshotFormat.LISTS.get(name);
            if (type != null && parser.peekEvent() instanceof SequenceStartEvent list && list.getAnchor() == null) {
                parser.getEvent();
                depth++;
                int index = 0;
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    Node item = compose();
                    if (first) { // a list given twice is reported at its key; its elements are not read
                        visitor.element(name, type, index, item);
                    }
                    index++;
                }
                depth--;
                Event end = parser.getEvent();
                Node placeholder = new SequenceNode(Tag.SEQ, true, new ArrayList<>(), list.getStartMark(), end.getEndMark(),
                        list.getFlowStyle());
                if (first) {
                    streamed.put(placeholder, name);
                }
                tuples.add(new NodeTuple(key, placeholder));
            } else {
                tuples.add(new NodeTuple(key, compose()));
            }
        }
        Event end = parser.getEvent();
        return new MappingNode(Tag.MAP, true, tuples, start.getStartMark(), end.getEndMark(), start.getFlowStyle());
    }

    /** Composes the node starting at the next event, as SnakeYAML's composer does (without merge keys). */
    private Node compose() {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent alias) {
            Node node = anchors.get(alias.getAnchor());
            if (node == null) {
                throw new Problem(null, null, "found undefined alias " + alias.getAnchor(), event.getStartMark());
            }
            if (!(node instanceof ScalarNode) && ++collectionAliases > options.getMaxAliasesForCollections()) {
                throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max="
                        + options.getMaxAliasesForCollections());
            }
            return node;
        }
        Node node;
        if (event instanceof ScalarEvent scalar) {
            node = new ScalarNode(scalarTag(scalar), scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
                    scalar.getScalarStyle());
        } else if (event instanceof SequenceStartEvent start) {
            deeper();
            List<Node> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(compose());
            }
            depth--;
            node = new SequenceNode(tag(start.getTag(), Tag.SEQ), true, items, start.getStartMark(),
                    parser.getEvent().getEndMark(), start.getFlowStyle());
        } else if (event instanceof MappingStartEvent start) {
            deeper();
            List<NodeTuple> tuples = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Node key = compose();
                tuples.add(new NodeTuple(key, compose()));
            }
            depth--;
            node = new MappingNode(tag(start.getTag(), Tag.MAP), true, tuples, start.getStartMark(),
                    parser.getEvent().getEndMark(), start.getFlowStyle());
        } else {
            throw new Problem(null, null, "unexpected " + event.getEventId(), event.getStartMark());
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, node); // after its content: an alias inside its own anchor is undefined
        }
        return node;
    }

    private void deeper() {
        if (++depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
    }

    private static Tag tag(String explicit, Tag implicit) {
        return explicit == null || explicit.equals("!") ? implicit : new Tag(explicit);
    }

    /**
     * The tag of a scalar: the explicit one, else {@link Tag#NULL} for a plain null ({@code ~}, {@code null},
     * nothing), else {@link Tag#STR}. The readers only tell nulls from text; numbers, booleans and dates are
     * parsed from the text by the field's type, so the resolver's other tags are not needed.
     */
    private static Tag scalarTag(ScalarEvent scalar) {
        if (scalar.getTag() != null && !scalar.getTag().equals("!")) {
            return new Tag(scalar.getTag());
        }
        if (scalar.getImplicit().canOmitTagInPlainScalar()) {
            String v = scalar.getValue();
            if (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) {
                return Tag.NULL;
            }
        }
        return Tag.STR;
    }

    /** A composing error with its position, reported like SnakeYAML's own. */
    private static final class Problem extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        Problem(String context, Mark contextMark, String problem, Mark problemMark) {
            super(context, contextMark, problem, problemMark);
        }
    }
}
