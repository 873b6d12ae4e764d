package org.wangge.bench.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.InsurancePolicy;
import org.wangge.kernel.model.worker.LabourContract;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.rules.facts.CoverKind;
import org.wangge.kernel.rules.facts.CoverPeriod;
import org.wangge.kernel.rules.facts.Coverage;
import org.wangge.kernel.rules.facts.CoverageGap;
import org.wangge.kernel.rules.facts.DutyWindow;

/**
 * Art. 18: pay in full and on time (ZG-18-01, on the paying government), and the days a worker must be under a labour
 * contract (ZG-18-02), social insurance (ZG-18-03) or accident insurance (ZG-18-04), dated the first uncovered day.
 */
final class Art18PayAndInsurance {

    private Art18PayAndInsurance() {
    }

    static void check(City c) {
        int grace = c.intParam("pay.grace.days");
        for (PayRecord p : c.s.payRecords()) {
            if (p.dueDate().isBefore(City.IN_FORCE) || c.isOutOfScope("PayRecord", p.id()) || !c.workers.containsKey(p.workerId())) {
                continue;
            }
            LocalDate deadline = p.dueDate().plusDays(grace);
            LocalDate paid = p.paidDate();
            boolean unpaid = deadline.isBefore(c.day) && (paid == null || paid.isAfter(c.day));
            boolean late = paid != null && !paid.isAfter(c.day) && paid.isAfter(deadline);
            boolean shortPaid = paid != null && !paid.isAfter(deadline) && deadline.isBefore(c.day)
                    && p.amountPaid().compareTo(p.amountDue()) < 0;
            if (unpaid || late || shortPaid) {
                c.violation("ZG-18-01", "Organisation", p.payerId(), deadline.plusDays(1));
            }
        }
        Map<String, List<CoverPeriod>> covers = new HashMap<>();
        for (LabourContract l : c.s.labourContracts()) {
            if (l.to() == null || !l.coveredFrom().isAfter(l.to())) {
                covers.computeIfAbsent(l.workerId(), k -> new ArrayList<>(2))
                        .add(new CoverPeriod(l.workerId(), CoverKind.LABOUR_CONTRACT, l.coveredFrom(), l.to()));
            }
        }
        for (InsurancePolicy i : c.s.insurancePolicies()) {
            if (i.to() == null || !i.coveredFrom().isAfter(i.to())) {
                covers.computeIfAbsent(i.workerId(), k -> new ArrayList<>(2))
                        .add(new CoverPeriod(i.workerId(), CoverKind.of(i.kind()), i.coveredFrom(), i.to()));
            }
        }
        for (GridWorker w : c.s.workers()) {
            if (w.serviceFrom().isAfter(c.day)) {
                continue;
            }
            List<CoverPeriod> mine = covers.getOrDefault(w.id(), List.of());
            if (w.employment() == EmploymentType.FULL_TIME) {
                duty(c, "ZG-18-02", DutyWindow.of(w, CoverKind.LABOUR_CONTRACT, w.serviceFrom().plusMonths(1), City.IN_FORCE, c.day),
                        mine, CoverKind.LABOUR_CONTRACT, null);
                duty(c, "ZG-18-03", DutyWindow.of(w, CoverKind.SOCIAL_INSURANCE, w.serviceFrom().plusDays(30), City.IN_FORCE, c.day),
                        mine, CoverKind.SOCIAL_INSURANCE, null);
            } else if (w.employment() == EmploymentType.PART_TIME) {
                duty(c, "ZG-18-04", DutyWindow.of(w, CoverKind.PERSONAL_ACCIDENT_INSURANCE, w.serviceFrom().minusDays(1), City.IN_FORCE,
                        c.day), mine, CoverKind.WORK_INJURY_INSURANCE, CoverKind.PERSONAL_ACCIDENT_INSURANCE);
            }
        }
    }

    private static void duty(City c, String constraint, DutyWindow window, List<CoverPeriod> covers, CoverKind kind, CoverKind orKind) {
        if (window == null) {
            return;
        }
        List<CoverPeriod> counted = new ArrayList<>(covers.size());
        for (CoverPeriod p : covers) {
            if (p.kind() == kind || p.kind() == orKind) {
                counted.add(p);
            }
        }
        CoverageGap gap = Coverage.firstGap(window.from(), window.to(), counted);
        if (gap.exists()) {
            c.violation(constraint, "GridWorker", window.workerId(), gap.uncoveredFrom());
        }
    }
}
