package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * A day on which a grid worker exported personal information in bulk (definition, Art. 13(2)); the
 * records exported that day are summed against {@code pi.export.max.per-day} (ZG-13-02).
 *
 * @param workerId the worker
 * @param day      the day of the export(s)
 */
public record PersonalInfoExportDay(String workerId, LocalDate day) {
}
