package org.wangge.kernel.testkit.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.wangge.kernel.io.snapshot.FileProblem;

/** A scenario file could not be read: every problem found, each with file, line, column and field. */
public class ScenarioFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    /**
     * @param problems every problem found
     */
    public ScenarioFileException(List<FileProblem> problems) {
        super(problems.size() + " problem(s) in scenario file(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<FileProblem> problems() {
        return problems;
    }
}
