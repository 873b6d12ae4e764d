package org.wangge.bench.baseline;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.NonAcceptanceKind;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.rules.facts.CaseDeadline;
import org.wangge.kernel.rules.facts.Deadlines;
import org.wangge.kernel.rules.facts.HandBacks;

/**
 * Art. 15: accept (ZG-15-01), route and assign (ZG-15-02), feed back (ZG-15-03), sign for (ZG-15-04), hand back
 * (ZG-15-05) and supervise what is overdue (ZG-15-06), each within its local limit (working days on the official
 * calendar, hours for hazards). A limit is missed when the step was done after it, or is still not done and it fell due
 * before the end of the check day; findings are dated the day the limit fell due (or of the act).
 */
final class Art15Platform {

    private final City c;
    private final Map<MatterCategory, Set<DepartmentKind>> route;
    private final Set<String> agencies = new HashSet<>();
    private final int acceptDays;
    private final int assignDays;
    private final int handleDays;
    private final int handleHazardHours;
    private final int respondDays;
    private final int superviseDays;
    private final int handBackMax;
    private final boolean nonAcceptanceReason;
    private final boolean nonAcceptanceMergedInto;
    private final boolean handBackReason;

    Art15Platform(City c, Map<MatterCategory, Set<DepartmentKind>> route) {
        this.c = c;
        this.route = route;
        for (Organisation o : c.s.organisations()) {
            if (o.kind() == OrganisationKind.GRID_AGENCY) {
                agencies.add(o.id());
            }
        }
        acceptDays = c.intParam("case.accept.limit.working-days");
        assignDays = c.intParam("case.assign.limit.working-days");
        handleDays = c.intParam("case.handle.limit.working-days");
        handleHazardHours = c.intParam("case.handle.limit.hazard.hours");
        respondDays = c.intParam("case.respond.limit.working-days");
        superviseDays = c.intParam("case.supervise.limit.working-days");
        handBackMax = c.intParam("case.handback.max");
        String nonAcceptance = c.params.value("case.nonacceptance.record");
        nonAcceptanceReason = nonAcceptance.contains("REASON");
        nonAcceptanceMergedInto = nonAcceptance.contains("MERGED_INTO");
        handBackReason = c.params.value("case.handback.record").contains("REASON");
    }

    static boolean missed(LocalDateTime done, LocalDateTime deadline, City c) {
        return done != null ? done.isAfter(deadline) : deadline.isBefore(c.endOfDay);
    }

    private LocalDateTime workingDays(LocalDateTime start, int days) {
        return CaseDeadline.workingDaysAfterOrNull(c.calendar, start, days);
    }

    /** A limit of Art. 15: when missed, the ZG-15-0x finding and the overdue step ZG-15-06 supervises. */
    private void limit(Case k, String constraint, LocalDateTime deadline, LocalDateTime done) {
        if (deadline != null && missed(done, deadline, c)) {
            c.warning(constraint, "Case", k.id(), deadline.toLocalDate());
            supervise(k, deadline);
        }
    }

    void check(Case k) {
        CaseTimeline t = k.timeline();
        // ZG-15-01 受理
        if (t.reported() != null) {
            limit(k, "ZG-15-01", workingDays(t.reported(), acceptDays),
                    CaseDeadline.earliest(t.accepted(), k.nonAcceptance() == null ? null : k.nonAcceptance().at()));
            if (k.nonAcceptance() != null && ((nonAcceptanceReason && !k.nonAcceptance().hasReason())
                    || (nonAcceptanceMergedInto && k.nonAcceptance().kind() == NonAcceptanceKind.MERGED
                            && !k.nonAcceptance().namesMergedInto()))) {
                c.warning("ZG-15-01", "Case", k.id(), k.nonAcceptance().at().toLocalDate());
            }
        }
        // ZG-15-02 交办 to a department whose duties cover the case (the routing table), in time
        if (k.assignedDepartmentId() != null) {
            Organisation dept = c.orgs.get(k.assignedDepartmentId());
            if (dept != null && dept.kind() == OrganisationKind.DEPARTMENT && !responsible(k).contains(dept.departmentKind())) {
                c.warning("ZG-15-02", "Case", k.id(), (t.assigned() != null ? t.assigned() : t.collected()).toLocalDate());
            }
        }
        if (t.accepted() != null && !k.obstructionOfWorker() && (k.assignedDepartmentId() != null || t.closed() == null)
                && !HandBacks.anyBy(k, c.endOfDay)) { // a hand-back after the check date has not happened yet
            limit(k, "ZG-15-02", workingDays(t.accepted(), assignDays), k.assignedDepartmentId() == null ? null : t.assigned());
        }
        if (t.assigned() != null) {
            LocalDateTime assigned = t.assigned();
            LocalDateTime handedBack = CaseDeadline.firstHandBackAtOrAfter(k, assigned);
            // ZG-15-03 反馈
            limit(k, "ZG-15-03", CaseDeadline.isHazard(k) ? Deadlines.hoursAfter(assigned, handleHazardHours)
                    : workingDays(assigned, handleDays), CaseDeadline.earliest(t.fedBack(), handedBack));
            // ZG-15-04 签收
            limit(k, "ZG-15-04", workingDays(assigned, respondDays),
                    CaseDeadline.earliest(t.signedFor(), CaseDeadline.earliest(t.fedBack(), handedBack)));
        }
        // ZG-15-05 退回
        if (!k.handBacks().isEmpty()) {
            if (handBackReason) {
                for (HandBack h : HandBacks.withoutReason(k)) {
                    if (h.at().isAfter(c.endOfDay)) {
                        continue;
                    }
                    c.warning("ZG-15-05", "Case", k.id(), h.at().toLocalDate());
                    supervise(k, h.at());
                }
            }
            if (k.handBacks().size() > handBackMax) {
                for (HandBack h : HandBacks.overMaximum(k, handBackMax)) {
                    if (h.at().isAfter(c.endOfDay)) {
                        continue;
                    }
                    c.warning("ZG-15-05", "Case", k.id(), h.at().toLocalDate());
                    supervise(k, h.at());
                }
            }
        }
    }

    /** ZG-15-06: the grid agency supervises a step overdue since {@code at} within its limit. */
    private void supervise(Case k, LocalDateTime at) {
        LocalDateTime deadline = workingDays(at, superviseDays);
        if (deadline == null) {
            return;
        }
        LocalDateTime first = null;
        for (Supervision s : k.supervisions()) {
            if (!s.at().isBefore(at) && agencies.contains(s.byId()) && (first == null || s.at().isBefore(first))) {
                first = s.at();
            }
        }
        if (missed(first, deadline, c)) {
            c.warning("ZG-15-06", "Case", k.id(), deadline.toLocalDate());
        }
    }

    /** The department kinds the routing table names for the case (its category; public security too for obstruction). */
    private Set<DepartmentKind> responsible(Case k) {
        Set<DepartmentKind> out = EnumSet.noneOf(DepartmentKind.class);
        out.addAll(route.getOrDefault(k.category(), Set.of()));
        if (k.obstructionOfWorker()) {
            out.addAll(route.getOrDefault(null, Set.of()));
        }
        return out;
    }
}
