package org.wangge.kernel.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * A constraint of the catalogue (CATALOGUE.md version 2, the pack's {@code constraints.tsv}): the contract
 * each rule cites. Its messages are not here: they are templates in the pack's {@code messages.tsv}, one
 * place per message.
 *
 * @param id          stable ID, e.g. {@code ZG-07-03}
 * @param citation    the provision
 * @param severity    its usual severity (the first listed)
 * @param severities  every severity its rules may declare (e.g. ZG-07-03: WARNING after the grace, NOTICE within it)
 * @param inForceFrom the day it is in force from
 * @param titleEn     what it requires, in English (the project's rendering, never quoted as the article's words)
 * @param quoteZh     a verbatim span of the Chinese text that it encodes
 * @param bases       every basis its rules may declare (e.g. ZG-13-02: TEXT when substantiated, INDICATOR when suspected)
 * @param verbs       the provision's verbs (e.g. ZG-08-03: shall for the organising duty, may for the kinds of place)
 * @param templateZh  a view of the default Chinese template in messages.tsv (key = the constraint ID), or null when the pack
 *                    has none under that key; messages.tsv stays the one place the template is written
 * @param templateEn  the same, English
 */
public record ConstraintDefinition(
        String id,
        Citation citation,
        Severity severity,
        Set<Severity> severities,
        LocalDate inForceFrom,
        String titleEn,
        String quoteZh,
        Set<Basis> bases,
        Set<Verb> verbs,
        String templateZh,
        String templateEn) {

    /**
     * A constraint as constraints.tsv gives it, before its default message template is attached.
     *
     * @param id          id
     * @param citation    provision
     * @param severity    usual severity
     * @param severities  severities allowed
     * @param inForceFrom in force from
     * @param titleEn     English title
     * @param quoteZh     verbatim quote
     * @param bases       bases allowed
     * @param verbs       verbs
     */
    public ConstraintDefinition(String id, Citation citation, Severity severity, Set<Severity> severities, LocalDate inForceFrom,
            String titleEn, String quoteZh, Set<Basis> bases, Set<Verb> verbs) {
        this(id, citation, severity, severities, inForceFrom, titleEn, quoteZh, bases, verbs, null, null);
    }

    /**
     * @param zh the default Chinese template
     * @param en the default English template
     * @return this constraint with its default template attached
     */
    public ConstraintDefinition withTemplates(String zh, String en) {
        return new ConstraintDefinition(id, citation, severity, severities, inForceFrom, titleEn, quoteZh, bases, verbs, zh, en);
    }

    /** Copies the sets. */
    public ConstraintDefinition {
        severities = Set.copyOf(severities);
        bases = Set.copyOf(bases);
        verbs = Set.copyOf(verbs);
    }
}
