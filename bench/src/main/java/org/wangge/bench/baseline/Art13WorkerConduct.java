package org.wangge.bench.baseline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.PaymentFromServed;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.worker.VisitCheckIn;

/**
 * Art. 13: substantiated conduct (TEXT, ZG-13-01 … 06) and what the records suggest (INDICATOR): personal information
 * (ZG-13-02), payments and conflicts (ZG-13-03), unresolved closes, check-ins and reused evidence (ZG-13-04).
 */
final class Art13WorkerConduct {

    private final City c;
    /** Evidence ref → its uses (case, worker, collected): an earlier use makes a later one a reuse. */
    private final Map<String, List<Case>> evidence = new HashMap<>();

    Art13WorkerConduct(City c) {
        this.c = c;
    }

    /** A worker's exports on one calendar day. */
    private record WorkerDay(String worker, LocalDate day) {
    }

    static String constraintOf(ConductKind k) {
        return switch (k) {
            case SECRET_LEAK -> "ZG-13-01";
            case PERSONAL_INFORMATION_MISUSE -> "ZG-13-02";
            case PRIVATE_GAIN -> "ZG-13-03";
            case FALSIFICATION_OR_SHIRKING -> "ZG-13-04";
            case ROUGH_CONDUCT_OR_OBSTRUCTION -> "ZG-13-05";
            case OTHER_ILLEGAL -> "ZG-13-06";
        };
    }

    private boolean decided(Substantiation s, LocalDate decidedOn) {
        return s == Substantiation.SUBSTANTIATED && decidedOn != null && !decidedOn.isAfter(c.day);
    }

    /** The conduct records, accesses, disclosures, payments and check-ins. */
    void records() {
        for (ConductIncident i : c.s.incidents()) {
            if (decided(i.substantiation(), i.decidedOn())) {
                c.violation(constraintOf(i.kind()), "GridWorker", i.workerId(), i.occurredOn());
            }
        }
        for (Complaint k : c.s.complaints()) {
            if (decided(k.substantiation(), k.decidedOn())) {
                c.violation(constraintOf(k.allegation()), "GridWorker", k.workerId(), k.receivedOn());
            }
        }
        Map<WorkerDay, Long> exported = new HashMap<>();
        for (PersonalInfoAccess a : c.s.accesses()) {
            access(a);
            if (a.kind() == AccessKind.EXPORT) {
                exported.merge(new WorkerDay(a.workerId(), a.at().toLocalDate()), (long) a.recordCount(), Long::sum);
            }
        }
        int max = c.intParam("pi.export.max.per-day");
        exported.forEach((wd, total) -> {
            if (!wd.day().isAfter(c.day) && total > max) {
                c.warning("ZG-13-02", "GridWorker", wd.worker(), wd.day());
            }
        });
        for (PersonalInfoDisclosure d : c.s.disclosures()) {
            LocalDate on = d.at().toLocalDate();
            if (!d.hasLegalBasis() && !on.isAfter(c.day)) {
                c.warning("ZG-13-02", "GridWorker", d.workerId(), on);
            }
        }
        for (PaymentFromServed p : c.s.paymentsFromServed()) {
            if (p.receivedOn() != null && !p.receivedOn().isAfter(c.day)) {
                c.warning("ZG-13-03", "GridWorker", p.workerId(), p.receivedOn());
            }
        }
        for (VisitCheckIn v : c.s.checkIns()) {
            LocalDate on = v.at().toLocalDate();
            if (!on.isAfter(c.day) && (v.locatedInGridId() == null || !c.assignedOn(v.workerId(), v.locatedInGridId(), on))) {
                c.warning("ZG-13-04", "GridWorker", v.workerId(), on);
            }
        }
    }

    private void access(PersonalInfoAccess a) {
        LocalDate on = a.at().toLocalDate();
        if (on.isAfter(c.day)) {
            return;
        }
        if (!a.hasPurposeTiedToWork()) {
            c.warning("ZG-13-02", "GridWorker", a.workerId(), on);
        } else if (a.caseId() != null) {
            Case k = c.cases.get(a.caseId());
            if (k != null && !Objects.equals(k.collectedById(), a.workerId()) && !c.assignedOn(a.workerId(), k.gridId(), on)) {
                c.warning("ZG-13-02", "GridWorker", a.workerId(), on); // a case that is not the worker's
            }
        }
        if (a.residentGridId() != null && !a.isAuthorised() && !c.assignedOn(a.workerId(), a.residentGridId(), on)) {
            c.warning("ZG-13-02", "GridWorker", a.workerId(), on); // a resident outside the worker's grids
        }
    }

    /** The indicators in one case: a party to it, an unresolved close; its evidence for the reuse check. */
    void check(Case k) {
        LocalDate on = Cases.collectedOn(k);
        String worker = k.collectedById();
        if (worker != null && k.partyIds().contains(worker) && !on.isAfter(c.day)) {
            c.warning("ZG-13-03", "GridWorker", worker, on);
        }
        LocalDateTime spot = k.timeline().resolvedOnSpot();
        if (k.closedAsResolved() && k.verification() == VerificationOutcome.UNRESOLVED && worker != null && spot != null
                && !spot.toLocalDate().isAfter(c.day)) {
            c.warning("ZG-13-04", "GridWorker", worker, spot.toLocalDate());
        }
        for (String ref : k.evidenceRefs()) {
            evidence.computeIfAbsent(ref, x -> new ArrayList<>(1)).add(k);
        }
    }

    /** ZG-13-04: evidence already in an earlier case's report reused (same minute: the later id is the reuse). */
    void finish() {
        for (List<Case> uses : evidence.values()) {
            if (uses.size() < 2) {
                continue;
            }
            for (Case u : uses) {
                LocalDateTime at = u.timeline().collected();
                if (u.collectedById() == null || at.toLocalDate().isAfter(c.day)) {
                    continue;
                }
                for (Case o : uses) {
                    LocalDateTime oAt = o.timeline().collected();
                    if (!o.id().equals(u.id()) && (oAt.isBefore(at) || (oAt.equals(at) && o.id().compareTo(u.id()) < 0))) {
                        c.warning("ZG-13-04", "GridWorker", u.collectedById(), at.toLocalDate());
                        break;
                    }
                }
            }
        }
    }
}
