package org.wangge.kernel.io.snapshot;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a JSON file on their way to Jackson's byte-based parser, for the fast first reading of
 * {@link SnapshotFiles#read(java.nio.file.Path)}: checks that they are well-formed UTF-8 exactly as the
 * JDK's strict decoder in {@link FileInput} does (Unicode's table of well-formed byte sequences: no
 * overlong form, no surrogate, nothing above U+10FFFF, no truncated sequence at the end), and refuses a
 * NUL byte among the first four (where Jackson would guess UTF-16 or UTF-32) and more than
 * {@link Limits#MAX_VALUE_CHARS} bytes between two tokens of the parser.
 *
 * <p>It only <em>accepts</em>: it does not count lines or columns, and its problems carry no position. The
 * reader treats any problem of this reading, of the bytes or of the content, as a reason to read the file
 * again through {@link FileInput}, which finds the same problems and reports each at its line and column in
 * characters with its message. Since a UTF-8 character takes at least one byte, a file that crosses
 * {@link FileInput}'s limit between two tokens ({@code MAX_VALUE_CHARS + READ_AHEAD} characters) crosses
 * this one too.
 */
final class Utf8Bytes extends InputStream implements FileSyntax.TokenGate {

    /** Eight bytes at a time, for the test of a run of ASCII (any byte order will do). */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.nativeOrder());

    private final InputStream in;
    /** Continuation bytes still expected by the sequence that the last read ended in. */
    private int pending;
    /** The allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;
    private long sinceToken;

    Utf8Bytes(InputStream in) {
        this.in = in;
    }

    @Override
    public void token() {
        sinceToken = 0;
    }

    @Override
    public int line() {
        return 0;
    }

    @Override
    public int column() {
        return 0;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n < 0) {
            if (pending > 0) {
                throw problem("not valid UTF-8: the text ends inside a character");
            }
            return n;
        }
        check(buffer, off, n);
        sinceToken += n;
        if (sinceToken > Limits.MAX_VALUE_CHARS) {
            throw problem("a value (or a blank run) longer than " + Limits.MAX_VALUE_CHARS + " bytes");
        }
        return n;
    }

    /** Checks {@code n} more bytes, carrying a sequence cut by the end of the buffer over to the next read. */
    private void check(byte[] b, int off, int n) throws IOException {
        int i = off;
        int end = off + n;
        if (offset < 4) {
            for (int j = off; j < end && offset + (j - off) < 4; j++) {
                if (b[j] == 0) {
                    throw problem("a NUL byte at the start of the file");
                }
            }
        }
        offset += n;
        while (i < end) {
            if (pending > 0) {
                int c = b[i] & 0xff;
                if (c < low || c > high) {
                    throw problem("not valid UTF-8");
                }
                low = 0x80;
                high = 0xBF;
                pending--;
                i++;
                continue;
            }
            // the common case: a run of ASCII, eight bytes at a time where it can
            while (i + 8 <= end && ((long) LONGS.get(b, i) & 0x8080_8080_8080_8080L) == 0) {
                i += 8;
            }
            if (i == end) {
                break;
            }
            int c = b[i] & 0xff;
            if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < end) {
                // a whole three-byte character in the buffer (Chinese text) whose continuation bytes have the full
                // range 80–BF (not after E0 or ED, which narrow it): both checked at once
                if ((b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) {
                    throw problem("not valid UTF-8");
                }
                i += 3;
                continue;
            }
            i++;
            if (c < 0x80) {
                continue;
            }
            if (c >= 0xC2 && c <= 0xDF) {
                pending = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                pending = 2;
                if (c == 0xE0) {
                    low = 0xA0; // no overlong three-byte form
                } else if (c == 0xED) {
                    high = 0x9F; // no surrogate
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                pending = 3;
                if (c == 0xF0) {
                    low = 0x90; // no overlong four-byte form
                } else if (c == 0xF4) {
                    high = 0x8F; // nothing above U+10FFFF
                }
            } else {
                throw problem("not valid UTF-8"); // 80–C1, F5–FF cannot start a character
            }
        }
    }

    private static FileInput.InputProblem problem(String message) {
        return new FileInput.InputProblem(message, 0, 0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
