package org.wangge.kernel.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.StepCheck;
import org.wangge.kernel.rules.facts.Breach;

/**
 * The processes' questions to a pack: a session over the few facts a question is about, fired, then one of the
 * pack's queries ({@code queries.drl}) read as typed values. The query, not the caller, selects what answers the
 * question, so no caller reads a finding's evidence. Not API: {@link org.wangge.kernel.rules.RuleEngine} exposes them.
 */
public final class PackQuestions {

    /** A query of the pack a question needs: its name, parameters (for messages) and the binding read. */
    private record Needed(String name, String parameters, String binding, String askedBy) {
        String signature() {
            return name + "(" + parameters + ")";
        }
    }

    private static final Needed RESPONSIBLE_KINDS = new Needed("responsibleDepartmentKinds", "String caseId", "$kind",
            "RuleEngine.responsibleDepartmentKinds");
    private static final Needed ASSIGNMENT_REFUSALS = new Needed("assignmentRefusals", "String caseId", "$breach",
            "RuleEngine.checkAssignment");
    private static final Needed MATTER_REFUSALS = new Needed("matterAdmissionRefusals", "String matterId", "$breach",
            "RuleEngine.checkMatterAdmission");
    private static final Needed ENGAGEMENT_REFUSALS = new Needed("engagementRefusals", "String engagementId", "$breach",
            "RuleEngine.checkEngagement");
    private static final Needed ENGAGEMENT_NOTES = new Needed("engagementNotes", "String engagementId", "$breach",
            "RuleEngine.checkEngagement");
    private static final Needed GRID_PROPOSAL = new Needed("gridProposalBreaches", "String gridId", "$breach",
            "RuleEngine.checkGridProposal");
    private static final Needed COMPLAINT_BREACHES = new Needed("complaintBreaches", "String complaintId", "$breach",
            "RuleEngine.complaintConsequence");

    private static final Needed INCIDENT_BREACHES = new Needed("incidentBreaches", "String incidentId", "$breach",
            "RuleEngine.incidentConsequence");

    private PackQuestions() {
    }

    /**
     * @param pack the pack in force on the day
     * @param kase the case
     * @param day  the day of the question
     * @return the department kinds whose duties cover the case
     */
    public static Set<DepartmentKind> responsibleDepartmentKinds(LoadedPack pack, Case kase, LocalDate day) {
        Objects.requireNonNull(kase, "kase");
        try (SessionRunner runner = session(pack, day, List.of(kase))) {
            Set<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
            for (Object kind : ask(runner, RESPONSIBLE_KINDS, kase.id())) {
                kinds.add(cast(kind, DepartmentKind.class, RESPONSIBLE_KINDS, pack));
            }
            return kinds;
        }
    }

    /**
     * @param pack       the pack in force on the day
     * @param assigned   the case as assigned to the department
     * @param department the department
     * @param day        the day of the question
     * @return the findings refusing the assignment
     */
    public static StepCheck checkAssignment(LoadedPack pack, Case assigned, Organisation department, LocalDate day) {
        Objects.requireNonNull(assigned, "assigned");
        Objects.requireNonNull(department, "department");
        if (!department.id().equals(assigned.assignedDepartmentId())) {
            throw new IllegalArgumentException("case " + assigned.id() + " is assigned to " + assigned.assignedDepartmentId()
                    + ", not to " + department.id() + ": pass the case as it would be after assigning it to the department");
        }
        try (SessionRunner runner = session(pack, day, List.of(department, assigned))) {
            return new StepCheck(breachFindings(runner, ASSIGNMENT_REFUSALS, List.of(assigned.id())), List.of());
        }
    }

    /**
     * @param pack   the pack in force on the day
     * @param matter the matter proposed for the list
     * @param day    the day of the question
     * @return the findings barring the matter
     */
    public static StepCheck checkMatterAdmission(LoadedPack pack, Matter matter, LocalDate day) {
        Objects.requireNonNull(matter, "matter");
        try (SessionRunner runner = session(pack, day, List.of(matter))) {
            return new StepCheck(breachFindings(runner, MATTER_REFUSALS, List.of(matter.id())), List.of());
        }
    }

    /**
     * @param pack          the pack in force on the day
     * @param engagement    the engagement with the resources confirmed
     * @param organisations the organisations it names, as registered
     * @param day           the day of the question
     * @return the findings refusing it, and those noted on it
     */
    public static StepCheck checkEngagement(LoadedPack pack, Engagement engagement, Collection<Organisation> organisations,
            LocalDate day) {
        Objects.requireNonNull(engagement, "engagement");
        List<Object> facts = new ArrayList<>(organisations);
        facts.add(engagement);
        try (SessionRunner runner = session(pack, day, facts)) {
            return new StepCheck(breachFindings(runner, ENGAGEMENT_REFUSALS, List.of(engagement.id())),
                    breachFindings(runner, ENGAGEMENT_NOTES, List.of(engagement.id())));
        }
    }

