package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;

/**
 * The days a grid worker has served under the Measures up to the check date (definition, Art. 18 ¶2
 * with Art. 24): from the later of the first day of service and the day the Measures came into force,
 * to the earlier of the last day of service and the check date. Coverage by a labour contract and by
 * insurance is checked on every one of these days.
 *
 * @param workerId   the worker
 * @param employment full-time or part-time
 * @param from       first day
 * @param to         last day, not before {@code from}
 */
public record ServiceWindow(String workerId, EmploymentType employment, LocalDate from, LocalDate to) {

    /**
     * @param worker  the worker
     * @param inForce the day the Measures came into force
     * @param asOf    the check date
     * @return the worker's days of service under the Measures up to the check date, or null when there are none
     */
    public static ServiceWindow of(GridWorker worker, LocalDate inForce, LocalDate asOf) {
        LocalDate from = worker.serviceFrom().isAfter(inForce) ? worker.serviceFrom() : inForce;
        LocalDate to = worker.serviceTo() == null || worker.serviceTo().isAfter(asOf) ? asOf : worker.serviceTo();
        return to.isBefore(from) ? null : new ServiceWindow(worker.id(), worker.employment(), from, to);
    }
}
