package org.wangge.kernel.model.snapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.PaymentFromServed;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridIndicators;
import org.wangge.kernel.model.grid.StarRating;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.information.SystemConnection;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.AgencyMechanism;
import org.wangge.kernel.model.organisation.Commendation;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.Volunteer;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.worker.Assessment;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.InsurancePolicy;
import org.wangge.kernel.model.worker.LabourContract;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.model.worker.VisitCheckIn;

/**
 * All facts of one jurisdiction as of a date: the unit the rules check. Build one with
 * {@link #builder(String, LocalDate)}; {@link #referenceProblems()} lists every reference to an id
 * the snapshot does not hold.
 *
 * @param jurisdiction the GB/T 2260 code of the jurisdiction, e.g. 510300 for Zigong
 * @param asOf         the day the data describes
 * @param divisions    administrative divisions
 * @param organisations organisations: agencies, governments, departments, committees, units
 * @param volunteers   volunteers (Art. 20)
 * @param grids        grids
 * @param gridChanges  divisions, adjustments and code changes of grids
 * @param filings      filing records with the city agency
 * @param workers      grid workers
 * @param assignments  assignments of workers to grids
 * @param labourContracts labour contracts
 * @param insurancePolicies insurance policies
 * @param payRecords   pay and subsidy records
 * @param assessments  assessments of workers
 * @param starRatings  star ratings of grids
 * @param gridIndicators the indicators star ratings derive from
 * @param checkIns     visit check-ins
 * @param matterLists  the matter list(s)
 * @param matters      matters on the lists
 * @param engagements  departments' engagements of grids
 * @param cases        cases
 * @param accesses     personal-information access records
 * @param disclosures  personal-information disclosure records
 * @param incidents    conduct incidents
 * @param complaints   complaints against workers
 * @param notices      public notices
 * @param connections  information-system connections
 * @param exchanges    data exchanges
 * @param budgets      budgets
 * @param mechanisms   grid agencies' working mechanisms and star-rated grid systems (Art. 17 ¶1)
 * @param commendations grid agencies' commendations and rewards (Art. 17 ¶2)
 * @param paymentsFromServed payments or gifts workers received from persons served (Art. 13(3) indicators)
 */
