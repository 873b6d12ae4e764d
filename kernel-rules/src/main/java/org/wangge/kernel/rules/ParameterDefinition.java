package org.wangge.kernel.rules;

import java.time.LocalDate;

/**
 * One dated value of a parameter, as written in a pack's {@code parameters.toml}.
 *
 * @param name          the parameter's name, e.g. {@code filing.grace.days}
 * @param value         its value, as written
 * @param unit          its unit, e.g. {@code days}, {@code working-days}, {@code hours}
 * @param citation      the provision it serves
 * @param source        whether the number is the text's or a policy default
 * @param effectiveFrom the first day this value applies; the value with the latest such day on or
 *                      before the check's as-of date is used
 * @param note          why this value, in words
 * @param file          the file it was read from
 * @param line          the line its block starts on
 */
public record ParameterDefinition(
        String name,
        String value,
        String unit,
        Citation citation,
        ParameterSource source,
        LocalDate effectiveFrom,
        String note,
        String file,
        int line) {
}
