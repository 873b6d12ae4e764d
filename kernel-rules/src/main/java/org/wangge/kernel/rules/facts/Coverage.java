package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Day-by-day coverage of a span by cover periods (Art. 18 ¶2: a labour contract, social insurance,
 * work-injury or personal accident insurance on every day of service). Pure java.time arithmetic on
 * whole days, both ends inclusive.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * Finds the days of {@code [from, to]} that none of the periods covers.
     *
     * @param from    first day of the span
     * @param to      last day of the span; a span whose end is before its start has no days
     * @param periods cover periods ({@link CoverPeriod}; other elements are ignored), in any order,
     *                possibly overlapping
     * @return the first uncovered day and the number of uncovered days, or {@link CoverageGap#NONE}
     */
    public static CoverageGap firstGap(LocalDate from, LocalDate to, Collection<?> periods) {
        if (from == null || to == null || to.isBefore(from)) {
            return CoverageGap.NONE;
        }
        List<CoverPeriod> sorted = new ArrayList<>();
        for (Object p : periods) {
            if (p instanceof CoverPeriod c) {
                sorted.add(c);
            }
        }
        sorted.sort(Comparator.comparing(CoverPeriod::from));
        LocalDate next = from; // the first day not yet known to be covered
        LocalDate first = null;
        long uncovered = 0;
        for (CoverPeriod p : sorted) {
            if (next.isAfter(to)) {
                break;
            }
            LocalDate end = p.to() == null || p.to().isAfter(to) ? to : p.to();
            if (end.isBefore(next)) {
                continue; // ends before the part still open
            }
            if (p.from().isAfter(next)) {
                LocalDate gapEnd = p.from().isAfter(to) ? to : p.from().minusDays(1);
                if (first == null) {
                    first = next;
                }
                uncovered += ChronoUnit.DAYS.between(next, gapEnd) + 1;
                if (p.from().isAfter(to)) {
                    next = to.plusDays(1);
                    break;
                }
            }
            next = end.plusDays(1);
        }
        if (!next.isAfter(to)) {
            if (first == null) {
                first = next;
            }
            uncovered += ChronoUnit.DAYS.between(next, to) + 1;
        }
        return uncovered == 0 ? CoverageGap.NONE : new CoverageGap(first, uncovered);
    }
}
