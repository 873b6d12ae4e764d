package org.wangge.kernel.io.snapshot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader that keeps a copy of what was read through it, so that the text can be read again: in
 * memory up to {@value #IN_MEMORY} characters, then in a temporary file (deleted on {@link #close()}).
 * {@link SnapshotFiles#read(java.io.Reader, String)} needs it only to locate reference problems.
 */
final class Spool extends Reader {

    /** Characters kept in memory before the copy moves to a temporary file. */
    static final int IN_MEMORY = 1 << 20;

    private final Reader in;
    private StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer toFile;

    Spool(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            if (toFile != null) {
                toFile.write(buffer, offset, n);
            } else if (memory.length() + n <= IN_MEMORY) {
                memory.append(buffer, offset, n);
            } else {
                file = Files.createTempFile("wangge-snapshot-", ".spool");
                toFile = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                toFile.append(memory);
                memory = null;
                toFile.write(buffer, offset, n);
            }
        }
        return n;
    }

    /**
     * @return the text read so far, from its start (the whole text, once the first reading is done)
     * @throws IOException when the temporary file cannot be read
     */
    Reader again() throws IOException {
        if (toFile == null) {
            return new StringReader(memory.toString());
        }
        toFile.flush();
        return new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Deletes the temporary file, if any; the reader read from is not closed. */
    @Override
    public void close() throws IOException {
        if (toFile != null) {
            toFile.close();
            Files.deleteIfExists(file);
            toFile = null;
        }
    }
}
