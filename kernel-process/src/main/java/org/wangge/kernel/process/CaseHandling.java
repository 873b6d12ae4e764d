package org.wangge.kernel.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.cases.NonAcceptanceKind;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.division.DivisionCodes;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.process.internal.CaseProcess;
import org.wangge.kernel.process.internal.CaseSteps;
import org.wangge.kernel.process.internal.AuditListener;
import org.wangge.kernel.process.internal.Kernel;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.ParameterValues;
import org.wangge.kernel.rules.RulePackInfo;

/**
 * Case handling in domain words (Art. 9, 14, 15, 23): collect, resolve on the spot or report, accept,
 * assign, feed back or hand back, verify, close, supervise; a case's state and audit trail; overdue
 * cases by grid or department. Each call is one transaction: it happens completely or not at all.
 *
 * <pre>{@code
 * CaseHandling cases = processes.caseHandling();
 * Actor worker = Actor.gridWorker("W-1", "G-1");
 * Actor operator = Actor.platformOperator("operator-1", "510302");   // acts for the district grid G-1 lies in
 * Actor justice = Actor.department("D-JUSTICE");
 * cases.reportCase(new NewCase("C-1", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, "G-1", null, "noise"), worker);
 * cases.accept("C-1", operator);
 * cases.assign("C-1", "D-JUSTICE", operator);      // refused unless the routing table names the department's kind
 * cases.signFor("C-1", justice);
 * cases.feedBack("C-1", justice, "mediated");
 * cases.verify("C-1", VerificationOutcome.RESOLVED, operator);
 * cases.close("C-1", operator);
 * }</pre>
 *
 * <p>Who may do which step: every step takes an {@link Actor}, and the kernel checks it — collect, report and
 * resolve on the spot by a {@link ActorRole#GRID_WORKER} serving the case's grid; accept, decline, merge, assign, verify
 * and close by a {@link ActorRole#PLATFORM_OPERATOR} or the {@link ActorRole#GRID_AGENCY} acting within the case's
 * jurisdiction (a division its grid lies in, see {@link Actor}); sign for, hand back and feed back by the
 * {@link ActorRole#DEPARTMENT} the case is assigned to; supervise by the grid agency within the case's jurisdiction. A
 * step the actor may not take throws {@link StepRefusedException} (with {@link StepRefusedException#step()}) and is
 * recorded as {@code REFUSED} in the case's audit trail.
 *
 * <p>The {@linkplain Actor#system(String) system actor} (an import, a migration, a job) takes any step unchecked, and
 * each of its steps says "system actor, no role check" in the audit trail. The older overloads taking plain ids are
 * deprecated: each is the same step taken as {@code Actor.system(id)} — unchecked, and recorded so.
 */
public final class CaseHandling {

    private static final String KIND = "case";
    private static final String ARTICLE = "Art. 14, 15";
    private static final String SUPERVISION_MESSAGE = "wangge.case.supervision";
    /** What the audit trail adds to the detail of a step taken by the system actor (or a deprecated plain-id call). */
    public static final String SYSTEM_NOTE = "system actor, no role check";

    private final Kernel kernel;
    private final CaseSteps steps;

    CaseHandling(Kernel kernel, CaseSteps steps) {
        this.kernel = kernel;
        this.steps = steps;
    }

