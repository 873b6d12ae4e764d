package org.wangge.kernel.rules.facts;

import org.wangge.kernel.rules.ConsequenceLevel;

/**
 * The Art. 22 consequence level the analyst-editable table gives a breach of a staff duty.
 *
 * @param breach the breach
 * @param level  the consequence level
 */
public record StaffConsequence(Breach breach, ConsequenceLevel level) {
}
