package org.wangge.kernel.io.snapshot;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A snapshot file as a parsed node tree, before it becomes a {@link CitySnapshot}. Scenario files use
 * it to start from a snapshot (read from a file or embedded inline) and change elements before
 * checking it. Every node keeps the file, line and column it came from, so the problems of
 * {@link #toSnapshot()} point into the snapshot file or into the scenario file that patched it.
 *
 * <p>Instances are immutable: every change returns a new document. Elements are identified by their
 * {@code id} key ({@code code} for {@code divisions}, {@code gridId} for {@code gridIndicators}).
 */
public final class SnapshotDocument {

    private final MappingNode root;
    private final String sourceName;
    private final boolean requireFormat;

    private SnapshotDocument(MappingNode root, String sourceName, boolean requireFormat) {
        this.root = root;
        this.sourceName = sourceName;
        this.requireFormat = requireFormat;
    }

    /**
     * Parses a snapshot file (YAML, or JSON read as YAML). Only the syntax is checked here; the
     * content is checked by {@link #toSnapshot()}.
     *
     * @param reader     the text; not closed by this method
     * @param sourceName the file name problems name
     * @return the document
     * @throws SnapshotFileException on a syntax error, or when the file is empty or not a mapping
     */
    public static SnapshotDocument parse(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        return of(Nodes.compose(reader, sourceName), sourceName, true);
    }

    /**
     * Takes a snapshot embedded in another file (e.g. under a scenario's {@code snapshot:} key). The
     * {@code format} key may be left out there. The node is copied; marks without a file name get
     * {@code sourceName}.
     *
     * @param node       the snapshot's mapping node
     * @param sourceName the name of the file that holds it
     * @return the document
     * @throws SnapshotFileException when the node is not a mapping
     */
    public static SnapshotDocument fromNode(Node node, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        return of(node == null ? null : Nodes.copy(node, sourceName, false), sourceName, false);
    }

    private static SnapshotDocument of(Node root, String sourceName, boolean requireFormat) {
        if (root instanceof MappingNode mapping) {
            return new SnapshotDocument(mapping, sourceName, requireFormat);
        }
        throw SnapshotReader.notAMapping(root, sourceName);
    }

    /** @return the name of the file the document was read from */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Merges fields into one element: each key of {@code fields} replaces the element's key (a nested
     * mapping is merged key by key, a list is replaced; {@code null} clears the field).
     *
     * @param listKey the list, e.g. {@code grids}
     * @param id      the element's id ({@code code} for divisions)
     * @param fields  the fields to set, as written in the scenario file
     * @return the changed document
     * @throws SnapshotFileException naming the position of {@code fields} when the list is unknown or
     *                               has no element with that id
     */
    public SnapshotDocument patch(String listKey, String id, MappingNode fields) {
        Objects.requireNonNull(fields, "fields");
        MappingNode copy = (MappingNode) Nodes.copy(fields, sourceName, false);
        MappingNode newRoot = copyRoot();
        SequenceNode list = list(newRoot, listKey, fields);
        int index = indexOf(list, listKey, id);
        if (index < 0) {
            throw missing(fields, listKey, id, "to patch");
        }
        MappingNode element = (MappingNode) list.getValue().get(index);
        list.getValue().set(index, merge(element, copy));
        return new SnapshotDocument(newRoot, sourceName, requireFormat);
    }

    /**
     * Replaces the element with the same id as {@code element}, or adds it at the end of the list.
     *
     * @param listKey the list, e.g. {@code assignments}
     * @param element the whole element, with its id ({@code code} for divisions)
     * @return the changed document
     * @throws SnapshotFileException naming the position of {@code element} when the list is unknown
     *                               or the element has no id
     */
    public SnapshotDocument replaceOrAdd(String listKey, MappingNode element) {
        Objects.requireNonNull(element, "element");
        MappingNode copy = (MappingNode) Nodes.copy(element, sourceName, false);
        MappingNode newRoot = copyRoot();
        SequenceNode list = list(newRoot, listKey, element);
        String identity = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
        String id = Nodes.text(Nodes.get(copy, identity));
        if (id == null || Nodes.isNull(Nodes.get(copy, identity))) {
            throw new SnapshotFileException(List.of(Nodes.problem(element, sourceName, listKey,
                    "an element to replace or add needs its " + identity)));
        }
        int index = indexOf(list, listKey, id.strip());
        if (index < 0) {
            list.getValue().add(copy);
        } else {
            list.getValue().set(index, copy);
        }
        return new SnapshotDocument(newRoot, sourceName, requireFormat);
    }

    /**
     * Removes an element.
     *
     * @param listKey the list, e.g. {@code assignments}
     * @param id      the element's id ({@code code} for divisions)
     * @return the changed document
     * @throws SnapshotFileException when the list is unknown or has no element with that id (at the
     *                               list's position in the snapshot; use {@link #remove(String, ScalarNode)}
     *                               to name a position in the scenario file)
     */
    public SnapshotDocument remove(String listKey, String id) {
        Objects.requireNonNull(id, "id");
        return remove(listKey, id, null);
    }

    /**
     * Removes an element named by a node of a scenario file, so that a missing id is reported at it.
     *
     * @param listKey the list, e.g. {@code assignments}
     * @param id      the scalar holding the element's id ({@code code} for divisions)
     * @return the changed document
     * @throws SnapshotFileException naming the position of {@code id} when the list is unknown or has
     *                               no element with that id
     */
    public SnapshotDocument remove(String listKey, ScalarNode id) {
        Objects.requireNonNull(id, "id");
        return remove(listKey, id.getValue().strip(), id);
    }

    private SnapshotDocument remove(String listKey, String id, Node at) {
        MappingNode newRoot = copyRoot();
        Node where = at != null ? at : listNodeOr(root, listKey);
        SequenceNode list = list(newRoot, listKey, where);
        int index = indexOf(list, listKey, id);
        if (index < 0) {
            throw missing(where, listKey, id, "to remove");
        }
        list.getValue().remove(index);
        return new SnapshotDocument(newRoot, sourceName, requireFormat);
    }

    /**
     * @param asOf the day the snapshot describes
     * @return the document with {@code asOf} set to that day
     */
    public SnapshotDocument withAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        MappingNode newRoot = copyRoot();
        Node old = Nodes.get(newRoot, "asOf");
        ScalarNode value = new ScalarNode(Tag.STR, asOf.toString(), old != null ? old.getStartMark() : newRoot.getStartMark(),
                old != null ? old.getEndMark() : newRoot.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
        set(newRoot, "asOf", value);
        return new SnapshotDocument(newRoot, sourceName, requireFormat);
    }

    /**
     * Builds the snapshot, checking everything: types, enum constants, dates, the model's own
     * validation, duplicate ids and references.
     *
     * @return the snapshot
     * @throws SnapshotFileException listing every problem found, each with its file, line and column
     */
    public CitySnapshot toSnapshot() {
        return SnapshotReader.read(root, sourceName, requireFormat);
    }

    // ------------------------------------------------------------------------------------------

    private MappingNode copyRoot() {
        return (MappingNode) Nodes.copy(root, sourceName, false);
    }

    /** The list of {@code listKey} in {@code mapping}, created empty when absent. */
    private SequenceNode list(MappingNode mapping, String listKey, Node at) {
        Objects.requireNonNull(listKey, "listKey");
        if (!SnapshotFormat.LISTS.containsKey(listKey)) {
            throw new SnapshotFileException(List.of(Nodes.problem(at, sourceName, listKey,
                    "unknown list; the lists are " + String.join(", ", SnapshotFormat.LISTS.keySet()))));
        }
        Node existing = Nodes.get(mapping, listKey);
        if (existing instanceof SequenceNode seq) {
            return seq;
        }
        if (existing != null && !Nodes.isNull(existing)) {
            throw new SnapshotFileException(List.of(Nodes.problem(existing, sourceName, listKey,
                    "must be a list, not " + Nodes.what(existing))));
        }
        SequenceNode created = new SequenceNode(Tag.SEQ, true, new ArrayList<>(), at == null ? mapping.getStartMark() : at.getStartMark(),
                at == null ? mapping.getEndMark() : at.getEndMark(), DumperOptions.FlowStyle.BLOCK);
        set(mapping, listKey, created);
        return created;
    }

    private static Node listNodeOr(MappingNode mapping, String listKey) {
        Node list = listKey == null ? null : Nodes.get(mapping, listKey);
        return list != null ? list : mapping;
    }

    private static int indexOf(SequenceNode list, String listKey, String id) {
        String identity = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
        List<Node> items = list.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MappingNode m) {
                String text = Nodes.text(Nodes.get(m, identity));
                if (text != null && text.strip().equals(id)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private SnapshotFileException missing(Node at, String listKey, String id, String what) {
        String identity = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
        return new SnapshotFileException(List.of(Nodes.problem(at, sourceName, listKey,
                "no element with " + identity + " " + id + " in " + listKey + " " + what
                        + " (the snapshot is " + sourceName + ")")));
    }

    /** Merges {@code fields} into a copy of {@code target}: nested mappings key by key, other values replaced. */
    private static MappingNode merge(MappingNode target, MappingNode fields) {
        List<NodeTuple> tuples = new ArrayList<>(target.getValue());
        for (NodeTuple change : fields.getValue()) {
            String key = Nodes.text(change.getKeyNode());
            int at = -1;
            for (int i = 0; key != null && i < tuples.size(); i++) {
                if (key.equals(Nodes.text(tuples.get(i).getKeyNode()))) {
                    at = i;
                }
            }
            if (at < 0) {
                tuples.add(change);
            } else if (tuples.get(at).getValueNode() instanceof MappingNode old
                    && change.getValueNode() instanceof MappingNode patch) {
                tuples.set(at, new NodeTuple(tuples.get(at).getKeyNode(), merge(old, patch)));
            } else {
                tuples.set(at, new NodeTuple(change.getKeyNode(), change.getValueNode()));
            }
        }
        return new MappingNode(target.getTag(), true, tuples, target.getStartMark(), target.getEndMark(), target.getFlowStyle());
    }

    private static void set(MappingNode mapping, String key, Node value) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (key.equals(Nodes.text(tuples.get(i).getKeyNode()))) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                return;
            }
        }
        tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, value.getStartMark(), value.getEndMark(),
                DumperOptions.ScalarStyle.PLAIN), value));
    }
}