    /**
     * 收集: starts a case at the worker's decision to resolve it on the spot or report it (ZG-14-01).
     * Its limits come from the rule pack in force today, and it keeps them (and the process version)
     * for its whole life.
     *
     * @param newCase the case
     * @return the case id
     * @throws StepRefusedException when the id is taken, the matter is outside Art. 9 (ZG-09-01), or a
     *                              worker's case names no worker
     * @deprecated take it as an {@link Actor}: {@link #collect(NewCase, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public String collect(NewCase newCase) {
        return start(newCase, SYSTEM_NOTE);
    }

    private String start(NewCase newCase, String note) {
        Objects.requireNonNull(newCase, "newCase");
        String caseId = Kernel.requireId(null, "Art. 14", "caseId", newCase.caseId());
        kernel.requireGrid(caseId, "Art. 14", newCase.gridId());
        if (newCase.collectedById() != null && !newCase.collectedById().isBlank()) {
            kernel.requireWorker(caseId, "ZG-14-01", "collectedById", newCase.collectedById());
        }
        if (newCase.category() == MatterCategory.OUTSIDE_ARTICLE_9) {
            throw new StepRefusedException(caseId, "ZG-09-01", "case " + caseId
                    + " is outside the eight service matters of Art. 9; grid workers do not take it (ZG-09-01)");
        }
        if (newCase.collectedById() == null || newCase.collectedById().isBlank()) {
            switch (newCase.source()) {
                case WORKER_DISCOVERY, RESIDENT_DEMAND -> throw new StepRefusedException(caseId, "ZG-14-01", "case " + caseId
                        + " from " + newCase.source() + " needs the grid worker who collected it (ZG-14-01)");
                default -> { }
            }
        }
        LocalDate day = kernel.today();
        RulePackInfo pack = kernel.rules().packInForce(day);
        ParameterValues p = kernel.rules().parameters(day).on(day);
        boolean hazard = newCase.safetyHazard() || newCase.category() == MatterCategory.SAFETY_HAZARDS;
        String reportLimit = WorkingDayBusinessCalendar.clockHours(
                p.intValue(hazard ? "case.report.limit.hazard.hours" : "case.report.limit.hours"));
        String acceptLimit = WorkingDayBusinessCalendar.workingDays(p.intValue("case.accept.limit.working-days"));
        String handleLimit = hazard ? WorkingDayBusinessCalendar.clockHours(p.intValue("case.handle.limit.hazard.hours"))
                : WorkingDayBusinessCalendar.workingDays(p.intValue("case.handle.limit.working-days"));
        String respondLimit = WorkingDayBusinessCalendar.workingDays(p.intValue("case.respond.limit.working-days"));
        Instant collectedAt = kernel.nowInstant();
        boolean[] taken = new boolean[1];
        kernel.inTransaction(caseId, KIND, "collect", "Art. 14", () -> {
            // The id's claim (a primary key) in the transaction that starts the case: of concurrent reports of one id,
            // the database lets one commit and makes the others wait for it and then refuses them.
            if (!kernel.claim(KIND, CaseSteps.PROCESS, caseId)) {
                taken[0] = true;
                return;
            }
            ProcessDefinition definition = kernel.latestDefinition(CaseSteps.PROCESS);
            CaseProcess state = CaseProcess.collected(caseId, newCase.source(), newCase.category(), newCase.safetyHazard(),
                    newCase.obstructionOfWorker(), newCase.gridId(), newCase.collectedById(),
                    Kernel.freeText(newCase.summary()), // masked before it is a variable, a log line or an audit entry
                    collectedAt, reportLimit, acceptLimit, handleLimit, respondLimit, kernel.startedUnder(day, definition.getVersion()));
            List<String> startEntry = java.util.Arrays.asList("COLLECTED", newCase.collectedById(), "Art. 14",
                    newCase.source() + ", " + newCase.category() + " in grid " + newCase.gridId() + "; limits: report "
                            + reportLimit + ", accept " + acceptLimit + ", sign for " + respondLimit + ", handle " + handleLimit
                            + " (rule pack " + pack.name() + " " + pack.version() + ")" + (note == null ? "" : " (" + note + ")"));
            kernel.engine().getRuntimeService().createProcessInstanceBuilder()
                    .processDefinitionId(definition.getId()).transientVariable(AuditListener.START_ENTRY, startEntry).businessKey(caseId)
                    .variables(state.variables()).start();
        });
        if (taken[0]) {
            throw new StepRefusedException(caseId, "Art. 14", "case " + caseId + " already exists; case ids are unique");
        }
        return caseId;
    }

    /**
     * Collects a case and reports it through the platform at once (上报, ZG-14-01).
     *
     * @param newCase the case
     * @return the case id
     * @deprecated take it as an {@link Actor}: {@link #reportCase(NewCase, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public String reportCase(NewCase newCase) {
        return reportCaseAs(newCase, SYSTEM_NOTE);
    }

    private String reportCaseAs(NewCase newCase, String note) {
        start(newCase, note);
        worker(newCase.caseId(), newCase.collectedById(), false, "REPORTED", "reported through the platform", note);
        return newCase.caseId();
    }

    /**
     * 上报: the worker reports a collected case through the platform (ZG-14-01).
     *
     * @param caseId   the case
     * @param workerId the worker who collected it (null for a suggestion or a task from above)
     * @deprecated take it as an {@link Actor}: {@link #report(String, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void report(String caseId, String workerId) {
        worker(caseId, workerId, false, "REPORTED", "reported through the platform", SYSTEM_NOTE);
    }

    /**
     * 就地解决: the worker resolved the case on the spot (ZG-14-01); it ends without reaching the platform.
     *
     * @param caseId   the case
     * @param workerId the worker who collected it
     * @param note     how it was resolved
     * @deprecated take it as an {@link Actor}: {@link #resolveOnSpot(String, Actor, String)}; this is the step taken by
     *             the {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void resolveOnSpot(String caseId, String workerId, String note) {
        worker(caseId, workerId, true, "RESOLVED_ON_SPOT", note, SYSTEM_NOTE);
    }

    /** A step's detail for the audit trail: the caller's free text masked, and the system note when the system took it. */
    private static String detail(String rawDetail, String note) {
        String detail = Kernel.freeText(rawDetail);
        return note == null ? detail : (detail == null || detail.isEmpty() ? note : detail + " (" + note + ")");
    }

