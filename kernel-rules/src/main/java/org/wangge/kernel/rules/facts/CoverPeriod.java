package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * The days a labour contract or an insurance policy covers a grid worker (definition, Art. 18 ¶2).
 * Derived from {@code LabourContract} and {@code InsurancePolicy}, so coverage of every kind is
 * checked the same way by {@link Coverage#firstGap}.
 *
 * @param workerId the worker covered
 * @param kind     what covers the worker
 * @param from     first day covered
 * @param to       last day covered, or null while open
 */
public record CoverPeriod(String workerId, CoverKind kind, LocalDate from, LocalDate to) {
}
