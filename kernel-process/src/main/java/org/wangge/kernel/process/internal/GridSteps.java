package org.wangge.kernel.process.internal;

import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.StepCheck;

/** The automatic steps of the grid-change filing process (bean {@code wanggeGrid}). Not API. */
public final class GridSteps {

    /** The process definition key. */
    public static final String PROCESS = "wanggeGridChangeFiling";
    /** The transient variable holding the snapshot with the proposed grids. */
    public static final String SNAPSHOT = "proposedSnapshot";

    private final Kernel kernel;

    /** @param kernel the shared context */
    public GridSteps(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Checks the proposed grids with the rules of Art. 7 and 8 (every constraint but the filing itself,
     * ZG-07-03, which this process fulfils); VIOLATION findings send the proposal back.
     *
     * @param execution the execution; its transient variable {@value #SNAPSHOT} holds the snapshot
     */
    public void check(DelegateExecution execution) {
        CitySnapshot snapshot = (CitySnapshot) execution.getTransientVariable(SNAPSHOT);
        if (snapshot == null) {
            throw new IllegalStateException("grid change " + execution.getProcessInstanceBusinessKey()
                    + ": the proposed snapshot is missing (pass it to propose or revise)");
        }
        GridChangeProcess p = state(execution);
        StepCheck check = kernel.rulesOf(p.startedUnder()).checkGridProposal(snapshot, p.gridIds(), kernel.today()); // the pack it started under
        List<String> violations = check.refusals().stream().map(GridSteps::line).toList();
        List<String> warnings = check.notes().stream().map(GridSteps::line).toList();
        execution.setVariable(GridChangeProcess.NAME, p.checked(violations, warnings));
        kernel.audit(execution.getProcessInstanceId(), "CHECKED", Kernel.PLATFORM, "Art. 7, 8",
                violations.isEmpty() ? "no violation of Art. 7 or 8 (" + warnings.size() + " warning(s)); ready for filing"
                        : violations.size() + " violation(s): " + String.join("; ", violations));
    }

    private static String line(Finding f) {
        return f.constraintId() + " " + f.severity() + " " + f.subject() + ": " + f.messageEn();
    }

    /**
     * The reminder before the filing grace period ends (ZG-07-03, pending).
     *
     * @param execution the execution
     */
    public void remind(DelegateExecution execution) {
        GridChangeProcess p = state(execution);
        execution.setVariable(GridChangeProcess.NAME, p.remindedOfFiling());
        kernel.audit(execution.getProcessInstanceId(), "FILING_REMINDER", Kernel.PLATFORM, "ZG-07-03",
                "file with the city-level grid agency before " + kernel.toLocal(p.filingGraceEndsAt()));
    }

    /**
     * The grace period ended without a filing (ZG-07-03 VIOLATION): flags the change overdue.
     *
     * @param execution the execution
     */
    public void flagUnfiled(DelegateExecution execution) {
        GridChangeProcess p = state(execution);
        execution.setVariable(GridChangeProcess.NAME, p.unfiledAfterGrace());
        kernel.audit(execution.getProcessInstanceId(), "UNFILED_AFTER_GRACE", Kernel.PLATFORM, "ZG-07-03",
                "not filed within filing.grace.days = " + p.filingGraceDays() + " days of " + p.effectiveDate());
    }

    private static GridChangeProcess state(DelegateExecution execution) {
        return GridChangeProcess.of(execution.getVariables(), execution.getProcessInstanceBusinessKey());
    }
}
