package org.wangge.kernel.model.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Finds dangling references and duplicate ids in a snapshot. */
final class ReferenceCheck {

    private final CitySnapshot s;
    private final List<ReferenceProblem> problems = new ArrayList<>();

    ReferenceCheck(CitySnapshot snapshot) {
        this.s = snapshot;
    }

    List<ReferenceProblem> run() {
        IdSet divisions = ids("AdministrativeDivision", s.divisions(), d -> d.code());
        IdSet orgs = ids("Organisation", s.organisations(), o -> o.id());
        IdSet grids = ids("Grid", s.grids(), g -> g.id());
        IdSet changes = ids("GridChange", s.gridChanges(), c -> c.id());
        IdSet workers = ids("GridWorker", s.workers(), w -> w.id());
        IdSet lists = ids("MatterList", s.matterLists(), l -> l.id());
        IdSet matters = ids("Matter", s.matters(), m -> m.id());
        IdSet cases = ids("Case", s.cases(), c -> c.id());
        ids("Filing", s.filings(), f -> f.id());
        ids("Assignment", s.assignments(), a -> a.id());
        ids("Volunteer", s.volunteers(), v -> v.id());
        ids("LabourContract", s.labourContracts(), x -> x.id());
        ids("InsurancePolicy", s.insurancePolicies(), x -> x.id());
        ids("PayRecord", s.payRecords(), x -> x.id());
        ids("Assessment", s.assessments(), x -> x.id());
        ids("StarRating", s.starRatings(), x -> x.id());
        ids("VisitCheckIn", s.checkIns(), x -> x.id());
        ids("Engagement", s.engagements(), x -> x.id());
        ids("PersonalInfoAccess", s.accesses(), x -> x.id());
        ids("PersonalInfoDisclosure", s.disclosures(), x -> x.id());
        ids("ConductIncident", s.incidents(), x -> x.id());
        ids("Complaint", s.complaints(), x -> x.id());
        ids("PaymentFromServed", s.paymentsFromServed(), x -> x.id());
        ids("PublicNotice", s.notices(), x -> x.id());
        ids("SystemConnection", s.connections(), x -> x.id());
        ids("DataExchange", s.exchanges(), x -> x.id());
        ids("Budget", s.budgets(), x -> x.id());
        ids("AgencyMechanism", s.mechanisms(), x -> x.id());
        ids("Commendation", s.commendations(), x -> x.id());

        boolean checkDivisions = !s.divisions().isEmpty();
        for (var d : s.divisions()) {
            if (d.parentCode() != null) {
                ref("AdministrativeDivision", d.code(), "parentCode", d.parentCode(), divisions);
            }
        }
        for (var o : s.organisations()) {
            if (checkDivisions) {
                ref("Organisation", o.id(), "divisionCode", o.divisionCode(), divisions);
            }
        }
        for (var v : s.volunteers()) {
            opt("Volunteer", v.id(), "organisationId", v.organisationId(), orgs);
        }
        for (var g : s.grids()) {
            if (checkDivisions) {
                g.divisionCodes().forEach(c -> ref("Grid", g.id(), "divisionCodes", c, divisions));
            }
            ref("Grid", g.id(), "dividedById", g.dividedById(), orgs);
            opt("Grid", g.id(), "organiserId", g.organiserId(), orgs);
            opt("Grid", g.id(), "implementingUnitId", g.implementingUnitId(), orgs);
        }
        for (var c : s.gridChanges()) {
            c.gridIds().forEach(id -> ref("GridChange", c.id(), "gridIds", id, grids));
            ref("GridChange", c.id(), "madeById", c.madeById(), orgs);
        }
        for (var f : s.filings()) {
            ref("Filing", f.id(), "gridChangeId", f.gridChangeId(), changes);
            ref("Filing", f.id(), "filedWithId", f.filedWithId(), orgs);
        }
        for (var a : s.assignments()) {
            ref("Assignment", a.id(), "workerId", a.workerId(), workers);
            ref("Assignment", a.id(), "gridId", a.gridId(), grids);
            ref("Assignment", a.id(), "assignedById", a.assignedById(), orgs);
        }
        s.labourContracts().forEach(c -> ref("LabourContract", c.id(), "workerId", c.workerId(), workers));
        s.insurancePolicies().forEach(p -> ref("InsurancePolicy", p.id(), "workerId", p.workerId(), workers));
        s.payRecords().forEach(p -> ref("PayRecord", p.id(), "workerId", p.workerId(), workers));
        s.assessments().forEach(a -> ref("Assessment", a.id(), "workerId", a.workerId(), workers));
        s.starRatings().forEach(r -> ref("StarRating", r.id(), "gridId", r.gridId(), grids));
        s.gridIndicators().forEach(i -> ref("GridIndicators", i.gridId(), "gridId", i.gridId(), grids));
        for (var c : s.checkIns()) {
            ref("VisitCheckIn", c.id(), "workerId", c.workerId(), workers);
            opt("VisitCheckIn", c.id(), "locatedInGridId", c.locatedInGridId(), grids);
            opt("VisitCheckIn", c.id(), "caseId", c.caseId(), cases);
        }
        s.matterLists().forEach(l -> ref("MatterList", l.id(), "compiledById", l.compiledById(), orgs));
        for (var m : s.matters()) {
            ref("Matter", m.id(), "listId", m.listId(), lists);
            opt("Matter", m.id(), "owningDepartmentId", m.owningDepartmentId(), orgs);
        }
        for (var e : s.engagements()) {
            ref("Engagement", e.id(), "departmentId", e.departmentId(), orgs);
            e.gridIds().forEach(id -> ref("Engagement", e.id(), "gridIds", id, grids));
            opt("Engagement", e.id(), "consentById", e.consentById(), orgs);
        }
        for (var c : s.cases()) {
            opt("Case", c.id(), "matterId", c.matterId(), matters);
            ref("Case", c.id(), "gridId", c.gridId(), grids);
            opt("Case", c.id(), "collectedById", c.collectedById(), workers);
            opt("Case", c.id(), "assignedDepartmentId", c.assignedDepartmentId(), orgs);
        }
        for (var a : s.accesses()) {
            ref("PersonalInfoAccess", a.id(), "workerId", a.workerId(), workers);
            opt("PersonalInfoAccess", a.id(), "caseId", a.caseId(), cases);
            opt("PersonalInfoAccess", a.id(), "matterId", a.matterId(), matters);
            opt("PersonalInfoAccess", a.id(), "residentGridId", a.residentGridId(), grids);
        }
        s.disclosures().forEach(d -> ref("PersonalInfoDisclosure", d.id(), "workerId", d.workerId(), workers));
        s.incidents().forEach(i -> ref("ConductIncident", i.id(), "workerId", i.workerId(), workers));
        s.complaints().forEach(c -> ref("Complaint", c.id(), "workerId", c.workerId(), workers));
        for (var p : s.paymentsFromServed()) {
            ref("PaymentFromServed", p.id(), "workerId", p.workerId(), workers);
            opt("PaymentFromServed", p.id(), "caseId", p.caseId(), cases);
        }
        for (var n : s.notices()) {
            ref("PublicNotice", n.id(), "gridId", n.gridId(), grids);
            ref("PublicNotice", n.id(), "postedById", n.postedById(), orgs);
            n.workers().forEach(w -> ref("PublicNotice", n.id(), "workers.workerId", w.workerId(), workers));
        }
        s.connections().forEach(c -> ref("SystemConnection", c.id(), "departmentId", c.departmentId(), orgs));
        for (var x : s.exchanges()) {
            ref("DataExchange", x.id(), "fromId", x.fromId(), orgs);
            ref("DataExchange", x.id(), "toId", x.toId(), orgs);
        }
        s.budgets().forEach(b -> ref("Budget", b.id(), "governmentId", b.governmentId(), orgs));
        s.mechanisms().forEach(m -> ref("AgencyMechanism", m.id(), "agencyId", m.agencyId(), orgs));
        s.commendations().forEach(c -> ref("Commendation", c.id(), "agencyId", c.agencyId(), orgs));
        return List.copyOf(problems);
    }