public record CitySnapshot(
        @NotBlank String jurisdiction,
        @NotNull LocalDate asOf,
        List<AdministrativeDivision> divisions,
        List<Organisation> organisations,
        List<Volunteer> volunteers,
        List<Grid> grids,
        List<GridChange> gridChanges,
        List<Filing> filings,
        List<GridWorker> workers,
        List<Assignment> assignments,
        List<LabourContract> labourContracts,
        List<InsurancePolicy> insurancePolicies,
        List<PayRecord> payRecords,
        List<Assessment> assessments,
        List<StarRating> starRatings,
        List<GridIndicators> gridIndicators,
        List<VisitCheckIn> checkIns,
        List<MatterList> matterLists,
        List<Matter> matters,
        List<Engagement> engagements,
        List<Case> cases,
        List<PersonalInfoAccess> accesses,
        List<PersonalInfoDisclosure> disclosures,
        List<ConductIncident> incidents,
        List<Complaint> complaints,
        List<PublicNotice> notices,
        List<SystemConnection> connections,
        List<DataExchange> exchanges,
        List<Budget> budgets,
        List<AgencyMechanism> mechanisms,
        List<Commendation> commendations,
        List<PaymentFromServed> paymentsFromServed) {

    /** Copies every list and refuses nulls. */
    public CitySnapshot {
        jurisdiction = Require.notBlank(jurisdiction, "CitySnapshot.jurisdiction");
        try {
            org.wangge.kernel.model.identity.DivisionCode.of(jurisdiction);
        } catch (org.wangge.kernel.model.ModelValidationException e) {
            var reworded = new org.wangge.kernel.model.ModelValidationException("CitySnapshot.jurisdiction",
                    e.shownValue(), e.rule());
            reworded.initCause(e);
            throw reworded;
        }
        Require.notNull(asOf, "CitySnapshot.asOf");
        divisions = Require.list(divisions, "CitySnapshot.divisions");
        organisations = Require.list(organisations, "CitySnapshot.organisations");
        volunteers = Require.list(volunteers, "CitySnapshot.volunteers");
        grids = Require.list(grids, "CitySnapshot.grids");
        gridChanges = Require.list(gridChanges, "CitySnapshot.gridChanges");
        filings = Require.list(filings, "CitySnapshot.filings");
        workers = Require.list(workers, "CitySnapshot.workers");
        assignments = Require.list(assignments, "CitySnapshot.assignments");
        labourContracts = Require.list(labourContracts, "CitySnapshot.labourContracts");
        insurancePolicies = Require.list(insurancePolicies, "CitySnapshot.insurancePolicies");
        payRecords = Require.list(payRecords, "CitySnapshot.payRecords");
        assessments = Require.list(assessments, "CitySnapshot.assessments");
        starRatings = Require.list(starRatings, "CitySnapshot.starRatings");
        gridIndicators = Require.list(gridIndicators, "CitySnapshot.gridIndicators");
        checkIns = Require.list(checkIns, "CitySnapshot.checkIns");
        matterLists = Require.list(matterLists, "CitySnapshot.matterLists");
        matters = Require.list(matters, "CitySnapshot.matters");
        engagements = Require.list(engagements, "CitySnapshot.engagements");
        cases = Require.list(cases, "CitySnapshot.cases");
        accesses = Require.list(accesses, "CitySnapshot.accesses");
        disclosures = Require.list(disclosures, "CitySnapshot.disclosures");
        incidents = Require.list(incidents, "CitySnapshot.incidents");
        complaints = Require.list(complaints, "CitySnapshot.complaints");
        notices = Require.list(notices, "CitySnapshot.notices");
        connections = Require.list(connections, "CitySnapshot.connections");
        exchanges = Require.list(exchanges, "CitySnapshot.exchanges");
        budgets = Require.list(budgets, "CitySnapshot.budgets");
        mechanisms = Require.list(mechanisms, "CitySnapshot.mechanisms");
        commendations = Require.list(commendations, "CitySnapshot.commendations");
        paymentsFromServed = Require.list(paymentsFromServed, "CitySnapshot.paymentsFromServed");
    }

    /**
     * A snapshot as built before agency mechanisms and commendations were modelled (Art. 17): it has none of either.
     */
    public CitySnapshot(String jurisdiction, LocalDate asOf, List<AdministrativeDivision> divisions,
            List<Organisation> organisations, List<Volunteer> volunteers, List<Grid> grids, List<GridChange> gridChanges,
            List<Filing> filings, List<GridWorker> workers, List<Assignment> assignments, List<LabourContract> labourContracts,
            List<InsurancePolicy> insurancePolicies, List<PayRecord> payRecords, List<Assessment> assessments,
            List<StarRating> starRatings, List<GridIndicators> gridIndicators, List<VisitCheckIn> checkIns,
            List<MatterList> matterLists, List<Matter> matters, List<Engagement> engagements, List<Case> cases,
            List<PersonalInfoAccess> accesses, List<PersonalInfoDisclosure> disclosures, List<ConductIncident> incidents,
            List<Complaint> complaints, List<PublicNotice> notices, List<SystemConnection> connections,
            List<DataExchange> exchanges, List<Budget> budgets) {
        this(jurisdiction, asOf, divisions, organisations, volunteers, grids, gridChanges, filings, workers, assignments,
                labourContracts, insurancePolicies, payRecords, assessments, starRatings, gridIndicators, checkIns,
                matterLists, matters, engagements, cases, accesses, disclosures, incidents, complaints, notices,
                connections, exchanges, budgets, List.of(), List.of(), List.of());
    }

    /**
     * A snapshot with agency mechanisms and commendations (Art. 17) but without payments from persons served.
     */
    public CitySnapshot(String jurisdiction, LocalDate asOf, List<AdministrativeDivision> divisions,
            List<Organisation> organisations, List<Volunteer> volunteers, List<Grid> grids, List<GridChange> gridChanges,
            List<Filing> filings, List<GridWorker> workers, List<Assignment> assignments, List<LabourContract> labourContracts,
            List<InsurancePolicy> insurancePolicies, List<PayRecord> payRecords, List<Assessment> assessments,
            List<StarRating> starRatings, List<GridIndicators> gridIndicators, List<VisitCheckIn> checkIns,
            List<MatterList> matterLists, List<Matter> matters, List<Engagement> engagements, List<Case> cases,
            List<PersonalInfoAccess> accesses, List<PersonalInfoDisclosure> disclosures, List<ConductIncident> incidents,
            List<Complaint> complaints, List<PublicNotice> notices, List<SystemConnection> connections,
            List<DataExchange> exchanges, List<Budget> budgets, List<AgencyMechanism> mechanisms,
            List<Commendation> commendations) {
        this(jurisdiction, asOf, divisions, organisations, volunteers, grids, gridChanges, filings, workers, assignments,
                labourContracts, insurancePolicies, payRecords, assessments, starRatings, gridIndicators, checkIns,
                matterLists, matters, engagements, cases, accesses, disclosures, incidents, complaints, notices,
                connections, exchanges, budgets, mechanisms, commendations, List.of());
    }

    /**
     * A snapshot with payments from persons served but without agency mechanisms and commendations (Art. 17).
     *
     * @param jurisdiction GB/T 2260 code of the jurisdiction
     * @param asOf the day the data describes
     * @param divisions divisions
     * @param organisations organisations
     * @param volunteers volunteers
     * @param grids grids
     * @param gridChanges grid changes
     * @param filings filings
     * @param workers workers
     * @param assignments assignments
     * @param labourContracts labour contracts
     * @param insurancePolicies insurance policies
     * @param payRecords pay records
     * @param assessments assessments
     * @param starRatings star ratings
     * @param gridIndicators grid indicators
     * @param checkIns check-ins
     * @param matterLists matter lists
     * @param matters matters
     * @param engagements engagements
     * @param cases cases
     * @param accesses accesses
     * @param disclosures disclosures
     * @param incidents incidents
     * @param complaints complaints
     * @param notices notices
     * @param connections connections
     * @param exchanges exchanges
     * @param budgets budgets
     * @param paymentsFromServed payments or gifts from persons served
     */
    public CitySnapshot(String jurisdiction, LocalDate asOf, List<AdministrativeDivision> divisions, List<Organisation> organisations,
            List<Volunteer> volunteers, List<Grid> grids, List<GridChange> gridChanges, List<Filing> filings, List<GridWorker> workers,
            List<Assignment> assignments, List<LabourContract> labourContracts, List<InsurancePolicy> insurancePolicies,
            List<PayRecord> payRecords, List<Assessment> assessments, List<StarRating> starRatings, List<GridIndicators> gridIndicators,
            List<VisitCheckIn> checkIns, List<MatterList> matterLists, List<Matter> matters, List<Engagement> engagements,
            List<Case> cases, List<PersonalInfoAccess> accesses, List<PersonalInfoDisclosure> disclosures,
            List<ConductIncident> incidents, List<Complaint> complaints, List<PublicNotice> notices, List<SystemConnection> connections,
            List<DataExchange> exchanges, List<Budget> budgets, List<PaymentFromServed> paymentsFromServed) {
        this(jurisdiction, asOf, divisions, organisations, volunteers, grids, gridChanges, filings, workers, assignments,
                labourContracts, insurancePolicies, payRecords, assessments, starRatings, gridIndicators, checkIns, matterLists,
                matters, engagements, cases, accesses, disclosures, incidents, complaints, notices, connections, exchanges, budgets,
                List.of(), List.of(), paymentsFromServed);
    }

    /**
     * @param jurisdiction GB/T 2260 code of the jurisdiction
     * @param asOf         the day the data describes
     * @return a builder
     */
    public static Builder builder(String jurisdiction, LocalDate asOf) {
        return new Builder(jurisdiction, asOf);
    }

    /** @return every fact of the snapshot, in a stable order (by kind, then as given) */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>();
        Stream.of(divisions, organisations, volunteers, grids, gridChanges, filings, workers, assignments,
                labourContracts, insurancePolicies, payRecords, assessments, starRatings, gridIndicators, checkIns,
                matterLists, matters, engagements, cases, accesses, disclosures, incidents, complaints, notices,
                connections, exchanges, budgets, mechanisms, commendations, paymentsFromServed).forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    /** @return every dangling reference and duplicate id, empty when the snapshot is consistent */
    public List<ReferenceProblem> referenceProblems() {
        return new ReferenceCheck(this).run();
    }

    /** A builder collecting the facts of a snapshot. */
    public static final class Builder {
        private final String jurisdiction;
        private final LocalDate asOf;
        private final List<AdministrativeDivision> divisions = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Volunteer> volunteers = new ArrayList<>();
        private final List<Grid> grids = new ArrayList<>();
        private final List<GridChange> gridChanges = new ArrayList<>();
        private final List<Filing> filings = new ArrayList<>();
        private final List<GridWorker> workers = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<LabourContract> labourContracts = new ArrayList<>();
        private final List<InsurancePolicy> insurancePolicies = new ArrayList<>();
        private final List<PayRecord> payRecords = new ArrayList<>();
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<StarRating> starRatings = new ArrayList<>();
        private final List<GridIndicators> gridIndicators = new ArrayList<>();
        private final List<VisitCheckIn> checkIns = new ArrayList<>();
        private final List<MatterList> matterLists = new ArrayList<>();
        private final List<Matter> matters = new ArrayList<>();
        private final List<Engagement> engagements = new ArrayList<>();
        private final List<Case> cases = new ArrayList<>();
        private final List<PersonalInfoAccess> accesses = new ArrayList<>();
        private final List<PersonalInfoDisclosure> disclosures = new ArrayList<>();
        private final List<ConductIncident> incidents = new ArrayList<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final List<PublicNotice> notices = new ArrayList<>();
        private final List<SystemConnection> connections = new ArrayList<>();
        private final List<DataExchange> exchanges = new ArrayList<>();
        private final List<Budget> budgets = new ArrayList<>();
        private final List<AgencyMechanism> mechanisms = new ArrayList<>();
        private final List<Commendation> commendations = new ArrayList<>();
        private final List<PaymentFromServed> paymentsFromServed = new ArrayList<>();

        private Builder(String jurisdiction, LocalDate asOf) {
            this.jurisdiction = jurisdiction;
            this.asOf = asOf;
        }

        /**
         * Adds any model fact, dispatching on its type.
         *
         * @param facts facts of any model type
         * @return this builder
         * @throws IllegalArgumentException for an object that is not a model fact
         */
        public Builder add(Object... facts) {
            if (facts == null) {
                throw new org.wangge.kernel.model.ModelValidationException("CitySnapshot.facts", "null", "give facts to add, not null");
            }
            for (Object fact : facts) {
                addOne(fact);
            }
            return this;
        }

        /**
         * Adds every fact of a collection.
         *
         * @param facts facts of any model type
         * @return this builder
         */
        public Builder addAll(Iterable<?> facts) {
            if (facts == null) {
                throw new org.wangge.kernel.model.ModelValidationException("CitySnapshot.facts", "null", "give facts to add, not null");
            }
            facts.forEach(this::addOne);
            return this;
        }

        private void addOne(Object fact) {
            if (fact instanceof AdministrativeDivision f) {
                divisions.add(f);
            } else if (fact instanceof Organisation f) {
                organisations.add(f);
            } else if (fact instanceof Volunteer f) {
                volunteers.add(f);
            } else if (fact instanceof Grid f) {
                grids.add(f);
            } else if (fact instanceof GridChange f) {
                gridChanges.add(f);
            } else if (fact instanceof Filing f) {
                filings.add(f);
            } else if (fact instanceof GridWorker f) {
                workers.add(f);
            } else if (fact instanceof Assignment f) {
                assignments.add(f);
            } else if (fact instanceof LabourContract f) {
                labourContracts.add(f);
            } else if (fact instanceof InsurancePolicy f) {
                insurancePolicies.add(f);
            } else if (fact instanceof PayRecord f) {
                payRecords.add(f);
            } else if (fact instanceof Assessment f) {
                assessments.add(f);
            } else if (fact instanceof StarRating f) {
                starRatings.add(f);
            } else if (fact instanceof GridIndicators f) {
                gridIndicators.add(f);
            } else if (fact instanceof VisitCheckIn f) {
                checkIns.add(f);
            } else if (fact instanceof MatterList f) {
                matterLists.add(f);
            } else if (fact instanceof Matter f) {
                matters.add(f);
            } else if (fact instanceof Engagement f) {
                engagements.add(f);
            } else if (fact instanceof Case f) {
                cases.add(f);
            } else if (fact instanceof PersonalInfoAccess f) {
                accesses.add(f);
            } else if (fact instanceof PersonalInfoDisclosure f) {
                disclosures.add(f);
            } else if (fact instanceof ConductIncident f) {
                incidents.add(f);
            } else if (fact instanceof Complaint f) {
                complaints.add(f);
            } else if (fact instanceof PublicNotice f) {
                notices.add(f);
            } else if (fact instanceof SystemConnection f) {
                connections.add(f);
            } else if (fact instanceof DataExchange f) {
                exchanges.add(f);
            } else if (fact instanceof Budget f) {
                budgets.add(f);
            } else if (fact instanceof AgencyMechanism f) {
                mechanisms.add(f);
            } else if (fact instanceof Commendation f) {
                commendations.add(f);
            } else if (fact instanceof PaymentFromServed f) {
                paymentsFromServed.add(f);
            } else {
                throw new org.wangge.kernel.model.ModelValidationException("CitySnapshot.facts",
                        fact == null ? "null" : fact.getClass().getName(), "is not a fact of the Wangge model");
            }
        }

        /** @return the snapshot */
        public CitySnapshot build() {
            return new CitySnapshot(jurisdiction, asOf, divisions, organisations, volunteers, grids, gridChanges,
                    filings, workers, assignments, labourContracts, insurancePolicies, payRecords, assessments,
                    starRatings, gridIndicators, checkIns, matterLists, matters, engagements, cases, accesses,
                    disclosures, incidents, complaints, notices, connections, exchanges, budgets, mechanisms, commendations,
                    paymentsFromServed);
        }
    }
}
