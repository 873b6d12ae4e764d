package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import org.wangge.kernel.model.worker.GridWorker;

/**
 * The days on which a continuing duty of Art. 18 ¶2 towards one worker is judged: from the later of the day after the
 * statutory period for it has run (Labour Contract Law Art. 10: a written contract within one month of starting work;
 * Social Insurance Law Art. 58: registration within 30 days; none for accident insurance) and 2024-02-01 (Art. 24), to
 * the earlier of the worker's last day of service and the check date.
 *
 * @param workerId the worker
 * @param kind     which duty: a labour contract, social insurance, or work-injury or accident insurance
 * @param deadline the last day of the statutory period (for accident insurance the day before service began)
 * @param from     the first day judged
 * @param to       the last day judged
 */
public record DutyWindow(String workerId, CoverKind kind, LocalDate deadline, LocalDate from, LocalDate to) {

    /**
     * @param worker   the worker
     * @param kind     the duty
     * @param deadline the last day of its statutory period
     * @param inForce  the day the Measures came into force
     * @param asOf     the check date
     * @return the window, or null when no day is judged
     */
    public static DutyWindow of(GridWorker worker, CoverKind kind, LocalDate deadline, LocalDate inForce, LocalDate asOf) {
        LocalDate from = deadline.plusDays(1).isAfter(inForce) ? deadline.plusDays(1) : inForce;
        LocalDate to = worker.serviceTo() == null || worker.serviceTo().isAfter(asOf) ? asOf : worker.serviceTo();
        return to.isBefore(from) ? null : new DutyWindow(worker.id(), kind, deadline, from, to);
    }
}
