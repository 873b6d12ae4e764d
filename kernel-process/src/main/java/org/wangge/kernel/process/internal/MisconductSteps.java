package org.wangge.kernel.process.internal;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;

/** The automatic steps of the misconduct process (bean {@code wanggeMisconduct}). Not API. */
public final class MisconductSteps {

    /** The process definition key. */
    public static final String PROCESS = "wanggeMisconduct";

    private final Kernel kernel;

    /** @param kernel the shared context */
    public MisconductSteps(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Art. 22: the level is the consequence the finding carries (from the Art. 22 table).
     *
     * @param execution the execution
     */
    public void levelFromFinding(DelegateExecution execution) {
        String level = (String) execution.getVariable("findingConsequence");
        execution.setVariable("consequenceLevel", level);
        execution.setVariable("consequenceRule", execution.getVariable("constraintId"));
        kernel.audit(execution.getProcessInstanceId(), "LEVEL_SET", Kernel.PLATFORM, "Art. 22",
                level + " for " + execution.getVariable("constraintId") + " (the finding's level from art22-consequences.drl.csv)");
    }

    /**
     * Art. 22: the substantiated complaint is checked by the rules; the ZG-13 finding on the worker whose
     * evidence names the complaint carries the level (from the Art. 22 table).
     *
     * @param execution the execution
     */
    public void levelFromComplaint(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("misconductId");
        LocalDate received = LocalDate.parse((String) execution.getVariable("receivedOn"));
        LocalDate today = kernel.today();
        Complaint complaint = new Complaint(caseId, (String) execution.getVariable("workerId"),
                ConductKind.valueOf((String) execution.getVariable("allegation")), received, null, null,
                Substantiation.SUBSTANTIATED, today.isBefore(received) ? received : today);
        org.wangge.kernel.rules.RuleEngine rules = kernel.rulesOf(execution.getVariables()); // the pack it started under
        CitySnapshot snapshot = CitySnapshot.builder(rules.packInForce(today).jurisdiction(), today).add(complaint).build();
        CheckReport report = rules.check(snapshot, complaint.decidedOn());
        Finding finding = report.findings().stream()
                .filter(f -> caseId.equals(f.evidence().get("record")) && f.consequence() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("misconduct " + caseId + ": the rules gave no Art. 22 level for a substantiated "
                        + complaint.allegation() + " complaint; check the pack's ZG-13 rules and art22-consequences.drl.csv"));
        execution.setVariable("consequenceLevel", finding.consequence().name());
        execution.setVariable("consequenceRule", finding.constraintId());
        kernel.audit(execution.getProcessInstanceId(), "LEVEL_SET", Kernel.PLATFORM, "Art. 22",
                finding.consequence() + " for " + finding.constraintId() + " (the rules' finding on the complaint; art22-consequences.drl.csv)");
    }
}
