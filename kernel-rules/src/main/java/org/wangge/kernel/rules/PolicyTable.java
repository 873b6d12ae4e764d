package org.wangge.kernel.rules;

import java.time.LocalDate;

/**
 * A decision table of local policy (e.g. the routing table, which department's duties cover which matter),
 * declared in a {@code [[table]]} block of the pack's {@code parameters.toml} so that it can record the local
 * normative document that adopted it, like a parameter. A POLICY rule names it as {@code @policy("table:routing")}.
 *
 * @param name      the table's file stem, e.g. {@code routing} for {@code routing.drl.csv}
 * @param file      its rule file
 * @param citation  the provision it serves
 * @param source    text or policy default (a table that closes an open text is a policy default)
 * @param labelZh   what it is, in Chinese (e.g. 分流表)
 * @param labelEn   what it is, in English (e.g. routing table)
 * @param adoptedBy the document number (文号) of the local normative document that adopted it, or null
 * @param adoptedOn the day that document adopted it, or null
 * @param note      why, in words
 * @param line      the line its block starts on in parameters.toml
 */
public record PolicyTable(
        String name,
        String file,
        Citation citation,
        ParameterSource source,
        String labelZh,
        String labelEn,
        String adoptedBy,
        LocalDate adoptedOn,
        String note,
        int line) {

    /** @return whether a local normative document adopted it */
    public boolean adopted() {
        return adoptedBy != null && !adoptedBy.isBlank() && adoptedOn != null;
    }
}
