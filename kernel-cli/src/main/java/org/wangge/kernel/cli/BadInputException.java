package org.wangge.kernel.cli;

import java.util.List;

/**
 * Bad input to a command (a missing file, an unknown constraint ID, a malformed snapshot…): the
 * command line prints each line on stderr and exits with {@link WanggeCommand#EXIT_BAD_INPUT}, with
 * no stack trace unless {@code --debug} is given.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    BadInputException(String line) {
        this(List.of(line), null);
    }

    BadInputException(List<String> lines, Throwable cause) {
        super(String.join("\n", lines), cause);
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
