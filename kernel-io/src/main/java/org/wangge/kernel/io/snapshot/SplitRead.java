package org.wangge.kernel.io.snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;

/**
 * A large JSON snapshot file read by two threads: the largest top-level list is cut in two at an element boundary
 * near the middle of the file, and its second part is read by a second thread while the calling thread reads the
 * rest of the file. This relies on the layout {@link SnapshotWriter} writes (each element of a top-level list on a
 * line of its own, {@code "    {…},"}; top-level keys at two spaces), and checks it instead of trusting it:
 *
 * <ul>
 * <li>a raw line feed is never inside a JSON string, so the line feed before an element line is between two tokens;
 * the cut is at the comma ending the line before, which is therefore the separator of two elements;</li>
 * <li>the calling thread reads the file without the cut part ({@code [0, comma)} then the list's closing line on),
 * and must meet the {@code ]} of that very list right after the last element before the cut, at the byte where it
 * has to be; the second thread reads {@code [} + the cut part + {@code ]}, which must be one array of elements and
 * nothing else. Both being valid JSON, the whole file is, with the same elements in the same order.</li>
 * </ul>
 *
 * <p>The cut is looked for by the second thread while the calling thread reads the file's first half: it is always
 * after the middle ({@link #half}), so the calling thread needs it only when it reads past the middle, and a
 * file without a cut (not the writer's layout) is then read on by the calling thread to its end, in one thread.
 *
 * <p>Anything unexpected (another layout, a second thread's problem) is a {@link Mismatch}: the caller then reads
 * the file in one thread as before, which reports every problem as before. Files under {@link #MIN_BYTES} or over
 * 2 GB, and machines with one processor, are read in one thread.
 *
 * <p><b>When:</b> on a machine with at least two processors, unless {@code -Dwangge.snapshot.twoThreads=false}. On this
 * 2-core machine, quiet, it took an M file's read from 13.4 s to 7.9 s (medians of 3); on a machine whose cores are all busy
 * it costs more than it saves (a loaded run: 48.6 s against 35.9 s in one thread), so a host that reads large files
 * beside other work turns it off. See docs/performance.md, "Snapshot files (issue 12)". (The load average was tried as
 * the switch and dropped: it lags by a minute, so a read right after other work of the same JVM went to one thread.)
 */
final class SplitRead {

    /** Below this size a file is read by one thread: a second one would not pay for itself. */
    static final long MIN_BYTES = 32L << 20;

    /** The layout was not what the split expects, or the second part could not be read: read the file in one thread. */
    static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /**
     * @param listKey the list cut in two
     * @param type    its element type
     * @param comma   the offset of the comma before the first element of the second part
     * @param end     the offset of the line feed before the list's closing {@code ]}
     */
    record Cut(String listKey, Class<?> type, int comma, int end) {
    }

    final MappedByteBuffer bytes;
    final int size;
    /** The first byte the cut may be at: the calling thread reads up to here without waiting for the cut. */
    final int half;
    private final java.util.concurrent.CompletableFuture<Cut> cut = new java.util.concurrent.CompletableFuture<>();

    private SplitRead(MappedByteBuffer bytes, int size) {
        this.bytes = bytes;
        this.size = size;
        this.half = size / 2;
    }

