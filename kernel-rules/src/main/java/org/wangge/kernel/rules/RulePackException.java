package org.wangge.kernel.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule pack was refused: every problem found is listed as {@code file:line:column: message}.
 * Nothing of the refused pack was loaded; an engine that was serving keeps its previous rule base.
 */
public class RulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * @param pack     the pack's location
     * @param problems every problem found
     */
    public RulePackException(String pack, List<RuleProblem> problems) {
        super("rule pack " + pack + " refused, " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<RuleProblem> problems() {
        return problems;
    }
}
