package org.wangge.kernel.io.snapshot;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * A snapshot file as a parsed tree of {@link FileNode}s, before it becomes a {@link CitySnapshot}.
 * Scenario files use it to start from a snapshot (read from a file or embedded inline) and change
 * elements before checking it. Every node keeps the file, line and column it came from, so the problems
 * of {@link #toSnapshot()} point into the snapshot file or into the scenario file that patched it.
 *
 * <p>Instances are immutable: every change returns a new document. Elements are identified by their
 * {@code id} key ({@code code} for {@code divisions}, {@code gridId} for {@code gridIndicators}).
 */
public final class SnapshotDocument {

    private final FileNode.Mapping root;
    private final String sourceName;
    private final boolean requireFormat;

    private SnapshotDocument(FileNode.Mapping root, String sourceName, boolean requireFormat) {
        this.root = root;
        this.sourceName = sourceName;
        this.requireFormat = requireFormat;
    }

    /**
     * Parses a snapshot file (YAML or JSON, as {@link SnapshotFiles#compose} tells them apart). Only
     * the syntax is checked here; the content is checked by {@link #toSnapshot()}.
     *
     * @param reader     the text; not closed by this method
     * @param sourceName the file name problems name
     * @return the document
     * @throws SnapshotFileException on a syntax error, or when the file is empty or not a mapping
     */
    public static SnapshotDocument parse(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        return of(SnapshotFiles.compose(reader, sourceName), sourceName, true);
    }

    /**
     * Takes a snapshot embedded in another file (e.g. under a scenario's {@code snapshot:} key). The
     * {@code format} key may be left out there. Its nodes keep the positions they carry.
     *
     * @param node       the snapshot's mapping node
     * @param sourceName the name of the file that holds it
     * @return the document
     * @throws SnapshotFileException when the node is not a mapping
     */
    public static SnapshotDocument fromNode(FileNode node, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        return of(node, sourceName, false);
    }

    private static SnapshotDocument of(FileNode root, String sourceName, boolean requireFormat) {
        if (root instanceof FileNode.Mapping mapping) {
            return new SnapshotDocument(mapping, sourceName, requireFormat);
        }
        throw SnapshotReader.notAMapping(root, sourceName);
    }

    /** @return the name of the file the document was read from */
    public String sourceName() {
        return sourceName;
    }

    /** @return the document's root mapping, as parsed and changed so far */
    public FileNode.Mapping root() {
        return root;
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
    public SnapshotDocument patch(String listKey, String id, FileNode.Mapping fields) {
        Objects.requireNonNull(fields, "fields");
        List<FileNode> items = items(listKey, fields);
        int index = indexOf(items, listKey, id);
        if (index < 0) {
            throw missing(fields, listKey, id, "to patch");
        }
        items.set(index, merge((FileNode.Mapping) items.get(index), fields));
        return withList(listKey, items, fields);
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
    public SnapshotDocument replaceOrAdd(String listKey, FileNode.Mapping element) {
        Objects.requireNonNull(element, "element");
        List<FileNode> items = items(listKey, element);
        String identity = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
        String id = FileNode.text(element.get(identity));
        if (id == null) {
            throw new SnapshotFileException(List.of(SnapshotReader.problem(element, sourceName, listKey,
                    "an element to replace or add needs its " + identity)));
        }
        int index = indexOf(items, listKey, id.strip());
        if (index < 0) {
            items.add(element);
        } else {
            items.set(index, element);
        }
        return withList(listKey, items, element);
    }

    /**
     * Removes an element.
     *
     * @param listKey the list, e.g. {@code assignments}
     * @param id      the element's id ({@code code} for divisions)
     * @return the changed document
     * @throws SnapshotFileException when the list is unknown or has no element with that id (at the
     *                               list's position in the snapshot; use {@link #remove(String, FileNode.Scalar)}
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
    public SnapshotDocument remove(String listKey, FileNode.Scalar id) {
        Objects.requireNonNull(id, "id");
        return remove(listKey, id.text().strip(), id);
    }

    private SnapshotDocument remove(String listKey, String id, FileNode at) {
        FileNode where = at != null ? at : listNodeOr(listKey);
        List<FileNode> items = items(listKey, where);
        int index = indexOf(items, listKey, id);
        if (index < 0) {
            throw missing(where, listKey, id, "to remove");
        }
        items.remove(index);
        return withList(listKey, items, where);
    }

    /**
     * @param asOf the day the snapshot describes
     * @return the document with {@code asOf} set to that day
     */
    public SnapshotDocument withAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        FileNode old = root.get("asOf");
        FileNode at = old != null ? old : root;
        return new SnapshotDocument(root.with("asOf", new FileNode.Scalar(asOf.toString(), false, at.file(), at.line(),
                at.column())), sourceName, requireFormat);
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

    /** A mutable copy of the items of {@code listKey} (empty when absent); a problem at {@code at} for an unknown list. */
    private List<FileNode> items(String listKey, FileNode at) {
        Objects.requireNonNull(listKey, "listKey");
        if (!SnapshotFormat.LISTS.containsKey(listKey)) {
            throw new SnapshotFileException(List.of(SnapshotReader.problem(at, sourceName, listKey,
                    "unknown list; the lists are " + String.join(", ", SnapshotFormat.LISTS.keySet()))));
        }
        FileNode existing = root.get(listKey);
        if (existing instanceof FileNode.Sequence seq) {
            return new ArrayList<>(seq.items());
        }
        if (!FileNode.isNull(existing)) {
            throw new SnapshotFileException(List.of(SnapshotReader.problem(existing, sourceName, listKey,
                    "must be a list, not " + existing.what())));
        }
        return new ArrayList<>();
    }

    private SnapshotDocument withList(String listKey, List<FileNode> items, FileNode at) {
        FileNode existing = root.get(listKey);
        FileNode position = existing != null ? existing : at != null ? at : root;
        return new SnapshotDocument(root.with(listKey, new FileNode.Sequence(items, position.file(), position.line(),
                position.column())), sourceName, requireFormat);
    }

    private FileNode listNodeOr(String listKey) {
        FileNode list = listKey == null ? null : root.get(listKey);
        return list != null ? list : root;
    }

    private static int indexOf(List<FileNode> items, String listKey, String id) {
        String identity = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof FileNode.Mapping m) {
                String text = FileNode.text(m.get(identity));
                if (text != null && text.strip().equals(id)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private SnapshotFileException missing(FileNode at, String listKey, String id, String what) {
        String identity = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
        return new SnapshotFileException(List.of(SnapshotReader.problem(at, sourceName, listKey,
                "no element with " + identity + " " + id + " in " + listKey + " " + what
                        + " (the snapshot is " + sourceName + ")")));
    }

    /** Merges {@code fields} into {@code target}: nested mappings key by key, other values replaced. */
    private static FileNode.Mapping merge(FileNode.Mapping target, FileNode.Mapping fields) {
        List<FileNode.Entry> entries = new ArrayList<>(target.entries());
        for (FileNode.Entry change : fields.entries()) {
            int at = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (change.name().equals(entries.get(i).name())) {
                    at = i;
                }
            }
            if (at < 0) {
                entries.add(change);
            } else if (entries.get(at).value() instanceof FileNode.Mapping old
                    && change.value() instanceof FileNode.Mapping patch) {
                entries.set(at, new FileNode.Entry(entries.get(at).key(), merge(old, patch)));
            } else {
                entries.set(at, change);
            }
        }
        return new FileNode.Mapping(entries, target.file(), target.line(), target.column());
    }
}
