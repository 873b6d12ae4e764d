package org.wangge.kernel.process.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

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
            throw new IllegalStateException("grid change " + execution.getVariable("changeId")
                    + ": the proposed snapshot is missing (pass it to propose or revise)");
        }
        Set<String> grids = Set.of(((String) execution.getVariable("gridIds")).split(","));
        CheckReport report = kernel.rulesOf(execution.getVariables()).check(snapshot, kernel.today()); // the pack it started under
        List<String> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding f : report.findings()) {
            int article = f.citation().article();
            if ((article == 7 || article == 8) && !f.constraintId().equals("ZG-07-03")
                    && f.subject().kind().equals("Grid") && grids.contains(f.subject().id())) {
                String line = f.constraintId() + " " + f.severity() + " " + f.subject() + ": " + f.messageEn();
                (f.severity() == Severity.VIOLATION ? violations : warnings).add(line);
            }
        }
        execution.setVariable("violationCount", violations.size());
        execution.setVariable("violations", String.join("\n", violations));
        execution.setVariable("warnings", String.join("\n", warnings));
        kernel.audit(execution.getProcessInstanceId(), "CHECKED", Kernel.PLATFORM, "Art. 7, 8",
                violations.isEmpty() ? "no violation of Art. 7 or 8 (" + warnings.size() + " warning(s)); ready for filing"
                        : violations.size() + " violation(s): " + String.join("; ", violations));
    }

    /**
     * The reminder before the filing grace period ends (ZG-07-03, pending).
     *
     * @param execution the execution
     */
    public void remind(DelegateExecution execution) {
        execution.setVariable("reminded", true);
        kernel.audit(execution.getProcessInstanceId(), "FILING_REMINDER", Kernel.PLATFORM, "ZG-07-03",
                "file with the city-level grid agency before " + kernel.toLocal((java.util.Date) execution.getVariable("filingGraceEndsAt")));
    }

    /**
     * The grace period ended without a filing (ZG-07-03 VIOLATION): flags the change overdue.
     *
     * @param execution the execution
     */
    public void flagUnfiled(DelegateExecution execution) {
        execution.setVariable(Vars.OVERDUE, true);
        execution.setVariable(Vars.OVERDUE_RULE, "ZG-07-03");
        kernel.audit(execution.getProcessInstanceId(), "UNFILED_AFTER_GRACE", Kernel.PLATFORM, "ZG-07-03",
                "not filed within filing.grace.days = " + execution.getVariable("filingGraceDays") + " days of " + execution.getVariable("effectiveDate"));
    }
}
