package org.wangge.kernel.model.calendar;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when working-day calendar data cannot be loaded. It lists <em>every</em> problem found in
 * all the files loaded together, not only the first, so that an analyst can fix a whole file in one
 * pass. Each problem reads {@code file:line: reason}, and the reason says how to fix it.
 *
 * @see WorkingDayCalendarLoader
 */
public class CalendarFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Every problem found, in file and line order; not serialized (the message lists them all). */
    private final transient List<Problem> problems;

    /**
     * One problem in the calendar data.
     *
     * @param source the file or resource name, as given to the loader
     * @param line   the line number, starting at 1
     * @param reason what is wrong and how to fix it
     */
    public record Problem(String source, int line, String reason) {

        /**
         * Checks the components.
         *
         * @param source the file or resource name
         * @param line   the line number
         * @param reason the reason
         */
        public Problem {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** @return the problem as {@code file:line: reason} */
        @Override
        public String toString() {
            return source + ":" + line + ": " + reason;
        }
    }

    /**
     * @param problems the problems found, at least one, in the order they should be shown
     */
    public CalendarFormatException(List<Problem> problems) {
        super(message(List.copyOf(problems)));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CalendarFormatException needs at least one problem");
        }
        return "Working-day calendar data has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; fix each and load again:"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * @return every problem found, in file and line order; empty on a deserialized copy, whose
     *         message still lists them all
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
