package org.wangge.kernel.process.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.rules.Finding;

/**
 * The automatic steps of the case-handling process (bean {@code wanggeCase}) and the questions to the rules the
 * case façade shares with them. Not API.
 */
public final class CaseSteps {

    /** The process definition key. */
    public static final String PROCESS = "wanggeCaseHandling";
    /** The candidate group a supervised (督办) overdue case is escalated to. */
    public static final String SUPERVISORS = "grid-agency-supervisors";
    /** The supervision message's payload: who supervises (a message variable, removed once recorded). */
    public static final String SUPERVISION_BY = "supervisionBy";
    /** The supervision message's payload: why (a message variable, removed once recorded). */
    public static final String SUPERVISION_REASON = "supervisionReason";

    private final Kernel kernel;

    /** @param kernel the shared context */
    public CaseSteps(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * 流转: asks the rules which department kinds are responsible for the case and records them.
     *
     * @param execution the execution
     */
    public void route(DelegateExecution execution) {
        CaseProcess p = state(execution);
        Set<DepartmentKind> kinds = responsibleKinds(p, kernel.today());
        execution.setVariables(p.with(d -> d.responsibleKinds = kinds).variables(p));
        String names = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        kernel.audit(execution.getProcessInstanceId(), "ROUTED", Kernel.PLATFORM, p.obstruction() ? "ZG-23-01" : "ZG-15-02",
                "responsible department kinds: " + names);
    }

    /**
     * 督办: records a supervision; when a deadline passed, flags the case overdue and escalates the open
     * step to the grid agency's supervisors (they become candidates of its task). The case keeps its place.
     *
     * @param execution the execution of the boundary event's path
     * @param rule      the constraint whose deadline passed, or the article of a requested supervision
     */
    public void supervise(DelegateExecution execution, String rule) {
        boolean requested = rule.startsWith("Art.");
        CaseProcess p = state(execution);
        String by = Kernel.PLATFORM;
        String reason;
        CaseProcess next;
        if (requested) {
            by = String.valueOf(execution.getVariable(SUPERVISION_BY));
            reason = String.valueOf(execution.getVariable(SUPERVISION_REASON));
            execution.removeVariables(List.of(SUPERVISION_BY, SUPERVISION_REASON)); // recorded in the audit trail
            next = p.with(d -> d.supervisionCount++);
        } else {
            next = p.with(d -> {
                d.supervisionCount++;
                d.overdue = true;
                d.overdueRule = rule;
            });
            reason = switch (rule) {
                case "ZG-14-01" -> "report limit " + p.reportLimit() + " passed without a report";
                case "ZG-15-01" -> "acceptance limit " + p.acceptLimit() + " passed without acceptance";
                case "ZG-15-04" -> "sign-for limit " + p.respondLimitOrDefault() + " passed without a sign-for";
                default -> "feedback limit " + p.handleLimit() + " passed without feedback";
            };
            for (Task open : kernel.engine().getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
                kernel.engine().getTaskService().addCandidateGroup(open.getId(), SUPERVISORS);
            }
            reason += "; escalated to " + SUPERVISORS;
        }
        execution.setVariables(next.variables(p));
        kernel.audit(execution.getProcessInstanceId(), "SUPERVISED", by, rule, reason);
    }

    /**
     * Asks the rules which department kinds are responsible for a case: the routing table
     * (ZG-15-02) and, for obstruction of a grid worker, Art. 23 (ZG-23-01).
     *
     * @param p   the case
     * @param day the day of the question
     * @return the responsible kinds
     */
    public Set<DepartmentKind> responsibleKinds(CaseProcess p, LocalDate day) {
        return kernel.rulesOf(p.startedUnder()).responsibleDepartmentKinds(caseOf(p, null), day); // the pack the case started under
    }

    /**
     * Asks the rules whether they refuse an assignment (ZG-15-02, ZG-23-01 on the case).
     *
     * @param p          the case
     * @param department the department it would be assigned to
     * @param day        the day of the question
     * @return the refusing findings; empty when the assignment is allowed
     */
    public List<Finding> routingFindings(CaseProcess p, Organisation department, LocalDate day) {
        return kernel.rulesOf(p.startedUnder()).checkAssignment(caseOf(p, department.id()), department, day).refusals();
    }

    /** The case as the rules see it now: assigned to the department (at the engine's time), or not yet assigned. */
    private Case caseOf(CaseProcess p, String departmentId) {
        LocalDateTime now = kernel.now();
        LocalDateTime collected = kernel.toLocal(p.collectedAt());
        LocalDateTime reported = orElse(kernel.toLocal(p.reportedAt()), collected);
        LocalDateTime accepted = orElse(kernel.toLocal(p.acceptedAt()), reported);
        LocalDateTime assigned = departmentId == null ? null : now.isBefore(accepted) ? accepted : now;
        return new Case(p.caseId(), p.source(), null, p.category(), p.safetyHazard(), p.obstruction(), p.gridId(), p.collectedBy(),
                new CaseTimeline(collected, null, reported, accepted, assigned, null, null, null), departmentId,
                List.of(), List.of(), false, null, Set.of(), Set.of(), null);
    }

    private static CaseProcess state(DelegateExecution execution) {
        return CaseProcess.of(execution.getVariables(), execution.getProcessInstanceBusinessKey());
    }

    private static LocalDateTime orElse(LocalDateTime value, LocalDateTime fallback) {
        return value != null ? value : fallback;
    }
}
