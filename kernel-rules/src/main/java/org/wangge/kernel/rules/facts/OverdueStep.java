package org.wangge.kernel.rules.facts;

import java.time.LocalDateTime;
import java.util.Objects;
import org.wangge.kernel.model.cases.Case;

/**
 * A case that became overdue under Art. 15 (definition): a limit of ZG-15-01 … ZG-15-04 passed with its step
 * undone or done late, or a hand-back breached ZG-15-05. The grid agency's supervision (督办, Art. 15 ¶1) is due
 * from {@code overdueAt} (ZG-15-06).
 *
 * @param kase      the case
 * @param kind      what is overdue
 * @param overdueAt when it became overdue: the limit's last instant, or the hand-back
 */
public record OverdueStep(Case kase, OverdueKind kind, LocalDateTime overdueAt) {

    /** Refuses missing parts. */
    public OverdueStep {
        Objects.requireNonNull(kase, "kase");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(overdueAt, "overdueAt");
    }

    /** @return the case's id */
    public String caseId() {
        return kase.id();
    }
}
