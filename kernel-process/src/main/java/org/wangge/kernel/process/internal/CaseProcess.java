package org.wangge.kernel.process.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.NonAcceptanceKind;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;

/**
 * The state of one case-handling process (Art. 14, 15, 23), kept in the single process variable
 * {@value #NAME}: what was collected, the limits and versions it started under, and how far it got. The BPMN reads
 * it by method, e.g. {@code ${caseProcess.reportLimit()}}. Immutable; a step stores a changed copy
 * ({@link #with}). Not API.
 *
 * <p>Three of its values are also stored as plain variables, {@link #variables() written with it}, because the
 * engine's queries can only filter on plain variables: {@code overdue}, {@code gridId} and {@code departmentId}
 * (the overdue cases of a grid or of a department).
 *
 * @param caseId             the case
 * @param source             where it came from
 * @param category           its Art. 9 item
 * @param safetyHazard       whether it reports a safety hazard
 * @param obstruction        whether it reports obstruction of a grid worker (Art. 23)
 * @param gridId             its grid
 * @param collectedBy        the grid worker who collected it, or null
 * @param summary            what it is about
 * @param collectedAt        when it was collected
 * @param reportLimit        the report limit, as a timer duration (ZG-14-01)
 * @param acceptLimit        the acceptance limit (ZG-15-01)
 * @param handleLimit        the feedback limit (ZG-15-03)
 * @param startedUnder       the rule pack and process version it started under
 * @param resolvedOnSpot     whether the worker resolved it on the spot (就地解决)
 * @param reportedAt         when it was reported, or null
 * @param acceptedAt         when it was accepted, or null
 * @param responsibleKinds   the department kinds the rules named when it was routed; empty before
 * @param departmentId       the department it is or was last assigned to, or null
 * @param departmentKind     that department's kind, or null
 * @param assignedAt         when it was last assigned, or null
 * @param handedBack         whether the last department step handed it back (退回)
 * @param handBackCount      how many times departments handed it back
 * @param lastHandBackReason the reason of the last hand-back, or null
 * @param fedBackAt          when the department last fed back, or null
 * @param verifiedResolved   whether the last verification found it resolved
 * @param verification       the last verification's outcome, or null
 * @param closedAt           when it was closed, or null
 * @param supervisionCount   how many supervisions (督办) it received
 * @param overdue            whether a deadline passed while its step is still open
 * @param overdueRule        the constraint whose deadline passed last, or null
 * @param respondLimit       the sign-for limit, as a timer duration (ZG-15-04); null in a case started before it (then
 *                           the policy default, 1 working day)
 * @param signedForAt        when the assigned department signed for its current assignment (签收, ZG-15-04), or null
 * @param notAccepted        the platform's decision not to accept the case (ZG-15-01): {@code DECLINED} (不予受理) or
 *                           {@code MERGED} (合并), or null
 * @param mergedInto         the case it was merged into, or null
 */
