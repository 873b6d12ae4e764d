package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * The last assessment period that has ended before the check date (definition, Art. 17 ¶1): the
 * period of {@code assessment.period.months} months just before the current one. Every grid worker
 * who served in it is assessed (考核) for it (ZG-17-02).
 *
 * @param start first day of the period
 * @param end   last day of the period
 */
public record LastFullAssessmentPeriod(LocalDate start, LocalDate end) {

    /**
     * Whether an assessment covers the part of this period in which a worker served: it starts no
     * later than the later of the period's start and the worker's first day of service, and ends no
     * earlier than the period's end.
     *
     * @param periodStart the assessment's first day
     * @param periodEnd   the assessment's last day
     * @param serviceFrom the worker's first day of service
     * @return whether the assessment covers the worker's service in this period
     */
    public boolean coveredBy(LocalDate periodStart, LocalDate periodEnd, LocalDate serviceFrom) {
        LocalDate from = serviceFrom.isAfter(start) ? serviceFrom : start;
        return !periodStart.isAfter(from) && !periodEnd.isBefore(end);
    }
}
