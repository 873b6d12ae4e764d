package org.wangge.kernel.process.internal;

import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * Writes a subject's first audit entry when its process starts (bean {@code wanggeAudit}), so that it
 * precedes the entries of the automatic steps that run in the same transaction. Not API.
 */
public final class AuditListener {

    /** The transient start variable holding the entry: action, actor, rule, detail. */
    public static final String START_ENTRY = "auditStartEntry";

    private final Kernel kernel;

    /** @param kernel the shared context */
    public AuditListener(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * @param execution the process instance that starts
     */
    public void started(DelegateExecution execution) {
        Object entry = execution.getTransientVariable(START_ENTRY);
        if (entry instanceof List<?> e && e.size() == 4) {
            kernel.audit(execution.getProcessInstanceId(), (String) e.get(0), (String) e.get(1), (String) e.get(2), (String) e.get(3));
        }
    }
}
