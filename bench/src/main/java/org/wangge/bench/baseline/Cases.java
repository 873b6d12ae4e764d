package org.wangge.bench.baseline;

import java.time.LocalDate;
import org.wangge.kernel.model.cases.Case;

/** Small helpers on cases. */
final class Cases {

    private Cases() {
    }

    static LocalDate collectedOn(Case k) {
        return k.timeline().collected().toLocalDate();
    }
}
