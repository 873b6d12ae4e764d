package org.wangge.kernel.io.snapshot;

import java.util.Objects;

/**
 * One problem of a snapshot file, at a position in the file.
 *
 * @param file    the file (or source) name, as given to the reader
 * @param line    1-based line of the offending node
 * @param column  1-based column of the offending node
 * @param field   where in the snapshot, e.g. {@code grids[0].households}, or a top-level key; empty
 *                for a problem of the whole file (such as a YAML syntax error)
 * @param message what is wrong; never contains a raw personal value
 */
public record FileProblem(String file, int line, int column, String field, String message) {

    /**
     * Requires the file, field and message (use an empty field for the whole file).
     *
     * @param file    the file (or source) name
     * @param line    1-based line
     * @param column  1-based column
     * @param field   where in the snapshot, or empty
     * @param message what is wrong
     */
    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line:column: field: message} (without {@code field: } when the field is empty) */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