    private <T> IdSet ids(String type, Collection<T> facts, Function<T, String> id) {
        IdSet seen = new IdSet(facts.size());
        for (T fact : facts) {
            String value = id.apply(fact);
            if (!seen.add(value)) {
                problems.add(new ReferenceProblem(type, value, "id", value, "the id is used by more than one " + type));
            }
        }
        return seen; // read only here: a copy of five million ids would only cost time
    }

    private void ref(String type, String id, String field, String value, IdSet targets) {
        if (!targets.contains(value)) {
            problems.add(new ReferenceProblem(type, id, field, value, "no " + TARGETS.getOrDefault(field, "element")
                    + " with this id in the snapshot"));
        }
    }

    /** What kind of element each reference field points to, for the message. */
    private static final java.util.Map<String, String> TARGETS = java.util.Map.ofEntries(
            java.util.Map.entry("parentCode", "AdministrativeDivision"), java.util.Map.entry("divisionCode", "AdministrativeDivision"),
            java.util.Map.entry("divisionCodes", "AdministrativeDivision"), java.util.Map.entry("gridId", "Grid"),
            java.util.Map.entry("gridIds", "Grid"), java.util.Map.entry("locatedInGridId", "Grid"),
            java.util.Map.entry("residentGridId", "Grid"), java.util.Map.entry("workerId", "GridWorker"),
            java.util.Map.entry("workers.workerId", "GridWorker"), java.util.Map.entry("collectedById", "GridWorker"),
            java.util.Map.entry("gridChangeId", "GridChange"), java.util.Map.entry("listId", "MatterList"),
            java.util.Map.entry("matterId", "Matter"), java.util.Map.entry("caseId", "Case"),
            java.util.Map.entry("dividedById", "Organisation"), java.util.Map.entry("organiserId", "Organisation"),
            java.util.Map.entry("implementingUnitId", "Organisation"), java.util.Map.entry("madeById", "Organisation"),
            java.util.Map.entry("filedWithId", "Organisation"), java.util.Map.entry("assignedById", "Organisation"),
            java.util.Map.entry("compiledById", "Organisation"), java.util.Map.entry("owningDepartmentId", "Organisation"),
            java.util.Map.entry("departmentId", "Organisation"), java.util.Map.entry("consentById", "Organisation"),
            java.util.Map.entry("assignedDepartmentId", "Organisation"), java.util.Map.entry("postedById", "Organisation"),
            java.util.Map.entry("fromId", "Organisation"), java.util.Map.entry("toId", "Organisation"),
            java.util.Map.entry("governmentId", "Organisation"), java.util.Map.entry("organisationId", "Organisation"));

    private void opt(String type, String id, String field, String value, IdSet targets) {
        if (value != null) {
            ref(type, id, field, value, targets);
        }
    }
}
