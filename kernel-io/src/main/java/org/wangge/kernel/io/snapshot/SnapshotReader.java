package org.wangge.kernel.io.snapshot;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.snapshot.ReferenceProblem;

/**
 * Binds a node tree to a {@link CitySnapshot}, generically over record components, collecting every
 * problem with its position instead of stopping at the first.
 */
final class SnapshotReader {

    /** Marks a value that could not be read (its problem is already recorded). */
    private static final Object INVALID = new Object();

    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final int MAX_SHOWN = 40;

    private final String sourceName;
    private final boolean requireFormat;
    private final List<FileProblem> problems = new ArrayList<>();
    /** The identity values (id or code) of elements that could not be built. */
    private final Set<String> failedIds = new HashSet<>();
    /** The built elements of the top-level lists read while streaming, by list key. */
    private final Map<String, List<Object>> streamedLists = new HashMap<>();
    /** The placeholders of the streamed lists in the root mapping, with their list key. */
    private Map<FileNode, String> streamed = Map.of();
    /** Finds elements again by id, to report reference problems at them. */
    private ElementFinder finder;
    /**
     * Equal texts, dates and date-times read from the file share one object (as the generator's do): a
     * city's five million access records name a few thousand workers, grids and hours, and unshared they
     * more than double the heap a read snapshot takes. Bounded; a record's own {@code id} is never shared.
     */
    private final Map<Object, Object> shared = new HashMap<>();
    /**
     * Dates and date-times shared by their text, not by their value: {@code LocalDateTime.hashCode} of
     * whole-minute times collides so much that a map keyed by the values spent most of a read in
     * {@code LocalTime.equals} (JFR, see docs/performance.md); texts hash well, and a text found here
     * need not be parsed or range-checked again.
     */
    private final Map<String, LocalDate> sharedDates = new HashMap<>();
    private final Map<String, LocalDateTime> sharedDateTimes = new HashMap<>();
    private static final int MAX_SHARED = 1 << 20;

    private SnapshotReader(String sourceName, boolean requireFormat) {
        this.sourceName = sourceName;
        this.requireFormat = requireFormat;
    }

    /** Finds the elements of top-level lists by their identity value, to report problems at them. */
    interface ElementFinder {
        /**
         * @param ids per list key, the identity values (stripped) wanted
         * @return per list key, every element of the list whose identity is wanted, in file order,
         *         with its index in the list
         */
        Map<String, List<Indexed>> find(Map<String, Set<String>> ids);
    }

    /** An element of a top-level list with its index there. */
    record Indexed(int index, FileNode node) {
    }

    /** @return the identity value of an element node (stripped), or null */
    static String identity(FileNode item, String identityKey) {
        if (item instanceof FileNode.Mapping m) {
            String text = FileNode.text(m.get(identityKey));
            return text == null ? null : text.strip();
        }
        return null;
    }

