package org.wangge.kernel.process.internal;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
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
     * Art. 13, 22: the substantiated investigation of a case opened from a finding is itself the TEXT finding. For a
     * finding of Art. 13 (an INDICATOR, or a TEXT finding), the rules are asked (the pack's query
     * {@code incidentBreaches}) for the finding of a conduct incident of that item, substantiated with the recorded
     * circumstances: the level it carries follows the Art. 22 table's starting level and those circumstances. A finding
     * of another staff duty keeps the level it carries.
     *
     * @param execution the execution
     */
    public void levelFromFinding(DelegateExecution execution) {
        MisconductProcess p = state(execution);
        if (p.findingKind() == null) {
            execution.setVariable(MisconductProcess.NAME, p.levelled(p.findingConsequence(), p.constraintId()));
            kernel.audit(execution.getProcessInstanceId(), "LEVEL_SET", Kernel.PLATFORM, "Art. 22",
                    p.findingConsequence() + " for " + p.constraintId() + " (the finding's level from art22-consequences.drl.csv)");
            return;
        }
        String caseId = p.misconductId();
        LocalDate occurred = p.findingOccurredOn();
        LocalDate today = kernel.today();
        ConductIncident incident = new ConductIncident(caseId, p.workerId(), p.findingKind(), occurred, null, null,
                Substantiation.SUBSTANTIATED, today.isBefore(occurred) ? occurred : today, p.circumstances());
        Finding finding = kernel.rulesOf(p.startedUnder()).incidentConsequence(incident, incident.decidedOn()) // the pack it started under
                .orElseThrow(() -> new IllegalStateException("misconduct " + caseId + ": the rules gave no Art. 22 level for a substantiated "
                        + incident.kind() + " incident; check the pack's ZG-13 rules and art22-consequences.drl.csv"));
        set(execution, p, finding, "the rules' finding on the substantiated investigation of " + p.constraintId() + " ("
                + p.findingBasis() + ")");
    }

    /**
     * Art. 22: the rules are asked for the finding the substantiated complaint gives (the pack's query
     * {@code complaintBreaches}), with the circumstances the investigation recorded; it carries the level.
     *
     * @param execution the execution
     */
    public void levelFromComplaint(DelegateExecution execution) {
        MisconductProcess p = state(execution);
        String caseId = p.misconductId();
        LocalDate received = p.receivedOn();
        LocalDate today = kernel.today();
        Complaint complaint = new Complaint(caseId, p.workerId(), p.allegation(), received, null, null,
                Substantiation.SUBSTANTIATED, today.isBefore(received) ? received : today, p.circumstances());
        Finding finding = kernel.rulesOf(p.startedUnder()).complaintConsequence( // the pack it started under
               complaint, complaint.decidedOn())
                .orElseThrow(() -> new IllegalStateException("misconduct " + caseId + ": the rules gave no Art. 22 level for a substantiated "
                        + complaint.allegation() + " complaint; check the pack's ZG-13 rules and art22-consequences.drl.csv"));
        set(execution, p, finding, "the rules' finding on the complaint");
    }

    private void set(DelegateExecution execution, MisconductProcess p, Finding finding, String how) {
        var awaiting = finding.consequenceAwaitingCircumstances().orElse(null);
        execution.setVariable(MisconductProcess.NAME, p.levelled(finding.consequence(), finding.constraintId(), awaiting));
        kernel.audit(execution.getProcessInstanceId(), "LEVEL_SET", Kernel.PLATFORM, "Art. 22",
                finding.consequence() + " for " + finding.constraintId() + " (" + how + "; art22-consequences.drl.csv"
                        + (p.circumstances() == null ? "; no circumstances recorded" : "; circumstances " + p.circumstances())
                        + (awaiting == null ? "" : "; starting level " + awaiting + " awaits the circumstances") + ")");
    }

    private static MisconductProcess state(DelegateExecution execution) {
        return MisconductProcess.of(execution.getVariables(), execution.getProcessInstanceBusinessKey());
    }
}
