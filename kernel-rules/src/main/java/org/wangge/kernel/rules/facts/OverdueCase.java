package org.wangge.kernel.rules.facts;

import java.time.LocalDateTime;

/**
 * A case whose department missed its feedback limit (Art. 15 ¶2, ZG-15-03): fed back late, or still
 * without feedback after the deadline. It stays in working memory while its facts hold, so an
 * unanswered case stays flagged until the department feeds back; a process (e.g. supervision, 督办,
 * Art. 15 ¶1) can react to it.
 *
 * @param caseId       the case
 * @param departmentId the department it was assigned to
 * @param assigned     when it was assigned (交办)
 * @param deadline     the last instant feedback was in time
 * @param fedBack      when the department fed back, or null while it has not
 * @param supervised   whether the grid agency issued a supervision record (督办) after the deadline
 */
public record OverdueCase(String caseId, String departmentId, LocalDateTime assigned, LocalDateTime deadline,
        LocalDateTime fedBack, boolean supervised) {

    /** @return whether the case still awaits feedback */
    public boolean isPending() {
        return fedBack == null;
    }
}
