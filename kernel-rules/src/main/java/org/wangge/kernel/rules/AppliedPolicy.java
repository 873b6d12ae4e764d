package org.wangge.kernel.rules;

import java.time.LocalDate;

/**
 * A local parameter or decision table a POLICY (or INDICATOR) finding rests on: what the rule's
 * {@code @policy} metadata names, as in force on the check date. The finding's message says which local
 * limit it applied; when every one it rests on was adopted by a local normative document, a POLICY finding
 * is a VIOLATION citing that document (see {@link Basis#POLICY}).
 *
 * @param key        the parameter's name ({@code filing.grace.days}) or {@code table:} and the table's file stem
 *                   ({@code table:routing})
 * @param labelZh    what it is, in Chinese (e.g. 备案宽限期), from the pack
 * @param labelEn    what it is, in English (e.g. filing grace)
 * @param value      the value applied, as written (empty for a table)
 * @param unit       its unit (e.g. {@code days}; {@code table} for a table)
 * @param source     whether the number is the text's or a policy default
 * @param adoptedBy  the document number (文号) of the local normative document that adopted it, or null
 * @param adoptedOn  the day that document adopted it, or null
 * @param file       the pack file it is declared in
 * @param line       the line its block starts on
 */
public record AppliedPolicy(
        String key,
        String labelZh,
        String labelEn,
        String value,
        String unit,
        ParameterSource source,
        String adoptedBy,
        LocalDate adoptedOn,
        String file,
        int line) {

    /** @return whether a local normative document adopted it (both document number and date are recorded) */
    public boolean adopted() {
        return adoptedBy != null && !adoptedBy.isBlank() && adoptedOn != null;
    }

    /**
     * @param day the day of the conduct or state in breach
     * @return whether it was adopted on or before that day
     */
    public boolean adoptedBy(LocalDate day) {
        return adopted() && !adoptedOn.isAfter(day);
    }

    /** @return whether it names a decision table rather than a parameter */
    public boolean isTable() {
        return key.startsWith("table:");
    }
}
