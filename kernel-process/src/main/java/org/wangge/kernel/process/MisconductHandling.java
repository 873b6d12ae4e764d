package org.wangge.kernel.process;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.conduct.Circumstances;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.process.internal.AuditListener;
import org.wangge.kernel.process.internal.Kernel;
import org.wangge.kernel.process.internal.MisconductProcess;
import org.wangge.kernel.process.internal.MisconductSteps;
import org.wangge.kernel.process.internal.StartedUnder;
import org.wangge.kernel.rules.Finding;

/**
 * Misconduct handling (Art. 13, 22): a complaint or a rule finding — an INDICATOR (a suspicion from the records) or a
 * TEXT finding with an Art. 22 level — opens a case; the county agency investigates and records whether the conduct is
 * substantiated (查实) and its circumstances (情节). A substantiated investigation is the TEXT finding: the rules are
 * asked for the finding of the substantiated complaint or conduct incident, and its Art. 22 level — the table's
 * ({@code art22-consequences.drl.csv}) starting level graded by the recorded circumstances; correction and a circular
 * while none are recorded — is applied.
 */
public final class MisconductHandling {

    private static final String KIND = "misconduct case";
    private static final String ARTICLE = "Art. 13, 22";

    private final Kernel kernel;

    MisconductHandling(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Opens a case from a complaint against a grid worker (投诉).
     *
     * @param complaint the complaint (its id becomes the misconduct case's id)
     * @return the case's state, waiting for investigation
     */
    public MisconductState openFromComplaint(Complaint complaint) {
        Objects.requireNonNull(complaint, "complaint");
        return open(complaint.id(), complaint.workerId(), started -> new MisconductProcess(complaint.id(), MisconductProcess.COMPLAINT, complaint.workerId(),
                complaint.allegation(), complaint.receivedOn(), null, null, null, started, null, null, null),
                "complaint of " + complaint.allegation() + " against " + complaint.workerId());
    }

    /**
     * Opens a case from a finding: an INDICATOR finding (a suspicion an investigation must establish, e.g. of ZG-13-02
     * from the access records), or a TEXT finding that carries an Art. 22 level. The case keeps the finding's constraint,
     * basis and day.
     *
     * @param misconductId the new case's id
     * @param finding      the finding
     * @param workerId     the worker concerned
     * @return the case's state, waiting for investigation
     * @throws StepRefusedException for a POLICY or NOTICE finding, or a TEXT finding without an Art. 22 level (not a
     *                              staff duty): no investigation of conduct follows from a local limit
     */
    public MisconductState openFromFinding(String misconductId, Finding finding, String workerId) {
        Objects.requireNonNull(finding, "finding");
        boolean indicator = finding.isSuspected();
        if (!indicator && finding.consequence() == null) {
            throw new StepRefusedException(misconductId, "Art. 22", "misconduct case " + misconductId + ": finding "
                    + finding.constraintId() + " (" + finding.basis() + ") is neither a suspicion of misconduct (INDICATOR) nor a breach of a"
                    + " staff duty with an Art. 22 level (art22-consequences.drl.csv)");
        }
        ConductKind kind = finding.citation().article() == 13 && finding.citation().item() >= 1 && finding.citation().item() <= 6
                ? ConductKind.ofItem(finding.citation().item()) : null;
        if (indicator && kind == null) {
            throw new StepRefusedException(misconductId, "Art. 13", "misconduct case " + misconductId + ": finding "
                    + finding.constraintId() + " is an indicator outside Art. 13's items; a misconduct case investigates Art. 13 conduct");
        }
        String text = finding.toString();
        return open(misconductId, workerId, started -> new MisconductProcess(misconductId, MisconductProcess.FINDING, workerId, null, null,
                finding.constraintId(), finding.consequence(), text, started, null, null, null, finding.basis().name(), finding.occurredOn(),
                kind, null, null), "finding " + text);
    }

    private MisconductState open(String id, String workerId, Function<StartedUnder, MisconductProcess> state, String detail) {
        Kernel.requireId(null, ARTICLE, "misconductId", id);
        if (workerId != null) {
            kernel.requireWorker(id, ARTICLE, "workerId", workerId);
        }
        if (kernel.exists(KIND, MisconductSteps.PROCESS, id)) {
            throw new StepRefusedException(id, ARTICLE, "misconduct case " + id + " already exists; ids are unique");
        }
        LocalDate day = kernel.today();
        boolean[] taken = new boolean[1];
        kernel.inTransaction(id, KIND, "open", ARTICLE, () -> {
            if (!kernel.claim(KIND, MisconductSteps.PROCESS, id)) { // unique ids: see CaseHandling.collect
                taken[0] = true;
                return;
            }
            ProcessDefinition definition = kernel.latestDefinition(MisconductSteps.PROCESS);
            MisconductProcess started = state.apply(kernel.startedUnder(day, definition.getVersion()));
            List<String> startEntry = java.util.Arrays.asList("OPENED", Kernel.PLATFORM, "Art. 13", detail);
            kernel.engine().getRuntimeService().createProcessInstanceBuilder()
                    .processDefinitionId(definition.getId()).transientVariable(AuditListener.START_ENTRY, startEntry).businessKey(id).variable(MisconductProcess.NAME, started).start();
        });
        if (taken[0]) {
            throw new StepRefusedException(id, ARTICLE, "misconduct case " + id + " already exists; ids are unique");
        }
        return state(id);
    }

    /**
     * 调查核实: records the investigation's conclusion (Art. 13), without circumstances.
     *
     * @param misconductId   the case
     * @param substantiated  whether the conduct is substantiated (查实)
     * @param investigatorId who investigated
     * @param findings       what the investigation found, in words (no personal information)
     * @return the case's state
     */
    public MisconductState investigate(String misconductId, boolean substantiated, String investigatorId, String findings) {
        return investigate(misconductId, substantiated, null, investigatorId, findings);
    }

    /**
     * 调查核实: records the investigation's conclusion (Art. 13) and, with a substantiation, the circumstances (情节) the
     * investigating unit found (Art. 22): a level above correction and a circular needs them.
     *
     * @param misconductId   the case
     * @param substantiated  whether the conduct is substantiated (查实)
     * @param circumstances  the circumstances recorded, or null when none are (only with a substantiation)
     * @param investigatorId who investigated
     * @param findings       what the investigation found, in words (no personal information)
     * @return the case's state
     * @throws InvalidInputException for circumstances recorded without a substantiation
     */
    public MisconductState investigate(String misconductId, boolean substantiated, Circumstances circumstances, String investigatorId,
            String findings) {
        if (circumstances != null && !substantiated) {
            throw new InvalidInputException(misconductId, "Art. 22", "circumstances",
                    "misconduct case " + misconductId + ": circumstances (情节, Art. 22) are recorded only with a substantiation");
        }
        HistoricProcessInstance pi = kernel.instance(KIND, MisconductSteps.PROCESS, misconductId, ARTICLE);
        Task task = kernel.openTask(KIND, misconductId, pi, "investigate", "Art. 13");
        MisconductProcess current = MisconductProcess.of(kernel.runtimeVariables(pi.getId()), misconductId);
        kernel.complete(misconductId, KIND, task, "Art. 13", Map.of(MisconductProcess.NAME, current.investigated(substantiated, circumstances)),
                Map.of(), substantiated ? "SUBSTANTIATED" : "NOT_SUBSTANTIATED", investigatorId,
                (circumstances == null ? "" : "circumstances " + circumstances + "; ") + (findings == null ? "" : findings));
        return state(misconductId);
    }

    /**
     * Records that the responsible unit applied the Art. 22 consequence.
     *
     * @param misconductId the case
     * @param unitId       the unit that applied it
     * @param note         what was done
     * @return the case's state
     */
    public MisconductState applyConsequence(String misconductId, String unitId, String note) {
        HistoricProcessInstance pi = kernel.instance(KIND, MisconductSteps.PROCESS, misconductId, ARTICLE);
        Task task = kernel.openTask(KIND, misconductId, pi, "applyConsequence", "Art. 22");
        kernel.complete(misconductId, KIND, task, "Art. 22", Map.of(), Map.of(), "CONSEQUENCE_APPLIED", unitId, note == null ? "" : note);
        return state(misconductId);
    }

    /**
     * @param misconductId a case
     * @return its state
     */
    public MisconductState state(String misconductId) {
        HistoricProcessInstance pi = kernel.instance(KIND, MisconductSteps.PROCESS, misconductId, ARTICLE);
        MisconductProcess p = MisconductProcess.of(kernel.historicVariable(pi.getId(), MisconductProcess.NAME), misconductId);
        SubjectStatus status = pi.getEndTime() == null ? SubjectStatus.OPEN
                : "consequenceApplied".equals(pi.getEndActivityId()) ? SubjectStatus.COMPLETED : SubjectStatus.REFUSED;
        return new MisconductState(misconductId, status, kernel.openStepNames(pi.getId()), p.origin(), p.workerId(), p.substantiated(),
                p.consequenceLevel(), p.consequenceRule(), p.startedUnder().processDefinitionVersion(), p.startedUnder().rulePackVersion(),
                p.constraintId(), p.findingBasis(), p.circumstances(), p.consequenceAwaiting());
    }

    /**
     * @param misconductId a case
     * @return its audit trail, oldest first
     */
    public List<AuditEntry> auditTrail(String misconductId) {
        return kernel.auditTrail(kernel.instance(KIND, MisconductSteps.PROCESS, misconductId, ARTICLE).getId());
    }
}