    private void worker(String caseId, String workerId, boolean resolved, String action, String rawDetail, String note) {
        if (workerId != null) {
            Kernel.requireId(caseId, "ZG-14-01", "workerId", workerId);
        }
        String detail = detail(rawDetail, note);
        kernel.completeStep(caseId, KIND, "ZG-14-01", () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.RESOLVE_OR_REPORT.taskKey(), "ZG-14-01");
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            String collectedBy = current.collectedBy();
            if (collectedBy != null && !collectedBy.equals(workerId)) {
                throw new StepRefusedException(caseId, "ZG-14-01", "case " + caseId + " was collected by grid worker " + collectedBy
                        + "; only that worker resolves or reports it, not " + workerId + " (ZG-14-01)");
            }
            Instant now = kernel.nowInstant();
            CaseProcess next = current.with(d -> {
                d.resolvedOnSpot = resolved;
                if (!resolved) {
                    d.reportedAt = now;
                }
                d.clearOverdue("ZG-14-01");
            });
            return new Kernel.Completion(task, "ZG-14-01", next.variables(current), Map.of(), action, workerId, detail);
        });
    }

    /**
     * 受理: the platform accepts a reported case (ZG-15-01).
     *
     * @param caseId     the case
     * @param operatorId the platform operator
     * @deprecated take it as an {@link Actor}: {@link #accept(String, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void accept(String caseId, String operatorId) {
        acceptAs(caseId, operatorId, SYSTEM_NOTE);
    }

    private void acceptAs(String caseId, String operatorId, String note) {
        kernel.requireOperator(caseId, "ZG-15-01", "operatorId", operatorId);
        kernel.completeStep(caseId, KIND, "ZG-15-01", () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.ACCEPT.taskKey(), "ZG-15-01");
            Instant now = kernel.nowInstant();
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            CaseProcess next = current.with(d -> {
                d.acceptedAt = now;
                d.clearOverdue("ZG-15-01");
            });
            return new Kernel.Completion(task, "ZG-15-01", next.variables(current), Map.of(), "ACCEPTED", operatorId,
                    detail("accepted by the platform", note));
        });
    }

    /**
     * 不予受理: the platform declines a reported case, with its reason (ZG-15-01); the case ends without routing.
     *
     * @param caseId     the case
     * @param operatorId the platform operator
     * @param reason     why; required
     * @throws StepRefusedException without a reason
     * @deprecated take it as an {@link Actor}: {@link #decline(String, Actor, String)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void decline(String caseId, String operatorId, String reason) {
        notAccept(caseId, operatorId, NonAcceptanceKind.DECLINED, null, reason, SYSTEM_NOTE);
    }

    /**
     * 合并: the platform merges a reported case into another case about the same matter, with its reason (ZG-15-01);
     * the case ends without routing, and the other case carries the matter.
     *
     * @param caseId     the case
     * @param intoCaseId the case it is merged into; must exist
     * @param operatorId the platform operator
     * @param reason     why; required
     * @throws StepRefusedException without a reason, or merged into itself
     * @throws UnknownSubjectException when the other case is unknown
     * @deprecated take it as an {@link Actor}: {@link #merge(String, String, Actor, String)}; this is the step taken by
     *             the {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void merge(String caseId, String intoCaseId, String operatorId, String reason) {
        mergeAs(caseId, intoCaseId, operatorId, reason, SYSTEM_NOTE);
    }

    private void mergeAs(String caseId, String intoCaseId, String operatorId, String reason, String note) {
        Kernel.requireId(caseId, "ZG-15-01", "intoCaseId", intoCaseId);
        if (intoCaseId.equals(caseId)) {
            throw new StepRefusedException(caseId, "ZG-15-01", "case " + caseId + " cannot be merged into itself (ZG-15-01)");
        }
        kernel.instance(KIND, CaseSteps.PROCESS, intoCaseId, ARTICLE); // the case it goes into exists
        notAccept(caseId, operatorId, NonAcceptanceKind.MERGED, intoCaseId, reason, note);
    }

    private void notAccept(String caseId, String operatorId, NonAcceptanceKind kind, String intoCaseId, String rawReason, String note) {
        kernel.requireOperator(caseId, "ZG-15-01", "operatorId", operatorId);
        if (rawReason == null || rawReason.isBlank()) {
            kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            throw new StepRefusedException(caseId, "ZG-15-01", "case " + caseId + " cannot be " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " without a reason: a decision not to accept records why (ZG-15-01, case.nonacceptance.record)");
        }
        String reason = detail(rawReason.strip(), note);
        kernel.completeStep(caseId, KIND, "ZG-15-01", () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.ACCEPT.taskKey(), "ZG-15-01");
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            CaseProcess next = current.with(d -> {
                d.notAccepted = kind;
                d.mergedInto = intoCaseId;
                d.clearOverdue("ZG-15-01");
            });
            return new Kernel.Completion(task, "ZG-15-01", next.variables(current), Map.of(), kind.name(), operatorId,
                    (intoCaseId == null ? "" : "merged into " + intoCaseId + ": ") + reason);
        });
    }

    /**
     * @param caseId a routed case
     * @return the department kinds the rules name for it (routing table, ZG-15-02; Art. 23 for obstruction)
     */
    public Set<DepartmentKind> responsibleDepartmentKinds(String caseId) {
        HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
        Set<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
        kinds.addAll(historic(pi).responsibleKinds());
        return kinds;
    }

    /**
     * 交办: assigns a routed case to a department. The rules check the assignment first: the
     * department's kind must be one the routing table names (ZG-15-02), and a case of obstruction of a
     * grid worker goes to public security (ZG-23-01).
     *
     * @param caseId       the case
     * @param departmentId a registered department
     * @param operatorId   the platform operator
     * @throws StepRefusedException when the department is unknown or the rules refuse the assignment
     * @deprecated take it as an {@link Actor}: {@link #assign(String, String, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void assign(String caseId, String departmentId, String operatorId) {
        assignAs(caseId, departmentId, operatorId, SYSTEM_NOTE);
    }

    private void assignAs(String caseId, String departmentId, String operatorId, String note) {
        Kernel.requireId(caseId, CaseStep.ASSIGN.rule(), "departmentId", departmentId);
        kernel.requireOperator(caseId, CaseStep.ASSIGN.rule(), "operatorId", operatorId);
        kernel.completeStep(caseId, KIND, CaseStep.ASSIGN.rule(), () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            CaseProcess current = pi.getEndTime() == null ? CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId) : historic(pi);
            boolean obstruction = current.obstruction();
            CaseStep step = obstruction ? CaseStep.ASSIGN_TO_PUBLIC_SECURITY : CaseStep.ASSIGN;
            Task task = kernel.openTask(KIND, caseId, pi, step.taskKey(), step.rule());
            Organisation department = departmentId == null ? null : kernel.organisations().get(departmentId);
            if (department == null || department.kind() != OrganisationKind.DEPARTMENT) {
                throw new StepRefusedException(caseId, step.rule(), "case " + caseId + " cannot be assigned to " + departmentId
                        + ": " + (department == null ? "no such department is registered with the platform (departmentId)"
                                : "it is a " + department.kind() + ", not a department")
                        + " (" + step.rule() + ": assign to a department whose duties cover the case)");
            }
            List<Finding> findings = steps.routingFindings(current, department, kernel.today());
            if (!findings.isEmpty()) {
                Finding first = findings.get(0);
                throw new StepRefusedException(caseId, first.constraintId(), "case " + caseId + " cannot be assigned to "
                        + departmentId + " (" + department.departmentKind() + "): " + first.constraintId() + " " + first.messageEn()
                        + "; responsible kinds: " + current.responsibleKindNames(),
                        findings.stream().map(f -> f.constraintId() + " " + f.subject() + ": " + f.messageEn()).toList());
            }
            Instant now = kernel.nowInstant();
            CaseProcess next = current.with(d -> {
                d.departmentId = departmentId;
                d.departmentKind = department.departmentKind();
                d.assignedAt = now;
                d.signedForAt = null; // a new assignment is signed for anew (ZG-15-04)
            });
            return new Kernel.Completion(task, step.rule(), next.variables(current), Map.of(), "ASSIGNED", operatorId,
                    detail("assigned to " + departmentId + " (" + department.departmentKind() + ")", note));
        });
    }

    /**
     * 反馈: the assigned department feeds back on the case through the platform (ZG-15-03).
     *
     * @param caseId       the case
     * @param departmentId the department it is assigned to
     * @param result       what was done
     * @deprecated take it as an {@link Actor}: {@link #feedBack(String, Actor, String)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void feedBack(String caseId, String departmentId, String result) {
        department(caseId, departmentId, false, "FED_BACK", result, SYSTEM_NOTE);
    }

    /**
     * 签收: the assigned department signs for the case it is handling (Art. 15 ¶2 快速响应, ZG-15-04): the case records
     * when, the audit trail says who, and the sign-for limit's timer then finds nothing to supervise. Feeding back or handing back without signing for first is
     * allowed (the rules count either as the response).
     *
     * @param caseId       the case
     * @param departmentId the department it is assigned to
     * @throws StepRefusedException when another department holds the case or it was already signed for
     * @deprecated take it as an {@link Actor}: {@link #signFor(String, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void signFor(String caseId, String departmentId) {
        signForAs(caseId, departmentId, SYSTEM_NOTE);
    }

    private void signForAs(String caseId, String departmentId, String note) {
        Kernel.requireId(caseId, "ZG-15-04", "departmentId", departmentId);
        HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
        kernel.inTransaction(caseId, KIND, "signFor", "ZG-15-04", () -> {
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.HANDLE.taskKey(), "ZG-15-04");
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            if (!Objects.equals(current.departmentId(), departmentId)) {
                throw new StepRefusedException(caseId, "ZG-15-04", "case " + caseId + " is assigned to " + current.departmentId()
                        + ", not " + departmentId + "; only the assigned department signs for it (ZG-15-04)");
            }
            if (current.signedFor()) {
                throw new StepRefusedException(caseId, "ZG-15-04", "case " + caseId + " was already signed for by " + departmentId
                        + " at " + kernel.toLocal(current.signedForAt()) + " (ZG-15-04)");
            }
            // The task stays a candidate task of the department (and of supervisors after an escalation): 签收 is recorded on
            // the case, not by claiming the task, which would hide it from the candidate groups.
            Instant now = kernel.nowInstant();
            kernel.engine().getRuntimeService().setVariables(pi.getId(), current.with(d -> {
                d.signedForAt = now;
                d.clearOverdue("ZG-15-04");
            }).variables(current));
            kernel.audit(pi.getId(), "SIGNED_FOR", departmentId, "ZG-15-04", detail("signed for the assigned case (签收)", note));
        });
    }

    /**
     * 退回: the assigned department hands the case back to the platform, which routes it again (Art. 15 ¶2 认真办理,
     * ZG-15-05): a reason is required, and one department hands one case back not more than {@code case.handback.max}
     * times (the rule pack in force today).
     *
     * @param caseId       the case
     * @param departmentId the department it is assigned to
     * @param reason       why; required
     * @throws StepRefusedException without a reason, or when the department already handed the case back the maximum times
     * @deprecated take it as an {@link Actor}: {@link #handBack(String, Actor, String)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void handBack(String caseId, String departmentId, String reason) {
        handBackAs(caseId, departmentId, reason, SYSTEM_NOTE);
    }

    private void handBackAs(String caseId, String departmentId, String reason, String note) {
        Kernel.requireId(caseId, "ZG-15-05", "departmentId", departmentId);
        if (reason == null || reason.isBlank()) {
            kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            throw new StepRefusedException(caseId, "ZG-15-05", "case " + caseId + " cannot be handed back by " + departmentId
                    + " without a reason: a hand-back records why (ZG-15-05, Art. 15 ¶2 认真办理)");
        }
        LocalDate day = kernel.today();
        int max = kernel.rules().parameters(day).on(day).intValue("case.handback.max");
        HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
        long before = kernel.auditTrail(pi.getId()).stream()
                .filter(e -> "HANDED_BACK".equals(e.action()) && departmentId.equals(e.actor())).count();
        if (before >= max) {
            throw new StepRefusedException(caseId, "ZG-15-05", "case " + caseId + " was already handed back " + before + " times by "
                    + departmentId + ", the maximum of case.handback.max (" + max + "): handle it and feed back (ZG-15-05)");
        }
        department(caseId, departmentId, true, "HANDED_BACK", reason.strip(), note);
    }

    private void department(String caseId, String departmentId, boolean handBack, String action, String rawDetail, String note) {
        Kernel.requireId(caseId, "ZG-15-03", "departmentId", departmentId);
        String detail = detail(rawDetail, note);
        String reason = Kernel.freeText(rawDetail);
        kernel.completeStep(caseId, KIND, "ZG-15-03", () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.HANDLE.taskKey(), "ZG-15-03");
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            if (!Objects.equals(current.departmentId(), departmentId)) {
                throw new StepRefusedException(caseId, "ZG-15-03", "case " + caseId + " is assigned to " + current.departmentId()
                        + ", not " + departmentId + "; only the assigned department feeds back or hands back (ZG-15-03)");
            }
            Instant now = kernel.nowInstant();
            CaseProcess next = current.with(d -> {
                d.handedBack = handBack;
                if (handBack) {
                    d.handBackCount++;
                    d.lastHandBackReason = reason;
                } else {
                    d.fedBackAt = now;
                }
                d.clearOverdue("ZG-15-03");
                d.clearOverdue("ZG-15-04"); // feeding back or handing back answers the assignment too
            });
            return new Kernel.Completion(task, handBack ? "ZG-15-05" : "ZG-15-03", next.variables(current), Map.of(), action, departmentId, detail);
        });
    }

    /**
     * 核查: the platform verifies the department's result; an unresolved case is reopened and goes back
     * to the department.
     *
     * @param caseId     the case
     * @param outcome    resolved or not
     * @param operatorId the platform operator
     * @deprecated take it as an {@link Actor}: {@link #verify(String, VerificationOutcome, Actor)}; this is the step taken
     *             by the {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void verify(String caseId, VerificationOutcome outcome, String operatorId) {
        verifyAs(caseId, outcome, operatorId, SYSTEM_NOTE);
    }

    private void verifyAs(String caseId, VerificationOutcome outcome, String operatorId, String note) {
        if (outcome == null) {
            throw new InvalidInputException(caseId, "Art. 15 ¶1", "outcome", "case " + caseId
                    + ": outcome is missing: say whether the department's result resolved the case (VerificationOutcome)");
        }
        kernel.requireOperator(caseId, "Art. 15 ¶1", "operatorId", operatorId);
        kernel.completeStep(caseId, KIND, "Art. 15 ¶1", () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.VERIFY.taskKey(), "Art. 15 ¶1");
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            CaseProcess next = current.with(d -> {
                d.verifiedResolved = outcome == VerificationOutcome.RESOLVED;
                d.verification = outcome;
            });
            return new Kernel.Completion(task, "Art. 15 ¶1", next.variables(current), Map.of(),
                    outcome == VerificationOutcome.RESOLVED ? "VERIFIED" : "REOPENED", operatorId, detail("verification: " + outcome, note));
        });
    }

    /**
     * 结案: closes a verified case.
     *
     * @param caseId     the case
     * @param operatorId the platform operator
     * @deprecated take it as an {@link Actor}: {@link #close(String, Actor)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void close(String caseId, String operatorId) {
        closeAs(caseId, operatorId, SYSTEM_NOTE);
    }

    private void closeAs(String caseId, String operatorId, String note) {
        kernel.requireOperator(caseId, "Art. 15 ¶1", "operatorId", operatorId);
        kernel.completeStep(caseId, KIND, "Art. 15 ¶1", () -> {
            HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
            Task task = kernel.openTask(KIND, caseId, pi, CaseStep.CLOSE.taskKey(), "Art. 15 ¶1");
            Instant now = kernel.nowInstant();
            CaseProcess current = CaseProcess.of(kernel.runtimeVariables(pi.getId()), caseId);
            CaseProcess next = current.with(d -> d.closedAt = now);
            return new Kernel.Completion(task, "Art. 15 ¶1", next.variables(current), Map.of(), "CLOSED", operatorId,
                    detail("closed as resolved", note));
        });
    }

    /**
     * 督办: the grid agency supervises a case a department is handling (Art. 15 ¶1). The case keeps its place.
     *
     * @param caseId the case
     * @param byId   the supervising agency or operator
     * @param reason why
     * @throws StepNotOpenException when no department is handling the case
     * @deprecated take it as an {@link Actor}: {@link #supervise(String, Actor, String)}; this is the step taken by the
     *             {@linkplain Actor#system(String) system actor}, unchecked, and recorded as such
     */
    @Deprecated(since = "0.1.0")
    public void supervise(String caseId, String byId, String reason) {
        superviseAs(caseId, byId, reason, SYSTEM_NOTE);
    }

    private void superviseAs(String caseId, String byId, String reason, String note) {
        HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
        if (byId == null || byId.isBlank() || reason == null || reason.isBlank()) {
            throw new StepRefusedException(caseId, "Art. 15 ¶1", "case " + caseId
                    + ": a supervision (督办) names who supervises and why (Art. 15 ¶1)");
        }
        Execution waiting = kernel.engine().getRuntimeService().createExecutionQuery().processInstanceId(pi.getId())
                .messageEventSubscriptionName(SUPERVISION_MESSAGE).singleResult();
        if (waiting == null) {
            kernel.openTask(KIND, caseId, pi, CaseStep.HANDLE.taskKey(), "Art. 15 ¶1"); // throws, saying where the case is
            throw new StepNotOpenException(caseId, "Art. 15 ¶1", "case " + caseId + " awaits no supervision (Art. 15 ¶1)");
        }
        Kernel.requireId(caseId, "Art. 15 ¶1", "byId", byId);
        String masked = detail(reason, note);
        kernel.inTransaction(caseId, KIND, "supervise", "Art. 15 ¶1", () -> kernel.engine().getRuntimeService()
                .messageEventReceived(SUPERVISION_MESSAGE, waiting.getId(), Map.of(CaseSteps.SUPERVISION_BY, byId, CaseSteps.SUPERVISION_REASON, masked)));
    }

    // ---- Steps taken by an Actor: who may do which step -------------------------------------------------------------
    //
    // collect, report, resolveOnSpot: a GRID_WORKER acting for the case's grid;
    // accept, decline, merge, assign, verify, close: a PLATFORM_OPERATOR or the GRID_AGENCY acting within the case's
    // jurisdiction (a division containing one of its grid's divisions);
    // signFor, handBack, feedBack: the DEPARTMENT the case is assigned to;
    // supervise: the GRID_AGENCY acting within the case's jurisdiction;
    // any step: the SYSTEM actor, unchecked, its steps' audit details ending in SYSTEM_NOTE.
    // A refused step throws StepRefusedException (with step()) and, when the case exists and is open, writes a
    // REFUSED entry to its audit trail (step, role, why; no free text of the request).

    private static final Set<ActorRole> PLATFORM_ROLES = EnumSet.of(ActorRole.PLATFORM_OPERATOR, ActorRole.GRID_AGENCY);

    /** @return the audit note of a step the actor takes: {@link #SYSTEM_NOTE} for the system actor, else none */
    private static String note(Actor actor) {
        return actor.role() == ActorRole.SYSTEM ? SYSTEM_NOTE : null;
    }

    /**
     * 收集 by a grid worker of the case's grid; the worker is the collector.
     *
     * @param newCase the case; its {@code collectedById} is the actor's id or null
     * @param actor   a {@link ActorRole#GRID_WORKER} acting for {@code newCase.gridId()}
     * @return the case id
     * @throws StepRefusedException when the actor may not collect the case, the id is taken, the matter is outside
     *                              Art. 9 (ZG-09-01), or a worker's case names no worker
     */
    public String collect(NewCase newCase, Actor actor) {
        return start(asCollectedBy(newCase, actor, "collect"), note(actor));
    }

    /**
     * 收集 and 上报 at once by a grid worker of the case's grid.
     *
     * @param newCase the case; its {@code collectedById} is the actor's id or null
     * @param actor   a {@link ActorRole#GRID_WORKER} acting for {@code newCase.gridId()}
     * @return the case id
     */
    public String reportCase(NewCase newCase, Actor actor) {
        return reportCaseAs(asCollectedBy(newCase, actor, "reportCase"), note(actor));
    }

    private NewCase asCollectedBy(NewCase newCase, Actor actor, String step) {
        Objects.requireNonNull(newCase, "newCase");
        requireActor(newCase.caseId(), actor);
        if (actor.role() == ActorRole.SYSTEM) {
            return newCase; // the case names its collector, or none
        }
        String why = null;
        if (actor.role() != ActorRole.GRID_WORKER) {
            why = "only a grid worker collects a case";
        } else if (!actor.actsFor(newCase.gridId())) {
            why = "the worker does not serve grid " + newCase.gridId();
        } else if (newCase.collectedById() != null && !newCase.collectedById().isBlank() && !newCase.collectedById().equals(actor.id())) {
            why = "the case names another worker as its collector";
        }
        if (why != null) { // the case does not exist: nothing to record it on
            throw refusal(newCase.caseId(), "ZG-14-01", step, actor, why);
        }
        return new NewCase(newCase.caseId(), newCase.source(), newCase.category(), newCase.safetyHazard(), newCase.obstructionOfWorker(),
                newCase.gridId(), actor.id(), newCase.summary());
    }

    /**
     * 上报 by the grid worker of the case's grid who collected it.
     *
     * @param caseId the case
     * @param actor  a {@link ActorRole#GRID_WORKER} acting for the case's grid
     */
    public void report(String caseId, Actor actor) {
        worker(caseId, permitWorker(caseId, actor, "report"), false, "REPORTED", "reported through the platform", note(actor));
    }

    /**
     * 就地解决 by the grid worker of the case's grid who collected it.
     *
     * @param caseId the case
     * @param actor  a {@link ActorRole#GRID_WORKER} acting for the case's grid
     * @param note   how it was resolved
     */
    public void resolveOnSpot(String caseId, Actor actor, String note) {
        worker(caseId, permitWorker(caseId, actor, "resolveOnSpot"), true, "RESOLVED_ON_SPOT", note, note(actor));
    }

    /**
     * 受理 by a platform operator or the grid agency acting within the case's jurisdiction.
     *
     * @param caseId the case
     * @param actor  a {@link ActorRole#PLATFORM_OPERATOR} or {@link ActorRole#GRID_AGENCY}
     */
    public void accept(String caseId, Actor actor) {
        acceptAs(caseId, permitPlatform(caseId, actor, "accept", "ZG-15-01"), note(actor));
    }

    /**
     * 不予受理 by a platform operator or the grid agency acting within the case's jurisdiction.
     *
     * @param caseId the case
     * @param actor  a {@link ActorRole#PLATFORM_OPERATOR} or {@link ActorRole#GRID_AGENCY}
     * @param reason why; required
     */
    public void decline(String caseId, Actor actor, String reason) {
        notAccept(caseId, permitPlatform(caseId, actor, "decline", "ZG-15-01"), NonAcceptanceKind.DECLINED, null, reason, note(actor));
    }

    /**
     * 合并 by a platform operator or the grid agency acting within the jurisdiction of both cases.
     *
     * @param caseId     the case
     * @param intoCaseId the case it is merged into
     * @param actor      a {@link ActorRole#PLATFORM_OPERATOR} or {@link ActorRole#GRID_AGENCY}
     * @param reason     why; required
     */
    public void merge(String caseId, String intoCaseId, Actor actor, String reason) {
        String id = permitPlatform(caseId, actor, "merge", "ZG-15-01");
        if (intoCaseId != null && !intoCaseId.isBlank() && !intoCaseId.equals(caseId) && PLATFORM_ROLES.contains(actor.role())) {
            String intoGrid = historic(kernel.instance(KIND, CaseSteps.PROCESS, intoCaseId, ARTICLE)).gridId();
            String why = outsideJurisdiction(actor, intoGrid);
            if (why != null) {
                throw refused(caseId, "ZG-15-01", "merge", actor, "the case it would go into, " + Kernel.shorten(intoCaseId) + ", is in grid "
                        + intoGrid + ": " + why);
            }
        }
        mergeAs(caseId, intoCaseId, id, reason, note(actor));
    }

    /**
     * 交办 by a platform operator or the grid agency acting within the case's jurisdiction.
     *
     * @param caseId       the case
     * @param departmentId a registered department
     * @param actor        a {@link ActorRole#PLATFORM_OPERATOR} or {@link ActorRole#GRID_AGENCY}
     */
    public void assign(String caseId, String departmentId, Actor actor) {
        assignAs(caseId, departmentId, permitPlatform(caseId, actor, "assign", CaseStep.ASSIGN.rule()), note(actor));
    }

    /**
     * 签收 by the department the case is assigned to.
     *
     * @param caseId the case
     * @param actor  the {@link ActorRole#DEPARTMENT} the case is assigned to
     */
    public void signFor(String caseId, Actor actor) {
        signForAs(caseId, permitDepartment(caseId, actor, "signFor", "ZG-15-04"), note(actor));
    }

    /**
     * 退回 by the department the case is assigned to.
     *
     * @param caseId the case
     * @param actor  the {@link ActorRole#DEPARTMENT} the case is assigned to
     * @param reason why; required
     */
    public void handBack(String caseId, Actor actor, String reason) {
        handBackAs(caseId, permitDepartment(caseId, actor, "handBack", "ZG-15-05"), reason, note(actor));
    }

    /**
     * 反馈 by the department the case is assigned to.
     *
     * @param caseId the case
     * @param actor  the {@link ActorRole#DEPARTMENT} the case is assigned to
     * @param result what was done
     */
    public void feedBack(String caseId, Actor actor, String result) {
        department(caseId, permitDepartment(caseId, actor, "feedBack", "ZG-15-03"), false, "FED_BACK", result, note(actor));
    }

    /**
     * 核查 by a platform operator or the grid agency acting within the case's jurisdiction.
     *
     * @param caseId  the case
     * @param outcome resolved or not
     * @param actor   a {@link ActorRole#PLATFORM_OPERATOR} or {@link ActorRole#GRID_AGENCY}
     */
    public void verify(String caseId, VerificationOutcome outcome, Actor actor) {
        verifyAs(caseId, outcome, permitPlatform(caseId, actor, "verify", "Art. 15 ¶1"), note(actor));
    }

    /**
     * 结案 by a platform operator or the grid agency acting within the case's jurisdiction.
     *
     * @param caseId the case
     * @param actor  a {@link ActorRole#PLATFORM_OPERATOR} or {@link ActorRole#GRID_AGENCY}
     */
    public void close(String caseId, Actor actor) {
        closeAs(caseId, permitPlatform(caseId, actor, "close", "Art. 15 ¶1"), note(actor));
    }

    /**
     * 督办 by the grid agency acting within the case's jurisdiction.
     *
     * @param caseId the case
     * @param actor  a {@link ActorRole#GRID_AGENCY}
     * @param reason why
     */
    public void supervise(String caseId, Actor actor, String reason) {
        requireActor(caseId, actor);
        if (actor.role() != ActorRole.SYSTEM) {
            if (actor.role() != ActorRole.GRID_AGENCY) {
                throw refused(caseId, "Art. 15 ¶1", "supervise", actor, "only the grid agency supervises a case (督办)");
            }
            requireJurisdiction(caseId, "Art. 15 ¶1", "supervise", actor);
        }
        superviseAs(caseId, actor.id(), reason, note(actor));
    }

    private String permitWorker(String caseId, Actor actor, String step) {
        requireActor(caseId, actor);
        if (actor.role() == ActorRole.SYSTEM) {
            return actor.id();
        }
        if (actor.role() != ActorRole.GRID_WORKER) {
            throw refused(caseId, "ZG-14-01", step, actor, "only a grid worker of the case's grid takes this step");
        }
        String grid = historic(kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE)).gridId();
        if (!actor.actsFor(grid)) {
            throw refused(caseId, "ZG-14-01", step, actor, "the worker does not serve the case's grid " + grid);
        }
        return actor.id();
    }

    private String permitPlatform(String caseId, Actor actor, String step, String rule) {
        requireActor(caseId, actor);
        if (actor.role() == ActorRole.SYSTEM) {
            return actor.id();
        }
        if (!PLATFORM_ROLES.contains(actor.role())) {
            throw refused(caseId, rule, step, actor, "only a platform operator or the grid agency takes this step");
        }
        requireJurisdiction(caseId, rule, step, actor);
        return actor.id();
    }

    /** Refuses (and records) a step of an operator or agency that does not act within the case's jurisdiction. */
    private void requireJurisdiction(String caseId, String rule, String step, Actor actor) {
        String grid = historic(kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE)).gridId();
        String why = outsideJurisdiction(actor, grid);
        if (why != null) {
            throw refused(caseId, rule, step, actor, why);
        }
    }

    /**
     * @param actor an operator or agency
     * @param grid  a case's grid
     * @return why the actor does not act within the grid's jurisdiction, or null when it does
     */
    private String outsideJurisdiction(Actor actor, String grid) {
        Set<String> divisions = kernel.gridDivisions().get(grid);
        if (divisions == null || divisions.isEmpty()) {
            return "the processes do not know which divisions grid " + grid + " lies in, so its jurisdiction cannot be checked: "
                    + "register the grids (WanggeProcesses.Builder.city or .grids)";
        }
        if (actor.actsFor().isEmpty()) {
            return "it acts for no jurisdiction: give the division codes (e.g. 510302) or the agency id it works for";
        }
        List<String> named = new ArrayList<>();
        for (String j : new java.util.TreeSet<>(actor.actsFor())) {
            String code = jurisdictionCode(j);
            if (code == null) {
                named.add(Kernel.shorten(j) + " (neither a division code nor a registered organisation)");
                continue;
            }
            for (String d : divisions) {
                if (DivisionCodes.within(d, code)) {
                    return null;
                }
            }
            named.add(code.equals(j) ? j : j + " = " + code);
        }
        return "grid " + grid + " lies in " + String.join(", ", new java.util.TreeSet<>(divisions))
                + ", outside its jurisdiction " + String.join(", ", named);
    }

    /** @return the division code a jurisdiction entry stands for: the code itself, a registered organisation's code, or null */
    private String jurisdictionCode(String entry) {
        Organisation o = kernel.organisations().get(entry);
        if (o != null) {
            return o.divisionCode();
        }
        boolean digits = !entry.isEmpty() && entry.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits && (entry.length() == 6 || entry.length() == 12) ? entry : null;
    }

    private String permitDepartment(String caseId, Actor actor, String step, String rule) {
        requireActor(caseId, actor);
        if (actor.role() == ActorRole.SYSTEM) {
            return actor.id();
        }
        if (actor.role() != ActorRole.DEPARTMENT) {
            throw refused(caseId, rule, step, actor, "only the department the case is assigned to takes this step");
        }
        String department = historic(kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE)).departmentId();
        if (department == null || !actor.actsFor(department)) {
            throw refused(caseId, rule, step, actor, department == null ? "the case is assigned to no department"
                    : "the case is assigned to another department");
        }
        return actor.id();
    }

    private static void requireActor(String caseId, Actor actor) {
        if (actor == null) {
            throw new InvalidInputException(caseId, ARTICLE, "actor", "case " + caseId + ": actor is missing: say who takes the step (Actor)");
        }
    }

    private static StepRefusedException refusal(String caseId, String rule, String step, Actor actor, String why) {
        return new StepRefusedException(caseId, rule, step, "case " + caseId + ": step " + step + " refused to " + actor.role() + " "
                + Kernel.shorten(actor.id()) + ": " + why + " (" + rule + ")");
    }

    /** The refusal, recorded in the case's audit trail when the case is open (in its own transaction), then thrown. */
    private StepRefusedException refused(String caseId, String rule, String step, Actor actor, String why) {
        HistoricProcessInstance pi = kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE);
        if (pi.getEndTime() == null) {
            kernel.inTransaction(caseId, KIND, "refuse " + step, rule, () ->
                    kernel.audit(pi.getId(), "REFUSED", actor.id(), rule, "step " + step + " refused to " + actor.role() + ": " + why));
        }
        return refusal(caseId, rule, step, actor, why);
    }

    /**
     * @param caseId a case
     * @return its state
     * @throws UnknownSubjectException for an unknown case
     */
    public CaseState state(String caseId) {
        return state(kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE));
    }

    /**
     * @param caseId a case
     * @return its audit trail, oldest first: every step, who did it, when, under which rule
     */
    public List<AuditEntry> auditTrail(String caseId) {
        return kernel.auditTrail(kernel.instance(KIND, CaseSteps.PROCESS, caseId, ARTICLE).getId());
    }

    /**
     * @param gridId a grid
     * @return the open cases of that grid whose current step is past its deadline
     */
    public List<CaseState> overdueCasesInGrid(String gridId) {
        return overdue(CaseProcess.GRID, gridId);
    }

    /**
     * @param departmentId a department
     * @return the open cases assigned to that department whose current step is past its deadline
     */
    public List<CaseState> overdueCasesOfDepartment(String departmentId) {
        return overdue(CaseProcess.DEPARTMENT, departmentId);
    }

    private List<CaseState> overdue(String variable, String value) {
        Kernel.requireId(null, ARTICLE, variable, value);
        List<CaseState> out = new ArrayList<>();
        for (ProcessInstance p : kernel.engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CaseSteps.PROCESS)
                .variableValueEquals(CaseProcess.OVERDUE, true).variableValueEquals(variable, value).orderByProcessInstanceId().asc().list()) {
            out.add(state(kernel.instance(KIND, CaseSteps.PROCESS, p.getBusinessKey(), ARTICLE)));
        }
        return out;
    }

    private CaseState state(HistoricProcessInstance pi) {
        CaseProcess p = historic(pi);
        List<CaseStep> open = new ArrayList<>();
        for (Task t : kernel.engine().getTaskService().createTaskQuery().processInstanceId(pi.getId()).orderByTaskCreateTime().asc().list()) {
            CaseStep s = CaseStep.ofTaskKey(t.getTaskDefinitionKey());
            if (s != null) {
                open.add(s);
            }
        }
        CaseStatus status = pi.getEndTime() == null ? CaseStatus.OPEN
                : "resolvedOnSpot".equals(pi.getEndActivityId()) ? CaseStatus.RESOLVED_ON_SPOT
                : p.notAccepted() == NonAcceptanceKind.DECLINED ? CaseStatus.DECLINED
                : p.notAccepted() == NonAcceptanceKind.MERGED ? CaseStatus.MERGED : CaseStatus.CLOSED;
        return new CaseState(pi.getBusinessKey(), status, open, p.category(), p.gridId(), p.departmentId(), p.responsibleKinds(),
                p.overdue(), p.overdueRule(), p.supervisionCount(), p.handBackCount(), p.startedUnder().processDefinitionVersion(),
                p.startedUnder().rulePackVersion(), kernel.toLocal(p.collectedAt()), kernel.toLocal(pi.getEndTime()));
    }

    /** The case's state record, running or ended (the history holds the last value). */
    private CaseProcess historic(HistoricProcessInstance pi) {
        return CaseProcess.of(kernel.historicVariable(pi.getId(), CaseProcess.NAME), pi.getBusinessKey());
    }
}
