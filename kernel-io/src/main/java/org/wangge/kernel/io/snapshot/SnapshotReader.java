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
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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
    private Map<Node, String> streamed = Map.of();
    /** Finds elements again by id, to report reference problems at them. */
    private ElementFinder finder;
    /**
     * Equal texts, dates and date-times read from the file share one object (as the generator's do): a
     * city's five million access records name a few thousand workers, grids and hours, and unshared they
     * more than double the heap a read snapshot takes. Bounded; a record's own {@code id} is never shared.
     */
    private final Map<Object, Object> shared = new HashMap<>();
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
    record Indexed(int index, Node node) {
    }

    /** @return the identity value of an element node (stripped), or null */
    static String identity(Node item, String identityKey) {
        if (item instanceof MappingNode m) {
            String text = Nodes.text(Nodes.get(m, identityKey));
            return text == null ? null : text.strip();
        }
        return null;
    }

    /** @return a finder over the lists of a root mapping held in memory */
    private static ElementFinder inMemory(MappingNode root) {
        return ids -> {
            Map<String, List<Indexed>> found = new HashMap<>();
            for (var e : ids.entrySet()) {
                List<Indexed> matches = found.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (Nodes.get(root, e.getKey()) instanceof SequenceNode seq) {
                    String identityKey = SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(e.getKey()));
                    for (int i = 0; i < seq.getValue().size(); i++) {
                        String id = identity(seq.getValue().get(i), identityKey);
                        if (id != null && e.getValue().contains(id)) {
                            matches.add(new Indexed(i, seq.getValue().get(i)));
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
    static CitySnapshot read(Node root, String sourceName, boolean requireFormat) {
        SnapshotReader reader = new SnapshotReader(sourceName, requireFormat);
        reader.finder = root instanceof MappingNode m ? inMemory(m) : ids -> Map.of();
        return reader.run(root);
    }

    /** @return the problem of a document that is empty or not a mapping */
    static SnapshotFileException notAMapping(Node root, String sourceName) {
        String what = root == null || Nodes.isNull(root) ? "empty" : Nodes.what(root);
        return new SnapshotFileException(List.of(Nodes.problem(root, sourceName, "",
                "a snapshot must be a mapping of keys (format, jurisdiction, asOf, lists), not " + what)));
    }

    /** Opens the text again, for the second pass that locates reference problems. */
    interface Reopen {
        /** @return the same text from its start */
        java.io.Reader open() throws java.io.IOException;
    }

    /**
     * Reads a snapshot file from its text without composing the whole document: each element of a
     * top-level list is composed, bound and dropped in turn. A text in the writer's layout is read by
     * {@link FlowLines}; any other text (or one that {@link FlowLines} does not accept) is read again from
     * its start through SnakeYAML's event stream ({@link SnapshotStream}). When the snapshot has
     * reference problems, the text is read once more, through SnakeYAML, to find the elements concerned.
     *
     * @param text       the text; not closed
     * @param sourceName the file name problems give
     * @param whole      opens the whole text again from its start, for SnakeYAML, when {@link FlowLines} gives up
     * @param again      opens the whole text again, to locate reference problems (called after the text was read)
     * @return the snapshot
     * @throws SnapshotFileException listing every problem found
     */
    static CitySnapshot stream(java.io.BufferedReader text, String sourceName, Reopen whole, Reopen again) {
        SnapshotReader fast = new SnapshotReader(sourceName, true);
        try {
            SnapshotStream.Root root = FlowLines.read(text, fast::visit);
            return fast.finish(root, sourceName, again);
        } catch (FlowLines.Unsupported e) {
            // not the writer's layout: SnakeYAML reads it from the start, with fresh problems
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + sourceName, e);
        }
        SnapshotReader reader = new SnapshotReader(sourceName, true);
        SnapshotStream.Root root;
        try (java.io.Reader all = whole.open()) {
            root = new SnapshotStream(all).read(reader::visit);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw Nodes.syntaxError(e, sourceName);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + sourceName, e);
        }
        return reader.finish(root, sourceName, again);
    }

    private void visit(String listKey, Class<?> type, int index, Node item) {
        bindElement(item, type, listKey, index, streamedLists.computeIfAbsent(listKey, k -> new ArrayList<>()));
    }

    private CitySnapshot finish(SnapshotStream.Root root, String sourceName, Reopen again) {
        SnapshotReader reader = this;
        if (!(root.node() instanceof MappingNode)) {
            throw notAMapping(root.node(), sourceName);
        }
        reader.streamed = root.streamed();
        reader.finder = ids -> {
            Map<String, List<Indexed>> found = new HashMap<>();
            try (java.io.Reader second = again.open()) {
                SnapshotStream.Root copy = new SnapshotStream(second).read((listKey, type, index, item) -> {
                    Set<String> wanted = ids.get(listKey);
                    if (wanted != null) {
                        String id = identity(item, SnapshotFormat.identityKey(type));
                        if (id != null && wanted.contains(id)) {
                            found.computeIfAbsent(listKey, k -> new ArrayList<>()).add(new Indexed(index, item));
                        }
                    }
                });
                if (copy.node() instanceof MappingNode m) { // lists that were not streamed (e.g. behind an alias)
                    inMemory(m).find(ids).forEach((k, v) -> found.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + sourceName + " again to locate its reference problems", e);
            } catch (org.yaml.snakeyaml.error.YAMLException e) {
                throw Nodes.syntaxError(e, sourceName);
            }
            return found;
        };
        return reader.run(root.node());
    }

    private CitySnapshot run(Node root) {
        if (root == null || Nodes.isNull(root)) {
            problem(root, "", "the file is empty: a snapshot starts with format: " + SnapshotFormat.FORMAT);
            throw failure();
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(root, "", "a snapshot must be a mapping of keys (format, jurisdiction, asOf, lists), not "
                    + Nodes.what(root));
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

    private void checkFormat(MappingNode root) {
        Node format = Nodes.get(root, SnapshotFormat.FORMAT_KEY);
        if (format == null) {
            if (requireFormat) {
                problem(root, SnapshotFormat.FORMAT_KEY, "is required: start the file with format: " + SnapshotFormat.FORMAT);
            }
        } else if (!SnapshotFormat.FORMAT.equals(Nodes.text(format))) {
            problem(format, SnapshotFormat.FORMAT_KEY, shown(format) + " is not a supported format; this reader reads "
                    + SnapshotFormat.FORMAT);
        }
    }

    // ---------------------------------------------------------------------------------- records

    private Object bindRecord(Node node, Class<?> type, String path, boolean top) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, path, "must be a mapping of the fields of " + type.getSimpleName() + ", not " + Nodes.what(node));
            return INVALID;
        }
        Shape shape = Shape.of(type);
        RecordComponent[] components = shape.components;
        Set<String> known = shape.known;
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = Nodes.text(t.getKeyNode());
            if (key == null) {
                problem(t.getKeyNode(), path, "a key must be a name, not " + Nodes.what(t.getKeyNode()));
                continue;
            }
            if (top && key.equals(SnapshotFormat.FORMAT_KEY)) {
                continue;
            }
            if (!known.contains(key)) {
                problem(t.getKeyNode(), join(path, key), top
                        ? "unknown top-level key; the known keys are " + String.join(", ", SnapshotFormat.topLevelKeys())
                        : "unknown field of " + type.getSimpleName() + "; the known fields are " + String.join(", ", known));
                continue;
            }
            if (values.containsKey(key)) {
                problem(t.getKeyNode(), join(path, key), "is given twice in this mapping (first at line "
                        + (values.get(key).getStartMark().getLine() + 1) + ")");
                continue;
            }
            values.put(key, t.getValueNode());
        }
        Object[] args = new Object[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            FieldType ft = shape.types[i];
            Node value = values.get(rc.getName());
            String field = join(path, rc.getName());
            if (value == null || Nodes.isNull(value)) {
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
    private Object absent(FieldType ft, Node at, String field) {
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

    private Object construct(Shape shape, Object[] args, MappingNode mapping, Map<String, Node> values, String path) {
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
    private void reportModelProblem(ModelValidationException e, Class<?> type, MappingNode mapping,
            Map<String, Node> values, String path) {
        String f = e.field();
        int dot = f.indexOf('.');
        String rest = dot < 0 ? f : f.substring(dot + 1);
        int end = 0;
        while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
            end++;
        }
        String component = rest.substring(0, end);
        boolean isComponent = Arrays.stream(type.getRecordComponents()).anyMatch(rc -> rc.getName().equals(component));
        Node at = mapping;
        String field = path;
        if (isComponent && (dot < 0 || f.substring(0, dot).equals(type.getSimpleName()))) {
            field = join(path, component);
            Node value = values.get(component);
            if (value != null) {
                at = value;
                String suffix = rest.substring(end);
                if (suffix.startsWith("[") && suffix.contains("]") && value instanceof SequenceNode seq) {
                    try {
                        int index = Integer.parseInt(suffix.substring(1, suffix.indexOf(']')));
                        if (index >= 0 && index < seq.getValue().size()) {
                            at = seq.getValue().get(index);
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
    private Object bindTopList(Node node, Class<?> elementType, String path) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path, "must be a list of " + elementType.getSimpleName() + " elements, not " + Nodes.what(node));
            return List.of();
        }
        List<Object> built = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            bindElement(seq.getValue().get(i), elementType, path, i, built);
        }
        return built;
    }

    /** Binds one element of a top-level list, adding it to {@code built}, or reporting it and noting its id. */
    private void bindElement(Node item, Class<?> elementType, String listKey, int index, List<Object> built) {
        String field = listKey + "[" + index + "]";
        if (Nodes.isNull(item)) {
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

    private Object bind(Node node, FieldType ft, String path) {
        return switch (ft.kind) {
            case LIST, SET -> bindCollection(node, ft, path);
            case RECORD -> bindRecord(node, ft.raw, path, false);
            default -> bindScalar(node, ft, path);
        };
    }

    private Object bindCollection(Node node, FieldType ft, String path) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path, "must be a list (for one item write [item]), not " + Nodes.what(node));
            return INVALID;
        }
        List<Object> items = new ArrayList<>();
        Map<Object, Node> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String field = path + "[" + i + "]";
            if (Nodes.isNull(item)) {
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
                        + (seen.get(value).getStartMark().getLine() + 1) + ")");
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

    private Object bindScalar(Node node, FieldType ft, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, path, "must be " + expected(ft) + ", not " + Nodes.what(node));
            return INVALID;
        }
        String text = scalar.getValue().strip();
        switch (ft.kind) {
            case TEXT:
                return share(scalar.getValue(), path);
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
                return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            case DATE:
                try {
                    LocalDate fast = fastDate(text);
                    return share(fast != null ? fast : LocalDate.parse(text), path);
                } catch (DateTimeParseException e) {
                    problem(node, path, shown(node) + " is not a date: write yyyy-mm-dd, e.g. 2025-06-30");
                    return INVALID;
                }
            case DATE_TIME:
                try {
                    LocalDateTime fast = fastDateTime(text);
                    if (fast != null) {
                        return share(fast, path);
                    }
                    return LocalDateTime.parse(text.length() > 10 && text.charAt(10) == ' '
                            ? text.substring(0, 10) + "T" + text.substring(11).strip() : text);
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
                    return ft.factory.invoke(null, scalar.getValue());
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
            Node element = matches.get(occurrence).node();
            String path = listKey + "[" + index + "]";
            if (duplicate) {
                Node first = matches.get(0).node();
                Node at = element instanceof MappingNode m && Nodes.get(m, SnapshotFormat.identityKey(
                        SnapshotFormat.LISTS.get(listKey))) != null
                        ? Nodes.get(m, SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey))) : element;
                problem(at, path + "." + SnapshotFormat.identityKey(SnapshotFormat.LISTS.get(listKey)),
                        p + " (first at line " + (first.getStartMark().getLine() + 1) + ")");
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

    private record Located(Node node, String path) {
    }

    /** Finds the node holding {@code value} along the field segments, descending into lists. */
    private static Located locate(Node node, List<String> segments, int i, String value, String path) {
        if (node instanceof SequenceNode seq) {
            for (int k = 0; k < seq.getValue().size(); k++) {
                Located found = locate(seq.getValue().get(k), segments, i, value, path + "[" + k + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (i == segments.size()) {
            String text = Nodes.text(node);
            return text != null && text.strip().equals(value) ? new Located(node, path) : null;
        }
        if (node instanceof MappingNode m) {
            Node child = Nodes.get(m, segments.get(i));
            return child == null ? null : locate(child, segments, i + 1, value, path + "." + segments.get(i));
        }
        return null;
    }

    // ---------------------------------------------------------------------------------- helpers

    private void problem(Node node, String field, String message) {
        problems.add(Nodes.problem(node, sourceName, field, message));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A scalar's text as shown in a message: shortened, quoted only when blank; only for fields that are not personal. */
    private static String shown(Node node) {
        String text = Nodes.text(node);
        if (text == null) {
            return Nodes.what(node);
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return "\"" + text + "\"";
        }
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
    }
}
