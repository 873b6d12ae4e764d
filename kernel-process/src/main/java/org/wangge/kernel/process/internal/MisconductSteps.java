package org.wangge.kernel.process.internal;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.Substantiation;
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
        MisconductProcess p = state(execution);
        execution.setVariable(MisconductProcess.NAME, p.levelled(p.findingConsequence(), p.constraintId()));
        kernel.audit(execution.getProcessInstanceId(), "LEVEL_SET", Kernel.PLATFORM, "Art. 22",
                p.findingConsequence() + " for " + p.constraintId() + " (the finding's level from art22-consequences.drl.csv)");
    }

    /**
     * Art. 22: the rules are asked for the finding the substantiated complaint gives (the pack's query
     * {@code complaintBreaches}); it carries the level (from the Art. 22 table).
     *
     * @param execution the execution
     */
    public void levelFromComplaint(DelegateExecution execution) {
        MisconductProcess p = state(execution);
        String caseId = p.misconductId();
        LocalDate received = p.receivedOn();
        LocalDate today = kernel.today();
        Complaint complaint = new Complaint(caseId, p.workerId(), p.allegation(), received, null, null,
                Substantiation.SUBSTANTIATED, today.isBefore(received) ? received : today);
        Finding finding = kernel.rulesOf(p.startedUnder()).complaintConsequence( // the pack it started under
               complaint, complaint.decidedOn())
                .orElseThrow(() -> new IllegalStateException("misconduct " + caseId + ": the rules gave no Art. 22 level for a substantiated "
                        + complaint.allegation() + " complaint; check the pack's ZG-13 rules and art22-consequences.drl.csv"));
        execution.setVariable(MisconductProcess.NAME, p.levelled(finding.consequence(), finding.constraintId()));
        kernel.audit(execution.getProcessInstanceId(), "LEVEL_SET", Kernel.PLATFORM, "Art. 22",
                finding.consequence() + " for " + finding.constraintId() + " (the rules' finding on the complaint; art22-consequences.drl.csv)");
    }

    private static MisconductProcess state(DelegateExecution execution) {
        return MisconductProcess.of(execution.getVariables(), execution.getProcessInstanceBusinessKey());
    }
}