    /**
     * @param pack    the pack in force on the day
     * @param facts   the facts of the city with the proposed grids
     * @param gridIds the proposed grids
     * @param day     the day of the question
     * @return the VIOLATION findings on the grids as refusals, the others as notes
     */
    public static StepCheck checkGridProposal(LoadedPack pack, Collection<?> facts, Collection<String> gridIds, LocalDate day) {
        try (SessionRunner runner = session(pack, day, facts)) {
            List<Finding> refusals = new ArrayList<>();
            List<Finding> notes = new ArrayList<>();
            for (Finding f : breachFindings(runner, GRID_PROPOSAL, gridIds)) {
                (f.severity() == Severity.VIOLATION ? refusals : notes).add(f);
            }
            return new StepCheck(refusals, notes);
        }
    }

    /**
     * @param pack      the pack in force on the day
     * @param complaint the complaint, as decided
     * @param day       the day of the question
     * @return the first finding with an Art. 22 level the complaint gives, by article
     */
    public static Optional<Finding> complaintConsequence(LoadedPack pack, Complaint complaint, LocalDate day) {
        Objects.requireNonNull(complaint, "complaint");
        try (SessionRunner runner = session(pack, day, List.of(complaint))) {
            return breachFindings(runner, COMPLAINT_BREACHES, List.of(complaint.id())).stream()
                    .filter(f -> f.consequence() != null).findFirst();
        }
    }

    /**
     * @param pack     the pack in force on the day
     * @param incident the conduct incident, as decided by the investigation
     * @param day      the day of the question
     * @return the first finding with an Art. 22 level the incident gives, by article
     */
    public static Optional<Finding> incidentConsequence(LoadedPack pack, ConductIncident incident, LocalDate day) {
        Objects.requireNonNull(incident, "incident");
        try (SessionRunner runner = session(pack, day, List.of(incident))) {
            return breachFindings(runner, INCIDENT_BREACHES, List.of(incident.id())).stream()
                    .filter(f -> f.consequence() != null).findFirst();
        }
    }

    private static SessionRunner session(LoadedPack pack, LocalDate day, Collection<?> facts) {
        Objects.requireNonNull(day, "day");
        SessionRunner runner = new SessionRunner(pack, day, pack.info().jurisdiction());
        try {
            facts.forEach(runner::insert);
            runner.fire();
            return runner;
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
    }

    /** The findings of the breaches a query selects for each argument, as a check would give them (Art. 2, 24). */
    private static List<Finding> breachFindings(SessionRunner runner, Needed query, Collection<String> arguments) {
        Set<Breach> breaches = new LinkedHashSet<>();
        for (String argument : arguments) {
            for (Object b : ask(runner, query, argument)) {
                breaches.add(cast(b, Breach.class, query, runner.pack()));
            }
        }
        return runner.findingsOf(breaches);
    }

    /** Runs a query of the pack and reads one binding of every row. */
    private static List<Object> ask(SessionRunner runner, Needed query, Object... arguments) {
        LoadedPack pack = runner.pack();
        if (!hasQuery(pack, query.name())) {
            throw new IllegalStateException("rule pack " + describe(pack) + " has no query " + query.signature() + ", which "
                    + query.askedBy() + " needs: copy queries.drl from the built-in pack (RuleEngine.exportBuiltInPack) into it");
        }
        QueryResults results;
        try {
            results = runner.session().getQueryResults(query.name(), arguments);
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule pack " + describe(pack) + ": query " + query.name() + " cannot be asked as "
                    + query.signature() + " (" + query.askedBy() + "): " + e.getMessage()
                    + "; keep the parameters of queries.drl in the built-in pack", e);
        }
        if (!Arrays.asList(results.getIdentifiers()).contains(query.binding())) {
            throw new IllegalStateException("rule pack " + describe(pack) + ": query " + query.signature() + " binds no "
                    + query.binding() + ", which " + query.askedBy() + " reads; it binds " + Arrays.toString(results.getIdentifiers()));
        }
        List<Object> out = new ArrayList<>();
        for (QueryResultsRow row : results) {
            out.add(row.get(query.binding()));
        }
        return out;
    }

    private static <T> T cast(Object value, Class<T> type, Needed query, LoadedPack pack) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("rule pack " + describe(pack) + ": query " + query.signature() + " binds "
                    + query.binding() + " to " + (value == null ? "null" : value.getClass().getSimpleName()) + ", not to a "
                    + type.getSimpleName() + " as " + query.askedBy() + " needs");
        }
        return type.cast(value);
    }

    private static boolean hasQuery(LoadedPack pack, String name) {
        for (KiePackage p : pack.kieBase().getKiePackages()) {
            for (Query q : p.getQueries()) {
                if (q.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(LoadedPack pack) {
        return pack.info().name() + " " + pack.info().version() + " (" + pack.info().location() + ")";
    }
}