    /** @return whether a large file is read by two threads (see the class comment) */
    static boolean wanted() {
        return Boolean.parseBoolean(System.getProperty("wangge.snapshot.twoThreads", "true"))
                && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** @return the split of this file (its cut not looked for yet), or null when it is read by one thread */
    static SplitRead of(Path file) throws IOException {
        if (!wanted()) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Long.getLong("wangge.snapshot.splitBytes", MIN_BYTES) || size > Integer.MAX_VALUE - 16) {
                return null;
            }
            return new SplitRead(channel.map(FileChannel.MapMode.READ_ONLY, 0, size), (int) size);
        }
    }

    /**
     * Looks for the cut (by the second thread, or by the first caller of {@link #cut()}); a layout it does not
     * expect, or any failure, is no cut.
     *
     * @return the cut, or null when the file is read by one thread
     */
    Cut findCut() {
        if (!cut.isDone()) {
            Cut found;
            try {
                found = find(bytes, size);
            } catch (RuntimeException e) {
                found = null;
            }
            cut.complete(found);
        }
        return cut.join();
    }

    /** @return the cut, once {@link #findCut()} has run (waiting for it); null when there is none */
    Cut cut() {
        try {
            return cut.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Mismatch("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new Mismatch("no cut", e.getCause());
        }
    }

    private static final int CHUNK = 1 << 16;

    /** @return the cut at or after the middle of the file, or null when the layout around the middle is not the writer's */
    static Cut find(MappedByteBuffer b, int size) {
        byte[] chunk = new byte[CHUNK];
        // an element line after the middle: ",\n    {"
        int line = -1;
        for (int from = size / 2; from < Math.min(size - 8, size / 2 + (1 << 20)) && line < 0; from += CHUNK - 8) {
            int n = Math.min(CHUNK, size - from);
            b.get(from, chunk, 0, n);
            for (int i = 1; i + 5 < n; i++) {
                if (chunk[i] == '\n' && chunk[i - 1] == ',' && chunk[i + 1] == ' ' && chunk[i + 2] == ' '
                        && chunk[i + 3] == ' ' && chunk[i + 4] == ' ' && chunk[i + 5] == '{') {
                    line = from + i;
                    break;
                }
            }
        }
        if (line < 0) {
            return null;
        }
        int comma = line - 1;
        // the list's key line before it: "\n  \"key\": [\n"
        int keyLine = -1;
        for (int to = comma; to > 0 && keyLine < 0; to -= CHUNK - 8) {
            int from = Math.max(0, to - CHUNK);
            int n = to - from;
            b.get(from, chunk, 0, n);
            for (int i = n - 4; i >= 0; i--) {
                if (chunk[i] == '\n' && chunk[i + 1] == ' ' && chunk[i + 2] == ' ' && chunk[i + 3] == '"') {
                    keyLine = from + i;
                    break;
                }
            }
        }
        if (keyLine < 0) {
            return null;
        }
        int n = Math.min(256, comma - keyLine);
        b.get(keyLine, chunk, 0, n);
        String head = new String(chunk, 0, n, StandardCharsets.UTF_8);
        int quote = head.indexOf('"', 4);
        if (quote < 0 || !head.startsWith("\": [\n", quote)) {
            return null;
        }
        String key = head.substring(4, quote);
        Class<?> type = SnapshotFormat.LISTS.get(key);
        if (type == null) {
            return null;
        }
        // the list's end after it: "}\n  ]"
        int end = -1;
        for (int from = line; from < size - 4 && end < 0; from += CHUNK - 8) {
            int m = Math.min(CHUNK, size - from);
            b.get(from, chunk, 0, m);
            for (int i = 1; i + 3 < m; i++) {
                if (chunk[i] == '\n' && chunk[i + 1] == ' ' && chunk[i + 2] == ' ' && chunk[i + 3] == ']') {
                    end = from + i;
                    break;
                }
            }
        }
        if (end < 0 || b.get(end - 1) != '}') {
            return null;
        }
        return new Cut(key, type, comma, end);
    }

    /**
     * @return the file without the second part: its bytes up to the comma, then from the list's closing line; its first
     *         half at once, the rest once the cut is known (all of the file when there is none)
     */
    InputStream rest() {
        InputStream after = new InputStream() { // opened when the reader gets past the middle
            private InputStream in;

            private InputStream in() {
                if (in == null) {
                    Cut c = cut();
                    in = c == null ? new Range(bytes, half, size)
                            : new SequenceInputStream(new Range(bytes, half, c.comma()), new Range(bytes, c.end(), size));
                }
                return in;
            }

            @Override
            public int read() throws IOException {
                return in().read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in().read(b, off, len);
            }
        };
        return new SequenceInputStream(new Range(bytes, 0, half), after);
    }

    /** @return the second part as one JSON array: {@code [} + the elements after the comma + {@code ]} */
    InputStream part() {
        Cut c = cut();
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(new byte[] {'['}),
                new Range(bytes, c.comma() + 1, c.end()), new ByteArrayInputStream(new byte[] {']'}))));
    }

    /** @return the offset, in {@link #rest()}, where the {@code ]} closing the cut list must be */
    long closingInRest() {
        return cut().comma() + 3L; // "\n  ]" follows the comma's place
    }

    /** A range of the mapped file as a stream. */
    private static final class Range extends InputStream {
        private final MappedByteBuffer bytes;
        private int at;
        private final int end;

        Range(MappedByteBuffer bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        @Override
        public int read() {
            return at < end ? bytes.get(at++) & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (at >= end) {
                return -1;
            }
            int n = Math.min(len, end - at);
            bytes.get(at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return end - at;
        }
    }
}
