package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.conduct.Circumstances;
import org.wangge.kernel.rules.ConsequenceLevel;

/**
 * The Art. 22 starting level the analyst-editable table gives a breach of a staff duty. The level applied follows the
 * circumstances (情节) the investigating unit recorded ({@link #applied}): Art. 22 grades the consequence by them.
 *
 * @param breach the breach
 * @param level  the starting level from the table
 */
public record StaffConsequence(Breach breach, ConsequenceLevel level) {

    /** The evidence key under which an Art. 13 rule passes the circumstances recorded with a substantiation. */
    public static final String CIRCUMSTANCES = "circumstances";

    /**
     * @param starting the table's starting level, or null when the breach has none
     * @param breach   the breach, whose evidence may name the recorded circumstances
     * @return the level Art. 22 gives: the one the recorded circumstances call for (情节严重，构成违纪违法 → discipline;
     *         构成犯罪 → criminal liability; not serious → correction); without recorded circumstances, correction and a
     *         circular; null when there is no starting level
     */
    public static ConsequenceLevel applied(ConsequenceLevel starting, Breach breach) {
        if (starting == null) {
            return null;
        }
        Circumstances c = circumstances(breach);
        if (c == null) {
            return ConsequenceLevel.CORRECTION_AND_CIRCULAR;
        }
        return switch (c) {
            case NOT_SERIOUS -> ConsequenceLevel.CORRECTION_AND_CIRCULAR;
            case SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW -> ConsequenceLevel.DISCIPLINARY;
            case CRIME -> ConsequenceLevel.CRIMINAL_REFERRAL;
        };
    }

    /**
     * @param starting the table's starting level, or null
     * @param breach   the breach
     * @return the starting level when it is above correction and no circumstances are recorded (it awaits them), else null
     */
    public static ConsequenceLevel awaiting(ConsequenceLevel starting, Breach breach) {
        return starting != null && starting != ConsequenceLevel.CORRECTION_AND_CIRCULAR && circumstances(breach) == null ? starting : null;
    }

    /**
     * @param breach a breach
     * @return the circumstances its evidence names, or null
     */
    public static Circumstances circumstances(Breach breach) {
        return breach.evidence().get(CIRCUMSTANCES) instanceof Circumstances c ? c : null;
    }
}
