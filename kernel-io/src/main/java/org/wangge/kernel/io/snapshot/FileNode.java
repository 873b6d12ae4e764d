package org.wangge.kernel.io.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of a parsed YAML or JSON file with the position it came from (文件节点): a {@link Mapping}, a
 * {@link Sequence} or a {@link Scalar}. {@link SnapshotFiles#compose} gives a file as such a tree, and
 * {@link SnapshotDocument} is built from and patched with them, so that every problem found later names
 * the file, line and column of the node at fault. Nodes are immutable.
 */
public sealed interface FileNode permits FileNode.Mapping, FileNode.Sequence, FileNode.Scalar {

    /** @return the name of the file the node was read from, as given to the reader */
    String file();

    /** @return the 1-based line where the node starts */
    int line();

    /** @return the 1-based column where the node starts */
    int column();

    /** @return what the node is, in words: "a mapping", "a list", "a single value" */
    String what();

    /**
     * A scalar: text, a number, a boolean, a date… always as its text; the field it is read into
     * decides what it means.
     *
     * @param text   the scalar's text, as written (without quotes); empty for an empty value
     * @param isNull whether it is a YAML or JSON null ({@code null}, {@code ~}, nothing; not {@code 'null'})
     * @param file   the file
     * @param line   1-based line
     * @param column 1-based column
     */
    record Scalar(String text, boolean isNull, String file, int line, int column) implements FileNode {
        /** Requires text and file. */
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String what() {
            return "a single value";
        }
    }

    /**
     * A sequence (list).
     *
     * @param items  the items, in file order (unmodifiable)
     * @param file   the file
     * @param line   1-based line
     * @param column 1-based column
     */
    record Sequence(List<FileNode> items, String file, int line, int column) implements FileNode {
        /** Copies the items. */
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String what() {
            return "a list";
        }
    }

    /**
     * One key and its value in a {@link Mapping}.
     *
     * @param key   the key (its text is the name)
     * @param value the value
     */
    record Entry(Scalar key, FileNode value) {
        /** Requires both. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        /** @return the key's text */
        public String name() {
            return key.text();
        }
    }

    /**
     * A mapping of keys to values, in file order; a key may appear twice (the snapshot reader reports it).
     *
     * @param entries the entries (unmodifiable)
     * @param file    the file
     * @param line    1-based line
     * @param column  1-based column
     */
    record Mapping(List<Entry> entries, String file, int line, int column) implements FileNode {
        /** Copies the entries. */
        public Mapping {
            entries = List.copyOf(entries);
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String what() {
            return "a mapping";
        }

        /**
         * @param key a key
         * @return the value of its first occurrence, or null
         */
        public FileNode get(String key) {
            for (Entry e : entries) {
                if (e.name().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }

        /**
         * @param key   a key
         * @param value its new value
         * @return a copy with the (first) entry of {@code key} replaced, or added at the end
         */
        public Mapping with(String key, FileNode value) {
            List<Entry> copy = new ArrayList<>(entries);
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).name().equals(key)) {
                    copy.set(i, new Entry(copy.get(i).key(), value));
                    return new Mapping(copy, file, line, column);
                }
            }
            copy.add(new Entry(new Scalar(key, false, value.file(), value.line(), value.column()), value));
            return new Mapping(copy, file, line, column);
        }
    }

    /**
     * @param node a node, or null
     * @return its text when it is a scalar that is not null, else null
     */
    static String text(FileNode node) {
        return node instanceof Scalar s && !s.isNull() ? s.text() : null;
    }

    /**
     * @param node a node, or null
     * @return whether it is absent or a null scalar
     */
    static boolean isNull(FileNode node) {
        return node == null || node instanceof Scalar s && s.isNull();
    }
}
