package org.wangge.kernel.rules;

import java.time.LocalDate;

/**
 * A constraint of the catalogue (CATALOGUE.md): the contract each rule cites.
 *
 * @param id          stable ID, e.g. {@code ZG-07-03}
 * @param citation    the provision
 * @param severity    its usual severity
 * @param severities  every severity its findings may have (e.g. ZG-07-03: VIOLATION after the grace period, WARNING within it)
 * @param inForceFrom the day it is in force from
 * @param titleEn     what it requires, in English
 * @param quoteZh     the words of the Chinese text it encodes
 * @param templateZh  the Chinese message, with {@code {name}} placeholders filled from a breach's evidence
 * @param templateEn  the English message, with placeholders
 */
public record ConstraintDefinition(
        String id,
        Citation citation,
        Severity severity,
        java.util.Set<Severity> severities,
        LocalDate inForceFrom,
        String titleEn,
        String quoteZh,
        String templateZh,
        String templateEn) {
}
