package org.wangge.kernel.io.snapshot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.snapshot.ReferenceProblem;

/**
 * 快照记录文件: a city snapshot as <em>record files</em>, for jobs that read a city in parts (a Spark job, one task per
 * file): a directory with
 * <ul>
 *   <li>{@value #HEADER_FILE}: a snapshot file of format {@code wangge-snapshot/1} with only {@code jurisdiction} and
 *       {@code asOf} (no lists);</li>
 *   <li>one directory per <em>kind</em> of record, named by its list key in a snapshot file ({@code grids},
 *       {@code cases}, {@code accesses}… {@link #kinds()}), holding any number of files {@code *}{@value #SUFFIX}:
 *       JSON lines in UTF-8, one record per line, each line the JSON of one element of that list in a snapshot file
 *       (same keys, same values; {@code docs/snapshot-format.md}). Empty lines are skipped.</li>
 * </ul>
 * A kind with no records may have no directory. Files may be split and named at will (e.g. {@code part-00000.jsonl},
 * by day or by grid): a record's file does not change what it means.
 *
 * <p>Problems of a record are reported as {@link SnapshotFileException}s at {@code file:line:column} of the record
 * files, with the field {@code kind[line - 1]...}; as in snapshot files, they never show a personal value raw. Record
 * files are data files: personal values are written raw.
 */
public final class SnapshotRecords {

    /** The header file of a records directory. */
    public static final String HEADER_FILE = "snapshot.json";

    /** The suffix of record files. */
    public static final String SUFFIX = ".jsonl";

    private SnapshotRecords() {
    }

    /** @return the kinds of records, in the order of a snapshot file's lists ({@code divisions} … {@code paymentsFromServed}) */
    public static List<String> kinds() {
        return List.copyOf(SnapshotFormat.LISTS.keySet());
    }

    /**
     * @param kind a kind of {@link #kinds()}
     * @return the model record type of its records, e.g. {@code Case} for {@code cases}
     * @throws IllegalArgumentException for an unknown kind
     */
    public static Class<?> recordType(String kind) {
        Class<?> type = SnapshotFormat.LISTS.get(Objects.requireNonNull(kind, "kind"));
        if (type == null) {
            throw new IllegalArgumentException("\"" + kind + "\" is no kind of snapshot record; the kinds are " + kinds());
        }
        return type;
    }

