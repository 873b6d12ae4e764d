package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The calendar years that have ended by a check date, from a first year (Art. 19: budget years judged once ended). */
public final class EndedYears {

    private EndedYears() {
    }

    /**
     * @param first the first year
     * @param asOf  the check date
     * @return every year from {@code first} that ended before {@code asOf}, ascending
     */
    public static List<Integer> since(int first, LocalDate asOf) {
        List<Integer> out = new ArrayList<>();
        for (int y = first; y < asOf.getYear(); y++) {
            out.add(y);
        }
        return out;
    }
}
