package org.wangge.kernel.rules.facts;

import java.time.LocalDateTime;

/**
 * One piece of evidence (e.g. a photo's content hash) in the report of one case (definition,
 * Art. 13(4)): evidence already in the report of an earlier case, reused in a worker's report, suggests
 * falsification by that worker (ZG-13-04). Joining uses on {@code ref} avoids comparing every case with every other.
 *
 * @param ref         the evidence reference
 * @param caseId      the case whose report holds it
 * @param workerId    the grid worker who collected the case, or null when none did
 * @param collectedAt when the case was collected
 */
public record EvidenceUse(String ref, String caseId, String workerId, LocalDateTime collectedAt) {
}
