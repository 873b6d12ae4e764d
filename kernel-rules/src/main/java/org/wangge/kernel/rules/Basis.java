package org.wangge.kernel.rules;

/**
 * What makes a finding a breach (CATALOGUE.md version 2, "Basis and severity"). The severity follows
 * from the basis and the verb, never from a rule's taste; the pack refuses a rule whose declared
 * severity contradicts them (see {@link #severityFor(Verb)}).
 *
 * <p>The catalogue's header, quoted:
 * <blockquote>
 * <b>TEXT</b>: the Measures' own words establish the breach — a "shall" (应当) or "shall not" (不得) with
 * no number or choice supplied by local policy — or another law's words that the article points to
 * (依法). Severity <b>VIOLATION</b>. A "generally" (一般), "may" (可以) or "encouraged" (鼓励) provision
 * on a TEXT basis is a <b>WARNING</b>.<br>
 * <b>POLICY</b>: the text leaves something open ("timely" 及时, "rapidly" 快速, "about" 左右, "necessary
 * … and so on" 必要的…等, which department is responsible) and a local parameter or decision table
 * closes it. Severity <b>WARNING</b>, and the message says the limit is local (时限为本地设定). It is a
 * <b>VIOLATION</b> only where the parameter or table records the local normative document that adopted
 * it (its document number 文号 and date); the finding then cites the article <i>and</i> that document.<br>
 * <b>INDICATOR</b>: the platform's records suggest a breach that only an investigation can establish
 * (Art. 13's conduct bans). Reported as <b>suspected</b> (疑似), severity WARNING, with no Art. 22
 * consequence; it may open the misconduct process. A finding of that investigation (查实) is TEXT.<br>
 * <b>NOTICE</b> is kept for scope (ZG-02-01).
 * </blockquote>
 *
 * <p>The engine, not the rule, raises a POLICY WARNING to VIOLATION: when every parameter and table the
 * rule names in its {@code @policy} metadata records {@code adopted-by} and {@code adopted-on} (on or
 * before the day of the conduct or state in breach). It never attaches an Art. 22 consequence to a POLICY
 * or INDICATOR finding.
 */
public enum Basis {
    /** The Measures' own words (or a law they point to) establish the breach: 依据条文. */
    TEXT,
    /** A local parameter or decision table closes what the text leaves open: 本地设定. */
    POLICY,
    /** The records suggest a breach that only an investigation can establish: 疑似. */
    INDICATOR;

    /**
     * The severity a rule of this basis declares for a provision with this verb (the engine may later raise a
     * POLICY WARNING whose limits were adopted by a local document). NOTICE is never implied: it is allowed only
     * where the catalogue lists it for the constraint (scope; a pending filing).
     *
     * @param verb the provision's verb
     * @return the severity a rule must declare
     */
    public Severity severityFor(Verb verb) {
        return switch (this) {
            case TEXT -> verb.binds() ? Severity.VIOLATION : Severity.WARNING;
            case POLICY, INDICATOR -> Severity.WARNING;
        };
    }
}
