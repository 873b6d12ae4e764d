package org.wangge.kernel.io.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file on its way to the parser: decodes UTF-8 strictly (an invalid byte is an error at its
 * line and column, not "Input length = 1"), drops a leading byte-order mark, counts lines and columns, and
 * refuses more than {@link Limits#MAX_VALUE_CHARS} characters between two tokens of the parser (a huge
 * scalar, comment or run of blanks), so that no single value is held whole before it is refused.
 */
final class FileInput extends Reader implements FileSyntax.TokenGate {

    /** A problem of the text itself, at a position: invalid UTF-8 or a limit crossed. */
    static final class InputProblem extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        InputProblem(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final Reader chars;
    private final InputStream bytes;
    private final CharsetDecoder decoder;
    private final ByteBuffer in;
    private InputProblem pending;
    private boolean eof;
    private boolean started;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;
    private long sinceToken;

    private FileInput(Reader chars, InputStream bytes) {
        this.chars = chars;
        this.bytes = bytes;
        if (bytes != null) {
            this.decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.in = ByteBuffer.allocate(1 << 16);
            this.in.flip();
        } else {
            this.decoder = null;
            this.in = null;
        }
    }

    /** @return the text of UTF-8 bytes */
    static FileInput of(InputStream bytes) {
        return new FileInput(null, bytes);
    }

    /** @return the text of characters already decoded */
    static FileInput of(Reader chars) {
        return new FileInput(chars, null);
    }

    /** Called by the parser's driver before each token: the value limit counts from here. */
    @Override
    public void token() {
        sinceToken = 0;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = bytes != null ? decode(buffer, offset, length) : chars.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        if (!started) {
            started = true;
            if (buffer[offset] == '\uFEFF') { // a byte-order mark is not content
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                if (--n == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                column = 1;
                afterCr = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                afterCr = true;
            } else {
                column++;
                afterCr = false;
            }
        }
        sinceToken += n;
        if (sinceToken > Limits.MAX_VALUE_CHARS + Limits.READ_AHEAD) {
            throw new InputProblem("a value (or a comment or blank run) longer than " + Limits.MAX_VALUE_CHARS
                    + " characters, the limit of a snapshot file: it is refused before it is read whole", line, column);
        }
        return n;
    }

    /** Decodes into {@code buffer}; an invalid byte is reported after the characters before it were delivered. */
    private int decode(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult r = decoder.decode(in, out, eof);
            if (r.isError()) {
                String message = "not valid UTF-8: the byte 0x" + Integer.toHexString(in.get(in.position()) & 0xff)
                        + " cannot start or continue a character here; save the file as UTF-8";
                if (out.position() > offset) {
                    pending = new InputProblem(message, 0, 0); // located below, after the characters before it
                    break;
                }
                pending = new InputProblem(message, line, column);
                throw pending;
            }
            if (r.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                break;
            }
            in.compact();
            int got = bytes.read(in.array(), in.position(), in.remaining());
            if (got < 0) {
                eof = true;
            } else {
                in.position(in.position() + got);
            }
            in.flip();
        }
        int n = out.position() - offset;
        if (pending != null && pending.line == 0) {
            // the characters before the bad byte first; the problem is raised at the next read, where it is
            pending = locatedAfter(pending, buffer, offset, n, line, column);
        }
        return n == 0 && eof ? -1 : n;
    }

    /** The problem at the position after {@code n} more characters (those being delivered now). */
    private static InputProblem locatedAfter(InputProblem p, char[] buffer, int offset, int n, int line, int column) {
        boolean cr = false;
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!cr) {
                    line++;
                }
                column = 1;
                cr = false;
            } else if (c == '\r') {
                line++;
                column = 1;
                cr = true;
            } else {
                column++;
                cr = false;
            }
        }
        return new InputProblem(p.getMessage(), line, column);
    }

    @Override
    public void close() throws IOException {
        if (bytes != null) {
            bytes.close();
        } else {
            chars.close();
        }
    }
}
