package org.wangge.kernel.io.snapshot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.wangge.kernel.model.snapshot.CitySnapshot;

/**
 * Reads and writes city snapshots as files of format {@code wangge-snapshot/1}, in YAML
 * ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), through Jackson's streaming parsers and
 * generators, under the limits of {@code docs/snapshot-format.md}; problems are reported with file, line,
 * column and field in both.
 *
 * <p>A snapshot file is a data file: personal values (names, ID numbers, phone numbers) are written
 * raw, as their {@code unmasked()} text. Problems reported while reading never show them raw.
 */
public final class SnapshotFiles {

    private SnapshotFiles() {
    }

    /**
     * Reads a snapshot file, YAML or JSON by its extension.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file in UTF-8
     * @return the snapshot
     * @throws SnapshotFileException listing every problem of the file, with positions
     * @throws UncheckedIOException  when the file cannot be read
     * @throws IllegalArgumentException for another extension
     */
    public static CitySnapshot read(Path file) {
        boolean json = extension(file).equals("json");
        if (json) {
            // First from the bytes, through Jackson's UTF-8 parser, which is faster but counts columns in bytes; a file
            // with any problem at all is then read again as characters below, which reports each at its position.
            try {
                SplitRead split = SplitRead.of(file); // a large file: its largest list in two threads
                if (split != null) {
                    return SnapshotReader.stream(split, file.toString(), () -> FileInput.of(Files.newInputStream(file)));
                }
            } catch (SplitRead.Mismatch e) {
                // not the writer's layout: one thread below
            } catch (SnapshotFileException e) {
                return readAsCharacters(file, json); // a problem of the file: reported at its position in characters
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read snapshot file " + file, e);
            }
            try (Utf8Bytes in = new Utf8Bytes(Files.newInputStream(file))) {
                return SnapshotReader.stream(in, file.toString(), () -> FileInput.of(Files.newInputStream(file)));
            } catch (SnapshotFileException e) {
                // read again below
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read snapshot file " + file, e);
            }
        }
        return readAsCharacters(file, json);
    }

    /** Reads a file through the character path, which reports every problem at its line and column in characters. */
    private static CitySnapshot readAsCharacters(Path file, boolean json) {
        try (FileInput in = FileInput.of(Files.newInputStream(file))) {
            return SnapshotReader.stream(in, file.toString(), json, () -> FileInput.of(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot file " + file, e);
        }
    }

    /**
     * Reads a snapshot in YAML or JSON: JSON when {@code sourceName} ends in {@code .json} or the text
     * starts with <code>{"</code>, else YAML. The text is read as a stream, element by element; a copy
     * of it is kept aside (in memory, or in a temporary file when it is large) to find the elements
     * concerned by reference problems, if any. {@link #read(Path)} reads the file again instead.
     *
     * @param reader     the text; not closed by this method
     * @param sourceName the name problems give as their file, e.g. the file's path
     * @return the snapshot
     * @throws SnapshotFileException listing every problem found, with positions
     * @throws UncheckedIOException  when the text cannot be read
     */
    public static CitySnapshot read(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        try (Spool spool = new Spool(reader)) {
            BufferedReader text = new BufferedReader(spool, 1 << 16);
            boolean json = FileSyntax.isJson(sourceName, peek(text));
            return SnapshotReader.stream(FileInput.of(text), sourceName, json, () -> FileInput.of(spool.again()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + sourceName, e);
        }
    }

    /** @return the first characters of the text, which stays where it was */
    private static String peek(BufferedReader text) throws IOException {
        char[] start = new char[256];
        text.mark(start.length);
        int n = text.read(start, 0, start.length);
        text.reset();
        return n <= 0 ? "" : new String(start, 0, n);
    }

    /**
     * Parses YAML or JSON text (JSON as for {@link #read(Reader, String)}) into a tree of
     * {@link FileNode}s that carry {@code sourceName}, so that nodes taken from it (e.g. the fields of
     * {@link SnapshotDocument#patch}) report problems in that file. Read under the same limits as
     * snapshot files; YAML aliases and tags are refused.
     *
     * @param reader     the text; not closed by this method
     * @param sourceName the file name the nodes carry
     * @return the root node, or null for an empty document
     * @throws SnapshotFileException on a syntax error or a limit crossed, at its position
     */
    public static FileNode compose(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        try {
            BufferedReader text = new BufferedReader(reader, 1 << 16);
            return FileSyntax.compose(text, sourceName, FileSyntax.isJson(sourceName, peek(text)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
    }

    /**
     * Writes a snapshot file: YAML for {@code .yaml}/{@code .yml}, JSON for {@code .json}, in UTF-8.
     * Keys follow the order of the record components; unset fields and empty lists are left out;
     * sets are sorted, so the same snapshot always gives the same bytes.
     *
     * @param snapshot the snapshot
     * @param file     the file to create or replace
     * @throws UncheckedIOException when the file cannot be written
     * @throws IllegalArgumentException for another extension
     */
    public static void write(CitySnapshot snapshot, Path file) {
        Objects.requireNonNull(snapshot, "snapshot");
        boolean json = extension(file).equals("json");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (json) { // bytes straight from Jackson's UTF-8 generator, which buffers itself
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    SnapshotWriter.json(snapshot, out);
                }
                return;
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8.newEncoder()), 1 << 16)) {
                writeYaml(snapshot, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot file " + file, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write snapshot file " + file, e.getCause());
        }
    }

    /**
     * Writes a snapshot as YAML, element by element, straight to {@code out}: the text is never held in
     * memory. Each element of a list is one line, in flow style.
     *
     * @param snapshot the snapshot
     * @param out      where to write; not closed (nor flushed) by this method
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void writeYaml(CitySnapshot snapshot, Writer out) {
        SnapshotWriter.yaml(Objects.requireNonNull(snapshot, "snapshot"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes a snapshot as JSON, element by element, straight to {@code out}: the text is never held in
     * memory. Each element of a list is one line.
     *
     * @param snapshot the snapshot
     * @param out      where to write; not closed (nor flushed) by this method
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void writeJson(CitySnapshot snapshot, Writer out) {
        SnapshotWriter.json(Objects.requireNonNull(snapshot, "snapshot"), Objects.requireNonNull(out, "out"));
    }

    /**
     * @param snapshot the snapshot
     * @return the snapshot as YAML text of format {@code wangge-snapshot/1} (personal values raw)
     */
    public static String toYaml(CitySnapshot snapshot) {
        StringWriter out = new StringWriter();
        writeYaml(snapshot, out);
        return out.toString();
    }

    /**
     * @param snapshot the snapshot
     * @return the snapshot as JSON text of format {@code wangge-snapshot/1} (personal values raw)
     */
    public static String toJson(CitySnapshot snapshot) {
        StringWriter out = new StringWriter();
        writeJson(snapshot, out);
        return out.toString();
    }

    private static String extension(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : List.of("yaml", "yml", "json")) {
            if (name.endsWith("." + ext)) {
                return ext;
            }
        }
        throw new IllegalArgumentException("a snapshot file ends in .yaml, .yml or .json: " + file);
    }
}