    /**
     * @param record a fact of the model
     * @return its kind, e.g. {@code cases} for a {@code Case}
     * @throws IllegalArgumentException for an object that is no element of a snapshot list
     */
    public static String kindOf(Object record) {
        Class<?> type = Objects.requireNonNull(record, "record").getClass();
        for (var e : SnapshotFormat.LISTS.entrySet()) {
            if (e.getValue() == type) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("a " + type.getName() + " is no record of a snapshot");
    }

    // ---------------------------------------------------------------------------------- writing

    /**
     * Writes a snapshot as a records directory: the header and, for each kind with records, {@code files} files
     * {@code part-00000.jsonl}, {@code part-00001.jsonl}… of about equal size, the records in snapshot order (the
     * first file has the first records). Files of the directory left from an earlier write of the same kinds are
     * replaced; others are left.
     *
     * @param snapshot  the snapshot
     * @param directory the directory, created if needed
     * @param files     how many files per kind, at least 1 (a kind with fewer records than files gets one file per record)
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(CitySnapshot snapshot, Path directory, int files) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(directory, "directory");
        if (files < 1) {
            throw new IllegalArgumentException("files must be at least 1, not " + files);
        }
        try {
            Files.createDirectories(directory);
            CitySnapshot header = CitySnapshot.builder(snapshot.jurisdiction(), snapshot.asOf()).build();
            SnapshotFiles.write(header, directory.resolve(HEADER_FILE));
            for (var e : lists(snapshot).entrySet()) {
                List<?> records = e.getValue();
                if (records.isEmpty()) {
                    continue;
                }
                Path kindDir = directory.resolve(e.getKey());
                Files.createDirectories(kindDir);
                int n = Math.min(files, records.size());
                for (int part = 0; part < n; part++) {
                    int from = (int) ((long) records.size() * part / n);
                    int to = (int) ((long) records.size() * (part + 1) / n);
                    Path file = kindDir.resolve(String.format(java.util.Locale.ROOT, "part-%05d%s", part, SUFFIX));
                    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                        for (Object record : records.subList(from, to)) {
                            SnapshotWriter.jsonRecord(record, out);
                            out.write('\n');
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot records to " + directory, e);
        }
    }

    /**
     * @param record a fact of the model
     * @return it as one line of a record file (without a line break)
     */
    public static String toLine(Object record) {
        kindOf(record);
        StringWriter out = new StringWriter(256);
        SnapshotWriter.jsonRecord(record, out);
        return out.toString();
    }

    // ---------------------------------------------------------------------------------- reading

    /**
     * Reads the header of a records directory.
     *
     * @param directory the records directory
     * @return a snapshot with the jurisdiction and as-of date of the header, and no facts
     * @throws SnapshotFileException when the header is not valid
     * @throws UncheckedIOException  when it cannot be read (or is missing)
     */
    public static CitySnapshot readHeader(Path directory) {
        return SnapshotFiles.read(Objects.requireNonNull(directory, "directory").resolve(HEADER_FILE));
    }

    /**
     * @param header the text of a header file
     * @param file   the name problems give
     * @return a snapshot with the jurisdiction and as-of date of the header, and no facts
     * @throws SnapshotFileException when the header is not valid
     */
    public static CitySnapshot parseHeader(String header, String file) {
        return SnapshotFiles.read(new StringReader(Objects.requireNonNull(header, "header")), file);
    }

    /**
     * Reads the records of one kind, one line at a time. Not thread-safe; equal values of the records it reads share
     * one object (as when a snapshot file is read), so use one parser per file or task.
     */
    public static final class Parser {
        private final String kind;
        private final Class<?> type;
        private final String file;
        private final SnapshotReader binder;

        private Parser(String kind, String file) {
            this.kind = kind;
            this.type = recordType(kind);
            this.file = Objects.requireNonNull(file, "file");
            this.binder = SnapshotReader.forElements(file);
        }

        /** @return the kind of the records */
        public String kind() {
            return kind;
        }

        /**
         * @param line       one line of a record file (not blank)
         * @param lineNumber its 1-based line number in the file
         * @return the record
         * @throws SnapshotFileException with every problem of the line, at {@code file:lineNumber:column}
         */
        public Object parse(String line, int lineNumber) {
            Objects.requireNonNull(line, "line");
            String field = kind + "[" + (lineNumber - 1) + "]";
            try {
                FileNode node = FileSyntax.compose(new StringReader(line), file, true);
                if (node != null && !(node instanceof FileNode.Mapping)) {
                    throw new SnapshotFileException(List.of(new FileProblem(file, 1, node.column(), field,
                            "a record must be a JSON object of the fields of " + type.getSimpleName() + ", not " + node.what())));
                }
                return binder.bindOne(node, type, field);
            } catch (SnapshotFileException e) {
                throw atLine(e, lineNumber);
            }
        }

        private static SnapshotFileException atLine(SnapshotFileException e, int lineNumber) {
            List<FileProblem> moved = new ArrayList<>();
            for (FileProblem p : e.problems()) {
                moved.add(new FileProblem(p.file(), p.line() + lineNumber - 1, p.column(), p.field(), p.message()));
            }
            return new SnapshotFileException(moved);
        }
    }

    /**
     * @param kind a kind of {@link #kinds()}
     * @param file the record file's name, as problems give it
     * @return a parser for the lines of that file
     */
    public static Parser parser(String kind, String file) {
        return new Parser(kind, file);
    }

    /**
     * Reads a record file line by line, handing each record to {@code sink}; stops at the first record with a problem.
     *
     * @param kind the kind of its records
     * @param in   the file's bytes (UTF-8; a malformed byte sequence is an error); not closed
     * @param file the name problems give
     * @param sink receives each record
     * @return how many records were read
     * @throws SnapshotFileException at the first record with problems, at its file:line:column
     * @throws UncheckedIOException  when the bytes cannot be read
     */
    public static long readFile(String kind, InputStream in, String file, Consumer<Object> sink) {
        Parser parser = parser(kind, file);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        long count = 0;
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                sink.accept(parser.parse(line, lineNumber));
                count++;
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SnapshotFileException(List.of(new FileProblem(file, lineNumber + 1, 1, "",
                    "is not valid UTF-8 (" + e.getMessage() + ")")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return count;
    }

    /**
     * @param directory a records directory
     * @param kind      a kind
     * @return its record files, sorted by name (empty when the kind has no directory)
     * @throws UncheckedIOException when the directory cannot be listed
     */
    public static List<Path> files(Path directory, String kind) {
        recordType(kind);
        Path kindDir = directory.resolve(kind);
        if (!Files.isDirectory(kindDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(kindDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + kindDir, e);
        }
    }

    /**
     * Reads a whole records directory into one snapshot, in one JVM (what a distributed job reads in parts), and checks
     * its references as a snapshot file's.
     *
     * @param directory the records directory
     * @return the snapshot: the records of each kind in the order of their files' names and lines
     * @throws SnapshotFileException at the first record with problems, or listing the reference problems at their
     *                               records' file:line
     * @throws UncheckedIOException  when a file cannot be read
     */
    public static CitySnapshot read(Path directory) {
        CitySnapshot header = readHeader(directory);
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        for (String kind : kinds()) {
            List<Object> records = new ArrayList<>();
            for (Path file : files(directory, kind)) {
                try (InputStream in = Files.newInputStream(file)) {
                    readFile(kind, in, file.toString(), records::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
            lists.put(kind, records);
        }
        CitySnapshot snapshot = assemble(header, lists);
        List<ReferenceProblem> problems = snapshot.referenceProblems();
        if (!problems.isEmpty()) {
            throw referenceFailure(directory, problems);
        }
        return snapshot;
    }

    /** The reference problems, each at the line of the record it is of (found by reading the files once more). */
    private static SnapshotFileException referenceFailure(Path directory, List<ReferenceProblem> problems) {
        Map<String, Set<String>> wanted = new HashMap<>();
        for (ReferenceProblem p : problems) {
            String kind = SnapshotFormat.listKeyOf(p.elementType());
            if (kind != null) {
                wanted.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(p.elementId());
            }
        }
        Map<String, int[]> lineOf = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        wanted.forEach((kind, ids) -> {
            String identityKey = SnapshotFormat.identityKey(recordType(kind));
            for (Path file : files(directory, kind)) {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).isBlank()) {
                            continue;
                        }
                        FileNode node = FileSyntax.compose(new StringReader(lines.get(i)), file.toString(), true);
                        String id = SnapshotReader.identity(node, identityKey);
                        if (id != null && ids.contains(id) && !lineOf.containsKey(kind + "#" + id)) {
                            lineOf.put(kind + "#" + id, new int[] {i + 1});
                            fileOf.put(kind + "#" + id, file.toString());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        });
        List<FileProblem> out = new ArrayList<>();
        for (ReferenceProblem p : problems) {
            String key = SnapshotFormat.listKeyOf(p.elementType()) + "#" + p.elementId();
            String file = fileOf.getOrDefault(key, directory.toString());
            int line = lineOf.containsKey(key) ? lineOf.get(key)[0] : 1;
            String kind = SnapshotFormat.listKeyOf(p.elementType());
            out.add(new FileProblem(file, line, 1, (kind == null ? p.elementType() : kind + "[" + (line - 1) + "]") + "." + p.field(),
                    p.toString()));
        }
        return new SnapshotFileException(out);
    }

    /**
     * @param header a snapshot giving the jurisdiction and as-of date (its facts are ignored)
     * @param lists  records by kind; kinds not given are empty
     * @return the snapshot (references not checked)
     */
    static CitySnapshot assemble(CitySnapshot header, Map<String, List<Object>> lists) {
        RecordComponent[] components = CitySnapshot.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String name = components[i].getName();
            if (name.equals("jurisdiction")) {
                args[i] = header.jurisdiction();
            } else if (name.equals("asOf")) {
                args[i] = header.asOf();
            } else {
                args[i] = lists.getOrDefault(name, List.of());
            }
        }
        try {
            Constructor<CitySnapshot> c = CitySnapshot.class.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CitySnapshot has no canonical constructor", e);
        }
    }

    /** @return the lists of a snapshot by kind, in component order */
    private static Map<String, List<?>> lists(CitySnapshot snapshot) {
        Map<String, List<?>> out = new LinkedHashMap<>();
        for (RecordComponent rc : CitySnapshot.class.getRecordComponents()) {
            if (SnapshotFormat.LISTS.containsKey(rc.getName())) {
                try {
                    out.put(rc.getName(), (List<?>) rc.getAccessor().invoke(snapshot));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