public record CaseProcess(
        String caseId, CaseSource source, MatterCategory category, boolean safetyHazard, boolean obstruction, String gridId,
        String collectedBy, String summary, Instant collectedAt,
        String reportLimit, String acceptLimit, String handleLimit, StartedUnder startedUnder,
        boolean resolvedOnSpot, Instant reportedAt, Instant acceptedAt, Set<DepartmentKind> responsibleKinds,
        String departmentId, DepartmentKind departmentKind, Instant assignedAt,
        boolean handedBack, int handBackCount, String lastHandBackReason, Instant fedBackAt,
        boolean verifiedResolved, VerificationOutcome verification, Instant closedAt,
        int supervisionCount, boolean overdue, String overdueRule,
        String respondLimit, Instant signedForAt, NonAcceptanceKind notAccepted, String mergedInto) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The process variable holding it. */
    public static final String NAME = "caseProcess";
    /** The plain variable mirroring {@link #overdue()}, for queries. */
    public static final String OVERDUE = "overdue";
    /** The plain variable mirroring {@link #gridId()}, for queries. */
    public static final String GRID = "gridId";
    /** The plain variable mirroring {@link #departmentId()}, for queries. */
    public static final String DEPARTMENT = "departmentId";

    /** Checks the parts and copies the kinds. */
    public CaseProcess {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gridId, "gridId");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(startedUnder, "startedUnder");
        // Free text is masked by construction: no copy of the record, hence no stored variable, holds it raw.
        summary = PersonalText.mask(summary);
        lastHandBackReason = PersonalText.mask(lastHandBackReason);
        responsibleKinds = responsibleKinds == null || responsibleKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(responsibleKinds));
    }

    /**
     * A case just collected: nothing done yet.
     *
     * @return the state
     */
    public static CaseProcess collected(String caseId, CaseSource source, MatterCategory category, boolean safetyHazard,
            boolean obstruction, String gridId, String collectedBy, String summary, Instant collectedAt, String reportLimit,
            String acceptLimit, String handleLimit, StartedUnder startedUnder) {
        return new CaseProcess(caseId, source, category, safetyHazard, obstruction, gridId, collectedBy, summary, collectedAt,
                reportLimit, acceptLimit, handleLimit, startedUnder, false, null, null, Set.of(), null, null, null, false, 0, null,
                null, false, null, null, 0, false, null, null, null, null, null);
    }

    /**
     * A case just collected, with its sign-for limit.
     *
     * @return the state
     */
    public static CaseProcess collected(String caseId, CaseSource source, MatterCategory category, boolean safetyHazard,
            boolean obstruction, String gridId, String collectedBy, String summary, Instant collectedAt, String reportLimit,
            String acceptLimit, String handleLimit, String respondLimit, StartedUnder startedUnder) {
        CaseProcess p = collected(caseId, source, category, safetyHazard, obstruction, gridId, collectedBy, summary, collectedAt,
                reportLimit, acceptLimit, handleLimit, startedUnder);
        return new CaseProcess(caseId, source, category, safetyHazard, obstruction, gridId, collectedBy, p.summary, collectedAt,
                reportLimit, acceptLimit, handleLimit, startedUnder, false, null, null, Set.of(), null, null, null, false, 0, null,
                null, false, null, null, 0, false, null, respondLimit, null, null, null);
    }

    /** @return the sign-for limit as a timer duration: the case's own, or 1 working day for a case started before ZG-15-04 */
    public String respondLimitOrDefault() {
        return respondLimit != null ? respondLimit : org.wangge.kernel.process.WorkingDayBusinessCalendar.workingDays(1);
    }

    /** @return whether the department signed for its current assignment (签收) */
    public boolean signedFor() {
        return signedForAt != null;
    }

    /** @return whether the platform declined or merged the case instead of accepting it (ZG-15-01) */
    public boolean isNotAccepted() {
        return notAccepted != null;
    }

    /**
     * @param variables a case-handling process's variables
     * @param caseId    the case, for the message
     * @return its state
     * @throws IllegalStateException when they hold none
     */
    public static CaseProcess of(Map<String, Object> variables, String caseId) {
        return ProcessVariables.read(variables, NAME, CaseProcess.class, "case " + caseId);
    }

    /** @return the responsible kinds as names, comma-separated, in the order of {@link DepartmentKind} */
    public String responsibleKindNames() {
        return responsibleKinds.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    /** @return the variables to store: this record and the plain variables queries filter on */
    public Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put(NAME, this);
        v.put(OVERDUE, overdue);
        v.put(GRID, gridId);
        v.put(DEPARTMENT, departmentId);
        return v;
    }

    /**
     * What a step writes: this record, and of the plain variables only those that changed (an unchanged one would still
     * cost the engine a read and an update of its history row).
     *
     * @param before the state the step started from, or null (then every plain variable)
     * @return the variables to store
     */
    public Map<String, Object> variables(CaseProcess before) {
        if (before == null) {
            return variables();
        }
        Map<String, Object> v = new HashMap<>();
        v.put(NAME, this);
        if (overdue != before.overdue) {
            v.put(OVERDUE, overdue);
        }
        if (!Objects.equals(gridId, before.gridId)) {
            v.put(GRID, gridId);
        }
        if (!Objects.equals(departmentId, before.departmentId)) {
            v.put(DEPARTMENT, departmentId);
        }
        return v;
    }

    /**
     * @param change what the step changes
     * @return a copy with the change
     */
    public CaseProcess with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new CaseProcess(caseId, source, category, safetyHazard, obstruction, gridId, collectedBy, summary, collectedAt,
                reportLimit, acceptLimit, handleLimit, startedUnder, d.resolvedOnSpot, d.reportedAt, d.acceptedAt,
                d.responsibleKinds, d.departmentId, d.departmentKind, d.assignedAt, d.handedBack, d.handBackCount,
                d.lastHandBackReason, d.fedBackAt, d.verifiedResolved, d.verification, d.closedAt, d.supervisionCount,
                d.overdue, d.overdueRule, respondLimit, d.signedForAt, d.notAccepted, d.mergedInto);
    }

    /** What a step may change: the progress of the case, as named fields. */
    public static final class Draft {
        public boolean resolvedOnSpot;
        public Instant reportedAt;
        public Instant acceptedAt;
        public Set<DepartmentKind> responsibleKinds;
        public String departmentId;
        public DepartmentKind departmentKind;
        public Instant assignedAt;
        public boolean handedBack;
        public int handBackCount;
        public String lastHandBackReason;
        public Instant fedBackAt;
        public boolean verifiedResolved;
        public VerificationOutcome verification;
        public Instant closedAt;
        public int supervisionCount;
        public boolean overdue;
        public String overdueRule;
        public Instant signedForAt;
        public NonAcceptanceKind notAccepted;
        public String mergedInto;

        private Draft(CaseProcess p) {
            signedForAt = p.signedForAt;
            notAccepted = p.notAccepted;
            mergedInto = p.mergedInto;
            resolvedOnSpot = p.resolvedOnSpot;
            reportedAt = p.reportedAt;
            acceptedAt = p.acceptedAt;
            responsibleKinds = p.responsibleKinds;
            departmentId = p.departmentId;
            departmentKind = p.departmentKind;
            assignedAt = p.assignedAt;
            handedBack = p.handedBack;
            handBackCount = p.handBackCount;
            lastHandBackReason = p.lastHandBackReason;
            fedBackAt = p.fedBackAt;
            verifiedResolved = p.verifiedResolved;
            verification = p.verification;
            closedAt = p.closedAt;
            supervisionCount = p.supervisionCount;
            overdue = p.overdue;
            overdueRule = p.overdueRule;
        }

        /** Lifts the overdue flag when the step's deadline was the one that raised it. */
        public void clearOverdue(String rule) {
            if (rule.equals(overdueRule)) {
                overdue = false;
            }
        }
    }
}
