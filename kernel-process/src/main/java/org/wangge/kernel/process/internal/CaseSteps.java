package org.wangge.kernel.process.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;

/**
 * The automatic steps of the case-handling process (bean {@code wanggeCase}) and the rule checks the
 * case façade shares with them. Not API.
 */
public final class CaseSteps {

    /** The process definition key. */
    public static final String PROCESS = "wanggeCaseHandling";
    /** The candidate group a supervised (督办) overdue case is escalated to. */
    public static final String SUPERVISORS = "grid-agency-supervisors";

    private static final String PROBE_DEPARTMENT = "wangge-routing-probe";

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
        Map<String, Object> v = execution.getVariables();
        Set<DepartmentKind> kinds = responsibleKinds(v, kernel.today());
        String names = kinds.stream().map(Enum::name).collect(Collectors.joining(","));
        execution.setVariable("responsibleKinds", names);
        boolean obstruction = Boolean.TRUE.equals(v.get("obstruction"));
        kernel.audit(execution.getProcessInstanceId(), "ROUTED", Kernel.PLATFORM, obstruction ? "ZG-23-01" : "ZG-15-02",
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
        Object count = execution.getVariable(Vars.SUPERVISIONS);
        execution.setVariable(Vars.SUPERVISIONS, (count instanceof Integer i ? i : 0) + 1);
        String by = Kernel.PLATFORM;
        String reason;
        if (requested) {
            by = String.valueOf(execution.getVariable("supervisionBy"));
            reason = String.valueOf(execution.getVariable("supervisionReason"));
        } else {
            execution.setVariable(Vars.OVERDUE, true);
            execution.setVariable(Vars.OVERDUE_RULE, rule);
            reason = switch (rule) {
                case "ZG-14-01" -> "report limit " + execution.getVariable("reportLimit") + " passed without a report";
                case "ZG-15-01" -> "acceptance limit " + execution.getVariable("acceptLimit") + " passed without acceptance";
                default -> "feedback limit " + execution.getVariable("handleLimit") + " passed without feedback";
            };
            for (Task open : kernel.engine().getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
                kernel.engine().getTaskService().addCandidateGroup(open.getId(), SUPERVISORS);
            }
            reason += "; escalated to " + SUPERVISORS;
        }
        kernel.audit(execution.getProcessInstanceId(), "SUPERVISED", by, rule, reason);
    }

    /**
     * Asks the rules which department kinds are responsible for a case: the routing table
     * (ZG-15-02) and, for obstruction of a grid worker, Art. 23 (ZG-23-01).
     *
     * @param v   the case's variables
     * @param day the day of the check
     * @return the responsible kinds
     */
    public Set<DepartmentKind> responsibleKinds(Map<String, Object> v, LocalDate day) {
        Organisation probe = new Organisation(PROBE_DEPARTMENT, "routing probe", OrganisationKind.DEPARTMENT, GovernmentLevel.CITY,
                DepartmentKind.OTHER, jurisdiction(v, day), null);
        CheckReport report = check(v, probe, day);
        String caseId = String.valueOf(v.get("caseId"));
        Set<DepartmentKind> kinds = EnumSet.allOf(DepartmentKind.class);
        for (Finding f : caseFindings(report, caseId)) {
            if (f.constraintId().equals("ZG-23-01")) {
                kinds.retainAll(EnumSet.of(DepartmentKind.PUBLIC_SECURITY));
            } else if (f.constraintId().equals("ZG-15-02")) {
                Set<DepartmentKind> named = EnumSet.noneOf(DepartmentKind.class);
                for (String k : f.evidence().getOrDefault("responsible", "-").split(",")) {
                    if (!k.isBlank() && !k.equals("-")) {
                        named.add(DepartmentKind.valueOf(k.trim()));
                    }
                }
                kinds.retainAll(named);
            }
        }
        return kinds;
    }

    /**
     * Checks an assignment with the rules: the findings of ZG-15-02 and ZG-23-01 on the case.
     *
     * @param v          the case's variables
     * @param department the department it would be assigned to
     * @param day        the day of the check
     * @return the routing findings; empty when the assignment is allowed
     */
    public List<Finding> routingFindings(Map<String, Object> v, Organisation department, LocalDate day) {
        return caseFindings(check(v, department, day), String.valueOf(v.get("caseId")));
    }

    private List<Finding> caseFindings(CheckReport report, String caseId) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.subject().kind().equals("Case") && f.subject().id().equals(caseId)
                    && (f.constraintId().equals("ZG-15-02") || f.constraintId().equals("ZG-23-01"))) {
                out.add(f);
            }
        }
        return out;
    }

    private CheckReport check(Map<String, Object> v, Organisation department, LocalDate day) {
        LocalDateTime now = kernel.now();
        LocalDateTime collected = kernel.toLocal((Date) v.get("collectedAt"));
        LocalDateTime reported = orElse(kernel.toLocal((Date) v.get("reportedAt")), collected);
        LocalDateTime accepted = orElse(kernel.toLocal((Date) v.get("acceptedAt")), reported);
        LocalDateTime assigned = now.isBefore(accepted) ? accepted : now;
        Case c = new Case(String.valueOf(v.get("caseId")), CaseSource.valueOf(String.valueOf(v.get("source"))), null,
                MatterCategory.valueOf(String.valueOf(v.get("category"))), Boolean.TRUE.equals(v.get("safetyHazard")),
                Boolean.TRUE.equals(v.get("obstruction")), String.valueOf(v.get("gridId")), (String) v.get("collectedBy"),
                new CaseTimeline(collected, null, reported, accepted, assigned, null, null, null), department.id(),
                List.of(), List.of(), false, null, Set.of(), Set.of(), null);
        CitySnapshot snapshot = CitySnapshot.builder(jurisdiction(v, day), day).add(department, c).build();
        return kernel.rulesOf(v).check(snapshot, day); // the pack the case started under
    }

    private String jurisdiction(Map<String, Object> v, LocalDate day) {
        return kernel.rulesOf(v).packInForce(day).jurisdiction();
    }

    private static LocalDateTime orElse(LocalDateTime value, LocalDateTime fallback) {
        return value != null ? value : fallback;
    }

    /**
     * @param kinds kinds as stored
     * @return them as a sorted set of names
     */
    public static Set<String> names(String kinds) {
        Set<String> out = new TreeSet<>();
        if (kinds != null) {
            for (String k : kinds.split(",")) {
                if (!k.isBlank()) {
                    out.add(k.trim());
                }
            }
        }
        return out;
    }
}
