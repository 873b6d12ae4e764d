package org.wangge.kernel.io.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a snapshot file (or a change to a {@link SnapshotDocument}) does not describe a valid
 * city snapshot. It carries every problem found, not only the first, in file order; its message lists
 * them one per line as {@code file:line:column: field: message}.
 */
public class SnapshotFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, in file order. */
    private final transient List<FileProblem> problems;

    /**
     * @param problems the problems found, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public SnapshotFileException(List<FileProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<FileProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a SnapshotFileException needs at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in snapshot file:\n"
                + problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
    }

    /** @return every problem found, in file order (unmodifiable) */
    public List<FileProblem> problems() {
        return problems;
    }
}
