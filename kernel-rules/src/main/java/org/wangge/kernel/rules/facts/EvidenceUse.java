package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * One piece of evidence (e.g. a photo's content hash) in the report of one case (definition,
 * Art. 13(4)): the same evidence in the reports of two different cases is evidence of falsification
 * (ZG-13-04). Joining uses on {@code ref} avoids comparing every case with every other.
 *
 * @param ref         the evidence reference
 * @param caseId      the case whose report holds it
 * @param workerId    the grid worker who collected the case, or null when none did
 * @param collectedOn the day the case was collected
 */
public record EvidenceUse(String ref, String caseId, String workerId, LocalDate collectedOn) {
}
