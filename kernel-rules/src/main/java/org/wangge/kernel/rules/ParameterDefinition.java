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
 * @param labelZh       what it is, in Chinese, for messages (e.g. 备案宽限期); null when not given
 * @param labelEn       what it is, in English (e.g. filing grace); null when not given
 * @param adoptedBy     the document number (文号) of the local normative document that adopted this value, or null
 * @param adoptedOn     the day that document adopted it, or null
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
        int line,
        String labelZh,
        String labelEn,
        String adoptedBy,
        LocalDate adoptedOn) {

    /**
     * A value without labels or adoption (as packs before issue 11 wrote them).
     *
     * @param name          name
     * @param value         value
     * @param unit          unit
     * @param citation      provision
     * @param source        text or policy default
     * @param effectiveFrom first day
     * @param note          why
     * @param file          file
     * @param line          line
     */
    public ParameterDefinition(String name, String value, String unit, Citation citation, ParameterSource source,
            LocalDate effectiveFrom, String note, String file, int line) {
        this(name, value, unit, citation, source, effectiveFrom, note, file, line, null, null, null, null);
    }

    /** @return whether a local normative document adopted this value (document number and date both recorded) */
    public boolean adopted() {
        return adoptedBy != null && !adoptedBy.isBlank() && adoptedOn != null;
    }
}
