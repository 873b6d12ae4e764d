package org.wangge.kernel.io.waiver;

import java.util.List;
import java.util.stream.Collectors;
import org.wangge.kernel.io.snapshot.FileProblem;

/**
 * Thrown when a waiver file cannot be used: it carries every problem found, in file order, each as
 * {@code file:line:column: field: message}; no value of personal data is echoed unmasked.
 */
public class WaiverFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    /**
     * @param problems the problems, at least one
     * @throws IllegalArgumentException when there is none
     */
    public WaiverFileException(List<FileProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<FileProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a WaiverFileException needs at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in waiver file:\n"
                + problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
    }

    /** @return every problem, in file order (unmodifiable) */
    public List<FileProblem> problems() {
        return problems;
    }
}