    /** @return a finder over the lists of a root mapping held in memory */
    private static ElementFinder inMemory(FileNode.Mapping root) {
        return ids -> {
            Map<String, List<Indexed>> found = new HashMap<>();
            for (var e : ids.entrySet()) {
                List<Indexed> matches = found.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (root.get(e.getKey()) instanceof FileNode.Sequence seq) {
                    String identityKey = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(e.getKey()));
                    for (int i = 0; i < seq.items().size(); i++) {
                        String id = identity(seq.items().get(i), identityKey);
                        if (id != null && e.getValue().contains(id)) {
                            matches.add(new Indexed(i, seq.items().get(i)));
                        }
                    }
                }
            }
            return found;
        };
    }

    /**
     * @param root          the document's root node (null for an empty document)
     * @param sourceName    the file name for problems at nodes without a named mark
     * @param requireFormat whether the {@code format} key is required (files) or optional (embedded snapshots)
     * @return the snapshot
     * @throws SnapshotFileException listing every problem found
     */
    static CitySnapshot read(FileNode root, String sourceName, boolean requireFormat) {
        SnapshotReader reader = new SnapshotReader(sourceName, requireFormat);
        reader.finder = root instanceof FileNode.Mapping m ? inMemory(m) : ids -> Map.of();
        return reader.run(root);
    }

    /** @return the problem of a document that is empty or not a mapping */
    static SnapshotFileException notAMapping(FileNode root, String sourceName) {
        String what = root == null || FileNode.isNull(root) ? "empty" : root.what();
        return new SnapshotFileException(List.of(problem(root, sourceName, "",
                "a snapshot must be a mapping of keys (format, jurisdiction, asOf, lists), not " + what)));
    }

    /** Opens the text again, for the second pass that locates reference problems. */
    interface Reopen {
        /** @return the same text from its start */
        FileInput open() throws java.io.IOException;
    }

    /**
     * Reads a snapshot file from its text without holding the whole document: each element of a
     * top-level list is parsed, bound and dropped in turn. When the snapshot has reference problems, the
     * text is read once more to find the elements concerned.
     *
     * @param text       the text; not closed
     * @param sourceName the file name problems give
     * @param json       whether the text is JSON (else YAML)
     * @param again      opens the whole text again, to locate reference problems (called after the text was read)
     * @return the snapshot
     * @throws SnapshotFileException listing every problem found
     */
    static CitySnapshot stream(FileInput text, String sourceName, boolean json, Reopen again) {
        return stream(fast -> FileSyntax.stream(text, sourceName, json, fast), sourceName, json, again);
    }

    /**
     * Reads a JSON snapshot file from its bytes as {@link #stream(FileInput, String, boolean, Reopen)} does, but
     * faster, and with positions in bytes: the caller reads the text again through {@link #stream(FileInput,
     * String, boolean, Reopen)} when this throws, to report every problem at its line and column in characters.
     *
     * @param bytes      the bytes; not closed
     * @param sourceName the file name problems give
     * @param again      opens the whole text again as characters (for the elements this binder leaves to the node binder)
     * @return the snapshot
     * @throws SnapshotFileException on any problem of the file (positions then count bytes: read it again)
     */
    static CitySnapshot stream(Utf8Bytes bytes, String sourceName, Reopen again) {
        return stream(fast -> FileSyntax.stream(bytes, sourceName, fast), sourceName, true, again);
    }

    /**
     * Reads a large JSON snapshot file from its bytes as {@link #stream(Utf8Bytes, String, Reopen)} does, with the
     * second part of its largest list read by a second thread (see {@link SplitRead}).
     *
     * @throws SplitRead.Mismatch when the file is not laid out as the split expects, or the second part has a problem:
     *                            read it in one thread then
     * @throws SnapshotFileException on a problem of the file (positions in bytes: read it again as characters)
     */
    static CitySnapshot stream(SplitRead split, String sourceName, Reopen again) {
        SnapshotReader partReader = new SnapshotReader(sourceName, true);
        Map<String, List<Object>> partLists = new HashMap<>();
        int[] partMark = new int[1];
        FastBinder part = new FastBinder(partLists, partReader::bindScalar, () -> partMark[0] = partReader.problems.size(),
                () -> partReader.problems.subList(partMark[0], partReader.problems.size()).clear());
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            SplitRead.Cut cut = split.findCut(); // while the calling thread reads the first half
            if (cut != null) {
                try (Utf8Bytes in = new Utf8Bytes(split.part())) {
                    FileSyntax.streamList(in, sourceName, cut.listKey(), cut.type(), part);
                }
            }
            return null;
        });
        Thread thread = new Thread(task, "wangge-snapshot-read");
        thread.setDaemon(true);
        thread.start();
        boolean[] joined = new boolean[1];
        try {
            return stream(fast -> {
                fast.onListEnd = (listKey, count, syntax) -> {
                    long at = syntax.parser.currentTokenLocation().getByteOffset();
                    if (at < split.half) {
                        return; // a list before the middle: the cut is after it
                    }
                    SplitRead.Cut cut = split.cut(); // known: the reader has read past the middle
                    if (cut == null || !listKey.equals(cut.listKey())) {
                        return;
                    }
                    if (at != split.closingInRest()) {
                        throw new SplitRead.Mismatch("the list " + listKey + " does not end where the cut was made", null);
                    }
                    join(task);
                    joined[0] = true;
                    if (!partReader.problems.isEmpty()) { // only failed elements have problems, and those were forgotten
                        throw new SplitRead.Mismatch("problems left in the second part", null);
                    }
                    fast.append(listKey, count, partLists.getOrDefault(listKey, List.of()), part.failed.get(listKey));
                };
                FileSyntax.Root root;
                try (Utf8Bytes in = new Utf8Bytes(split.rest())) {
                    root = FileSyntax.stream(in, sourceName, fast);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                SplitRead.Cut cut = split.cut();
                if (cut != null && !joined[0]) {
                    throw new SplitRead.Mismatch("the cut list " + cut.listKey() + " was not met", null);
                }
                return root;
            }, sourceName, true, again);
        } finally {
            if (!joined[0]) {
                task.cancel(true);
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void join(java.util.concurrent.FutureTask<Void> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SplitRead.Mismatch("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new SplitRead.Mismatch("the second part could not be read", e.getCause());
        }
    }

    private static CitySnapshot stream(java.util.function.Function<FastBinder, FileSyntax.Root> parse, String sourceName,
            boolean json, Reopen again) {
        SnapshotReader reader = new SnapshotReader(sourceName, true);
        int[] mark = new int[1];
        FastBinder fast = new FastBinder(reader.streamedLists, reader::bindScalar, () -> mark[0] = reader.problems.size(),
                () -> reader.problems.subList(mark[0], reader.problems.size()).clear());
        FileSyntax.Root root = parse.apply(fast);
        if (!fast.failed.isEmpty() && root.node() instanceof FileNode.Mapping) {
            reader.rebindFailed(fast.failed, sourceName, json, again);
        }
        return reader.finish(root, sourceName, json, again);
    }

    /**
     * A binder of single elements, one node at a time (the record files of {@link SnapshotRecords}): equal values share
     * one object across the elements it binds, as in a file read whole. Not thread-safe.
     *
     * @param sourceName the file name for problems at nodes without a mark
     * @return the binder
     */
    static SnapshotReader forElements(String sourceName) {
        return new SnapshotReader(sourceName, false);
    }

    /**
     * Binds one element of a top-level list.
     *
     * @param node        the element's node
     * @param elementType its record type
     * @param field       the name its problems give as their field, e.g. {@code cases}
     * @return the element
     * @throws SnapshotFileException with every problem of the element
     */
    Object bindOne(FileNode node, Class<?> elementType, String field) {
        problems.clear();
        if (node == null || FileNode.isNull(node)) {
            problem(node, field, "a record must be a mapping of the fields of " + elementType.getSimpleName() + ", not empty");
            throw failure();
        }
        Object value = bindRecord(node, elementType, field, false);
        if (value == INVALID || !problems.isEmpty()) {
            throw failure();
        }
        return value;
    }

    /** @return whether a value is the mark of one that could not be read */
    static boolean isInvalid(Object value) {
        return value == INVALID;
    }

    /**
     * The elements {@link FastBinder} could not bind, read once more from the text as nodes and bound here,
     * which reports every problem of them at its position (or builds them, when a form only this binder reads
     * was the reason); each takes its place in its list.
     */
    private void rebindFailed(Map<String, Set<Integer>> failed, String sourceName, boolean json, Reopen again) {
        Map<String, Map<Integer, Object>> built = new HashMap<>();
        try (FileInput second = again.open()) {
            FileSyntax.read(second, sourceName, json, (listKey, type, index, item) -> {
                Set<Integer> wanted = failed.get(listKey);
                if (wanted != null && wanted.contains(index)) {
                    List<Object> one = new ArrayList<>(1);
                    bindElement(item, type, listKey, index, one);
                    if (!one.isEmpty()) {
                        built.computeIfAbsent(listKey, k -> new HashMap<>()).put(index, one.get(0));
                    }
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + sourceName + " again to report its problems", e);
        }
        for (String listKey : failed.keySet()) {
            List<Object> list = streamedLists.get(listKey);
            Map<Integer, Object> values = built.getOrDefault(listKey, Map.of());
            List<Object> kept = new ArrayList<>(list.size());
            for (Object o : list) {
                if (o instanceof FastBinder.Failed f) {
                    Object value = values.get(f.index());
                    if (value != null) {
                        kept.add(value);
                    }
                } else {
                    kept.add(o);
                }
            }
            streamedLists.put(listKey, kept);
        }
    }

    private CitySnapshot finish(FileSyntax.Root root, String sourceName, boolean json, Reopen again) {
        if (!(root.node() instanceof FileNode.Mapping)) {
            throw notAMapping(root.node(), sourceName);
        }
        streamed = root.streamed();
        finder = ids -> {
            Map<String, List<Indexed>> found = new HashMap<>();
            try (FileInput second = again.open()) {
                FileSyntax.read(second, sourceName, json, (listKey, type, index, item) -> {
                    Set<String> wanted = ids.get(listKey);
                    if (wanted != null) {
                        String id = identity(item, SnapshotFormat.identityKey(type));
                        if (id != null && wanted.contains(id)) {
                            found.computeIfAbsent(listKey, k -> new ArrayList<>()).add(new Indexed(index, item));
                        }
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + sourceName + " again to locate its reference problems", e);
            }
            return found;
        };
        return run(root.node());
    }

    private CitySnapshot run(FileNode root) {
        if (root == null || FileNode.isNull(root)) {
            problem(root, "", "the file is empty: a snapshot starts with format: " + SnapshotFormat.FORMAT);
            throw failure();
        }
        if (!(root instanceof FileNode.Mapping mapping)) {
            problem(root, "", "a snapshot must be a mapping of keys (format, jurisdiction, asOf, lists), not "
                    + root.what());
            throw failure();
        }
        checkFormat(mapping);
        Object snapshot = bindRecord(mapping, CitySnapshot.class, "", true);
        if (snapshot instanceof CitySnapshot s) {
            checkReferences(s);
        }
        if (!problems.isEmpty()) {
            throw failure();
        }
        return (CitySnapshot) snapshot;
    }

    private SnapshotFileException failure() {
        List<FileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line)
                .thenComparingInt(FileProblem::column));
        return new SnapshotFileException(sorted);
    }

    private void checkFormat(FileNode.Mapping root) {
        FileNode format = root.get(SnapshotFormat.FORMAT_KEY);
        if (format == null) {
            if (requireFormat) {
                problem(root, SnapshotFormat.FORMAT_KEY, "is required: start the file with format: " + SnapshotFormat.FORMAT);
            }
        } else if (!SnapshotFormat.FORMAT.equals(FileNode.text(format))) {
            problem(format, SnapshotFormat.FORMAT_KEY, shown(format) + " is not a supported format; this reader reads "
                    + SnapshotFormat.FORMAT);
        }
    }

    // ---------------------------------------------------------------------------------- records

    private Object bindRecord(FileNode node, Class<?> type, String path, boolean top) {
        if (!(node instanceof FileNode.Mapping mapping)) {
            problem(node, path, "must be a mapping of the fields of " + type.getSimpleName() + ", not " + node.what());
            return INVALID;
        }
        Shape shape = Shape.of(type);
        RecordComponent[] components = shape.components;
        Set<String> known = shape.known;
        Map<String, FileNode> values = new LinkedHashMap<>();
        for (FileNode.Entry t : mapping.entries()) {
            String key = t.name();
            if (top && key.equals(SnapshotFormat.FORMAT_KEY)) {
                continue;
            }
            if (!known.contains(key)) {
                problem(t.key(), join(path, key), top
                        ? "unknown top-level key; the known keys are " + String.join(", ", SnapshotFormat.topLevelKeys())
                        : "unknown field of " + type.getSimpleName() + "; the known fields are " + String.join(", ", known));
                continue;
            }
            if (values.containsKey(key)) {
                problem(t.key(), join(path, key), "is given twice in this mapping (first at line "
                        + (values.get(key).line()) + ")");
                continue;
            }
            values.put(key, t.value());
        }
        Object[] args = new Object[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            FieldType ft = shape.types[i];
            FileNode value = values.get(rc.getName());
            String field = join(path, rc.getName());
            if (value == null || FileNode.isNull(value)) {
                args[i] = absent(ft, value == null ? mapping : value, field);
            } else if (top && streamed.containsKey(value)) {
                args[i] = streamedLists.getOrDefault(streamed.get(value), List.of());
            } else if (top && ft.kind == FieldType.Kind.LIST && ft.element.kind == FieldType.Kind.RECORD) {
                args[i] = bindTopList(value, ft.element.raw, field);
            } else {
                args[i] = bind(value, ft, field);
            }
            ok &= args[i] != INVALID;
        }
        if (!ok) {
            return INVALID;
        }
        return construct(shape, args, mapping, values, path);
    }

    /** The record components of a record type, their file types and its canonical constructor, looked up once. */
    private static final class Shape {
        private static final Map<Class<?>, Shape> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

        final Class<?> type;
        final RecordComponent[] components;
        final FieldType[] types;
        final Set<String> known;
        final Constructor<?> canonical;

        private Shape(Class<?> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            this.types = Arrays.stream(components).map(rc -> FieldType.of(rc.getGenericType())).toArray(FieldType[]::new);
            Set<String> names = new LinkedHashSet<>();
            for (RecordComponent rc : components) {
                names.add(rc.getName());
            }
            this.known = java.util.Collections.unmodifiableSet(names);
            try {
                this.canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }

        static Shape of(Class<?> type) {
            return SHAPES.computeIfAbsent(type, Shape::new);
        }
    }

    /** The value of an omitted or null component: null, empty, false; a required whole number is a problem. */
    private Object absent(FieldType ft, FileNode at, String field) {
        return switch (ft.kind) {
            case LIST -> List.of();
            case SET -> Set.of();
            case BOOLEAN -> ft.primitive() ? Boolean.FALSE : null;
            case WHOLE_NUMBER -> {
                if (ft.primitive()) {
                    problem(at, field, "is required: give a whole number");
                    yield INVALID;
                }
                yield null;
            }
            default -> null;
        };
    }

    private Object construct(Shape shape, Object[] args, FileNode.Mapping mapping, Map<String, FileNode> values, String path) {
        Class<?> type = shape.type;
        try {
            return shape.canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModelValidationException mve) {
                reportModelProblem(mve, type, mapping, values, path);
            } else {
                problem(mapping, path, type.getSimpleName() + " cannot be built from these fields ("
                        + cause.getClass().getSimpleName() + ")");
            }
            return INVALID;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call the canonical constructor of " + type.getName(), e);
        }
    }

    /** Reports a model validation failure at the field it names (e.g. Grid.households), else at the element. */
    private void reportModelProblem(ModelValidationException e, Class<?> type, FileNode.Mapping mapping,
            Map<String, FileNode> values, String path) {
        String f = e.field();
        int dot = f.indexOf('.');
        String rest = dot < 0 ? f : f.substring(dot + 1);
        int end = 0;
        while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
            end++;
        }
        String component = rest.substring(0, end);
        boolean isComponent = Arrays.stream(type.getRecordComponents()).anyMatch(rc -> rc.getName().equals(component));
        FileNode at = mapping;
        String field = path;
        if (isComponent && (dot < 0 || f.substring(0, dot).equals(type.getSimpleName()))) {
            field = join(path, component);
            FileNode value = values.get(component);
            if (value != null) {
                at = value;
                String suffix = rest.substring(end);
                if (suffix.startsWith("[") && suffix.contains("]") && value instanceof FileNode.Sequence seq) {
                    try {
                        int index = Integer.parseInt(suffix.substring(1, suffix.indexOf(']')));
                        if (index >= 0 && index < seq.items().size()) {
                            at = seq.items().get(index);
                            field += "[" + index + "]";
                        }
                    } catch (NumberFormatException ignored) {
                        // keep the list's position
                    }
                }
            }
        }
        problem(at, field, e.getMessage());
    }

    // ---------------------------------------------------------------------------------- lists

    /** A top-level list: an element that cannot be built is reported and left out; the others are kept. */
    private Object bindTopList(FileNode node, Class<?> elementType, String path) {
        if (!(node instanceof FileNode.Sequence seq)) {
            problem(node, path, "must be a list of " + elementType.getSimpleName() + " elements, not " + node.what());
            return List.of();
        }
        List<Object> built = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            bindElement(seq.items().get(i), elementType, path, i, built);
        }
        return built;
    }

    /** Binds one element of a top-level list, adding it to {@code built}, or reporting it and noting its id. */
    private void bindElement(FileNode item, Class<?> elementType, String listKey, int index, List<Object> built) {
        String field = listKey + "[" + index + "]";
        if (FileNode.isNull(item)) {
            problem(item, field, "an element must be a mapping of the fields of " + elementType.getSimpleName()
                    + ", not empty");
            return;
        }
        Object value = bindRecord(item, elementType, field, false);
        if (value == INVALID) {
            String id = identity(item, SnapshotFormat.identityKey(elementType));
            if (id != null) {
                failedIds.add(id);
            }
        } else {
            built.add(value);
        }
    }

    private Object bind(FileNode node, FieldType ft, String path) {
        return switch (ft.kind) {
            case LIST, SET -> bindCollection(node, ft, path);
            case RECORD -> bindRecord(node, ft.raw, path, false);
            default -> bindScalar(node, ft, path);
        };
    }

    private Object bindCollection(FileNode node, FieldType ft, String path) {
        if (!(node instanceof FileNode.Sequence seq)) {
            problem(node, path, "must be a list (for one item write [item]), not " + node.what());
            return INVALID;
        }
        List<Object> items = new ArrayList<>();
        Map<Object, FileNode> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            FileNode item = seq.items().get(i);
            String field = path + "[" + i + "]";
            if (FileNode.isNull(item)) {
                problem(item, field, "a list must not contain empty items");
                ok = false;
                continue;
            }
            Object value = bind(item, ft.element, field);
            if (value == INVALID) {
                ok = false;
                continue;
            }
            if (ft.kind == FieldType.Kind.SET && seen.containsKey(value)) {
                problem(item, field, (ft.element.personal() ? "this value" : shown(item)) + " is listed twice (first at line "
                        + (seen.get(value).line()) + ")");
                ok = false;
                continue;
            }
            seen.put(value, item);
            items.add(value);
        }
        if (!ok) {
            return INVALID;
        }
        return ft.kind == FieldType.Kind.SET ? new LinkedHashSet<>(items) : items;
    }

    // ---------------------------------------------------------------------------------- scalars

    /** @return the object already read that equals {@code value}, else {@code value} (see {@link #shared}) */
    private Object share(Object value, String path) {
        if (path.endsWith(".id")) {
            return value; // unique by definition: sharing would only fill the map
        }
        Object known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < MAX_SHARED) {
            shared.put(value, value);
        }
        return value;
    }

    private Object bindScalar(FileNode node, FieldType ft, String path) {
        if (!(node instanceof FileNode.Scalar scalar)) {
            problem(node, path, "must be " + expected(ft) + ", not " + node.what());
            return INVALID;
        }
        String text = scalar.text().strip();
        switch (ft.kind) {
            case TEXT:
                return share(scalar.text(), path);
            case WHOLE_NUMBER:
                if (!isWhole(text)) {
                    problem(node, path, shown(node) + " is not a whole number");
                    return INVALID;
                }
                try {
                    long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
                    if (ft.raw == long.class || ft.raw == Long.class) {
                        return value;
                    }
                    return Math.toIntExact(value);
                } catch (NumberFormatException | ArithmeticException e) {
                    problem(node, path, shown(node) + " is too large a whole number");
                    return INVALID;
                }
            case BOOLEAN:
                if (text.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (text.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                problem(node, path, shown(node) + " is not true or false");
                return INVALID;
            case DECIMAL:
                if (!DECIMAL.matcher(text).matches()) {
                    problem(node, path, shown(node) + " is not a number (e.g. 3500.00)");
                    return INVALID;
                }
                BigDecimal decimal;
                try {
                    decimal = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
                } catch (NumberFormatException e) { // an exponent beyond the int range
                    decimal = null;
                }
                if (decimal == null || decimal.precision() - decimal.scale() > Limits.MAX_INTEGER_DIGITS
                        || decimal.stripTrailingZeros().scale() > Limits.MAX_FRACTION_DIGITS) {
                    problem(node, path, shown(node) + " is out of range: a number in a snapshot has at most "
                            + Limits.MAX_INTEGER_DIGITS + " digits before the decimal point and "
                            + Limits.MAX_FRACTION_DIGITS + " after");
                    return INVALID;
                }
                return decimal;
            case DATE:
                LocalDate known = sharedDates.get(text);
                if (known != null) {
                    return known;
                }
                try {
                    LocalDate fast = fastDate(text);
                    LocalDate date = fast != null ? fast : LocalDate.parse(text);
                    if (!inRange(date)) {
                        problem(node, path, shown(node) + " is out of range: a date in a snapshot lies between "
                                + Limits.MIN_DATE + " and " + Limits.MAX_DATE);
                        return INVALID;
                    }
                    if (fast != null && sharedDates.size() < MAX_SHARED) {
                        sharedDates.put(text, fast);
                    }
                    return date;
                } catch (DateTimeParseException e) {
                    problem(node, path, shown(node) + " is not a date: write yyyy-mm-dd, e.g. 2025-06-30");
                    return INVALID;
                }
            case DATE_TIME:
                LocalDateTime knownTime = sharedDateTimes.get(text);
                if (knownTime != null) {
                    return knownTime;
                }
                try {
                    LocalDateTime fast = fastDateTime(text);
                    LocalDateTime dateTime = fast != null ? fast : LocalDateTime.parse(text.length() > 10 && text.charAt(10) == ' '
                            ? text.substring(0, 10) + "T" + text.substring(11).strip() : text);
                    if (!inRange(dateTime.toLocalDate())) {
                        problem(node, path, shown(node) + " is out of range: a date in a snapshot lies between "
                                + Limits.MIN_DATE + " and " + Limits.MAX_DATE);
                        return INVALID;
                    }
                    if (fast != null && sharedDateTimes.size() < MAX_SHARED) {
                        sharedDateTimes.put(text, fast);
                    }
                    return dateTime;
                } catch (DateTimeParseException e) {
                    problem(node, path, shown(node) + " is not a date and time: write yyyy-mm-ddThh:mm, e.g. 2025-06-02T09:00");
                    return INVALID;
                }
            case ENUM:
                for (Object constant : ft.raw.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
                problem(node, path, shown(node) + " is not one of " + Arrays.stream(ft.raw.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
                return INVALID;
            case VALUE:
                try {
                    return ft.factory.invoke(null, scalar.text());
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof ModelValidationException mve) {
                        problem(node, path, mve.getMessage()); // masked by the model when personal
                    } else {
                        problem(node, path, "is not a valid " + ft.raw.getSimpleName());
                    }
                    return INVALID;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            default:
                throw new IllegalStateException("not a scalar kind: " + ft.kind);
        }
    }

    private static boolean inRange(LocalDate date) {
        return !date.isBefore(Limits.MIN_DATE) && !date.isAfter(Limits.MAX_DATE);
    }

    /** Whether the text is {@code [-+]?[0-9]+}. */
    private static boolean isWhole(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number of the ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@code yyyy-mm-dd} without the formatter (the common case, fast); null for anything else or an invalid day. */
    private static LocalDate fastDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 2);
        int d = digits(s, 8, 2);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null; // the formatter reports it
        }
    }

    /** {@code yyyy-mm-ddThh:mm} or {@code yyyy-mm-ddThh:mm:ss} without the formatter; null for anything else. */
    private static LocalDateTime fastDateTime(String s) {
        if ((s.length() != 16 && s.length() != 19) || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || (s.length() == 19 && s.charAt(16) != ':')) {
            return null;
        }
        LocalDate date = fastDate(s.substring(0, 10));
        int h = digits(s, 11, 2);
        int min = digits(s, 14, 2);
        int sec = s.length() == 19 ? digits(s, 17, 2) : 0;
        if (date == null || h < 0 || min < 0 || sec < 0 || h > 23 || min > 59 || sec > 59) {
            return null;
        }
        return LocalDateTime.of(date, java.time.LocalTime.of(h, min, sec));
    }

    private static String expected(FieldType ft) {
        return switch (ft.kind) {
            case TEXT -> "text";
            case WHOLE_NUMBER -> "a whole number";
            case BOOLEAN -> "true or false";
            case DECIMAL -> "a number";
            case DATE -> "a date (yyyy-mm-dd)";
            case DATE_TIME -> "a date and time (yyyy-mm-ddThh:mm)";
            case ENUM -> "one of " + Arrays.stream(ft.raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            case VALUE -> "text (a " + ft.raw.getSimpleName() + ")";
            default -> ft.kind.name().toLowerCase();
        };
    }

    // ---------------------------------------------------------------------------------- references

    private static boolean isDuplicate(ReferenceProblem p) {
        return p.field().equals("id") && p.problem().startsWith("the id is used by more than one");
    }

    private void checkReferences(CitySnapshot snapshot) {
        List<ReferenceProblem> referenceProblems = snapshot.referenceProblems();
        if (referenceProblems.isEmpty()) {
            return;
        }
        Map<String, Set<String>> wanted = new HashMap<>();
        for (ReferenceProblem p : referenceProblems) {
            String listKey = SnapshotFormat.listKeyOf(p.elementType());
            if (listKey != null && (isDuplicate(p) || !failedIds.contains(p.value()))) {
                wanted.computeIfAbsent(listKey, k -> new HashSet<>()).add(p.elementId());
            }
        }
        Map<String, Map<String, List<Indexed>>> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            finder.find(wanted).forEach((listKey, elements) -> {
                String identityKey = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey));
                for (Indexed e : elements) {
                    found.computeIfAbsent(listKey, k -> new HashMap<>())
                            .computeIfAbsent(identity(e.node(), identityKey), k -> new ArrayList<>()).add(e);
                }
            });
        }
        Map<String, Integer> duplicatesSeen = new HashMap<>();
        for (ReferenceProblem p : referenceProblems) {
            String listKey = SnapshotFormat.listKeyOf(p.elementType());
            boolean duplicate = isDuplicate(p);
            if (!duplicate && failedIds.contains(p.value())) {
                continue; // it names an element that could not be built: already reported there
            }
            List<Indexed> matches = listKey == null ? List.of()
                    : found.getOrDefault(listKey, Map.of()).getOrDefault(p.elementId(), List.of());
            if (matches.isEmpty()) {
                problem(null, p.elementType() + " " + p.elementId() + "." + p.field(), p.toString());
                continue;
            }
            String key = listKey + "#" + p.elementId();
            int occurrence = duplicate ? Math.min(duplicatesSeen.merge(key, 1, Integer::sum), matches.size() - 1) : 0;
            int index = matches.get(occurrence).index();
            FileNode element = matches.get(occurrence).node();
            String path = listKey + "[" + index + "]";
            if (duplicate) {
                FileNode first = matches.get(0).node();
                FileNode at = element instanceof FileNode.Mapping m && m.get(SnapshotFormat.identityKey(
                        SnapshotFormat.LISTS.get(listKey))) != null
                        ? m.get(SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey))) : element;
                problem(at, path + "." + SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey)),
                        p + " (first at line " + (first.line()) + ")");
                continue;
            }
            List<String> segments = List.of(p.field().split("\\."));
            Located at = locate(element, segments, 0, p.value(), path);
            if (at == null) {
                problem(element, path + "." + p.field(), p.toString());
            } else {
                problem(at.node, at.path, p.toString());
            }
        }
    }

    private record Located(FileNode node, String path) {
    }

    /** Finds the node holding {@code value} along the field segments, descending into lists. */
    private static Located locate(FileNode node, List<String> segments, int i, String value, String path) {
        if (node instanceof FileNode.Sequence seq) {
            for (int k = 0; k < seq.items().size(); k++) {
                Located found = locate(seq.items().get(k), segments, i, value, path + "[" + k + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (i == segments.size()) {
            String text = FileNode.text(node);
            return text != null && text.strip().equals(value) ? new Located(node, path) : null;
        }
        if (node instanceof FileNode.Mapping m) {
            FileNode child = m.get(segments.get(i));
            return child == null ? null : locate(child, segments, i + 1, value, path + "." + segments.get(i));
        }
        return null;
    }

    // ---------------------------------------------------------------------------------- helpers

    private void problem(FileNode node, String field, String message) {
        problems.add(problem(node, sourceName, field, message));
    }

    /** @return a problem at the start of {@code node}, or at the top of {@code fallbackFile} without a node */
    static FileProblem problem(FileNode node, String fallbackFile, String field, String message) {
        return node == null ? new FileProblem(fallbackFile, 1, 1, field, message)
                : new FileProblem(node.file(), node.line(), node.column(), field, message);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A scalar's text as shown in a message: shortened, quoted only when blank; only for fields that are not personal. */
    private static String shown(FileNode node) {
        String text = FileNode.text(node);
        if (text == null) {
            return node.what();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return "\"" + text + "\"";
        }
        // A value in the wrong field may be personal (an ID number in a count, a mobile in an enum): masked as text
        // is masked in reports, and cut before the mask would see only part of a number.
        String masked = org.wangge.kernel.io.report.PersonalDataMask.maskText(s.length() > 200 ? s.substring(0, 200) : s);
        return masked.length() > MAX_SHOWN ? masked.substring(0, MAX_SHOWN) + "…" : masked;
    }
}
