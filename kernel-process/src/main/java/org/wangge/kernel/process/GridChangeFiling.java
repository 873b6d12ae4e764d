package org.wangge.kernel.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.process.internal.GridChangeProcess;
import org.wangge.kernel.process.internal.GridSteps;
import org.wangge.kernel.process.internal.AuditListener;
import org.wangge.kernel.process.internal.Kernel;

/**
 * Grid changes with filing (Art. 7): a county-level grid agency proposes a division, adjustment or
 * code change; the rules check the proposed grids (Art. 7, 8); the change is filed (备案) with the
 * city-level grid agency; a reminder fires before {@code filing.grace.days} end, and a change still
 * unfiled after them is flagged (ZG-07-03).
 */
public final class GridChangeFiling {

    private static final String KIND = "grid change";
    private static final String ARTICLE = "Art. 7";

    private final Kernel kernel;

    GridChangeFiling(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Proposes a change. The snapshot holds the grids as they would be after it (and what the rules need
     * to judge them: divisions, the organisations dividing them…).
     *
     * @param change   the change; {@code madeById} must be a registered county-level grid agency (ZG-07-01)
     * @param proposed the city with the proposed grids
     * @return the change's state: at filing when the grids pass, at revision otherwise
     * @throws StepRefusedException when the id is taken, the proposer is not a county-level agency, or the
     *                              snapshot lacks a grid of the change
     */
    public GridChangeState propose(GridChange change, CitySnapshot proposed) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(proposed, "proposed");
        String id = Kernel.requireId(null, ARTICLE, "changeId", change.id());
        Kernel.requireId(id, "ZG-07-01", "madeById", change.madeById());
        change.gridIds().forEach(g -> kernel.requireGrid(id, ARTICLE, g));
        Organisation proposer = kernel.organisations().get(change.madeById());
        if (proposer == null || !proposer.isCountyGridAgency()) {
            throw new StepRefusedException(id, "ZG-07-01", "grid change " + id + " is proposed by " + change.madeById()
                    + ", which is not a registered county-level grid agency: grids are divided by county-level grid agencies (ZG-07-01, Art. 7 ¶1)");
        }
        requireGrids(id, change, proposed);
        if (kernel.exists(KIND, GridSteps.PROCESS, id)) {
            throw new StepRefusedException(id, ARTICLE, "grid change " + id + " already exists; change ids are unique");
        }
        LocalDate day = kernel.today();
        int grace = kernel.rules().parameters(day).on(day).intValue("filing.grace.days");
        LocalDate graceEnd = change.effectiveDate().plusDays(grace);
        List<String> gridIds = List.copyOf(change.gridIds());
        java.time.Instant graceEndsAt = kernel.toDate(graceEnd.atTime(23, 59, 59)).toInstant();
        java.time.Instant reminderAt = kernel.toDate(graceEnd.minusDays(kernel.filingReminderLeadDays()).atTime(9, 0)).toInstant();
        boolean[] taken = new boolean[1];
        kernel.inTransaction(id, KIND, "propose", ARTICLE, () -> {
            if (!kernel.claim(KIND, GridSteps.PROCESS, id)) { // unique ids: see CaseHandling.collect
                taken[0] = true;
                return;
            }
            ProcessDefinition definition = kernel.latestDefinition(GridSteps.PROCESS);
            GridChangeProcess state = GridChangeProcess.proposed(id, change.kind(), gridIds, change.madeById(), change.effectiveDate(),
                    grace, graceEndsAt, reminderAt, kernel.startedUnder(day, definition.getVersion()));
            List<String> startEntry = java.util.Arrays.asList("PROPOSED", change.madeById(), ARTICLE, change.kind() + " of "
                    + String.join(",", gridIds) + ", effective " + change.effectiveDate() + "; file by " + graceEnd
                    + " (filing.grace.days = " + grace + ")");
            kernel.engine().getRuntimeService().createProcessInstanceBuilder().processDefinitionId(definition.getId())
                    .transientVariable(AuditListener.START_ENTRY, startEntry).businessKey(id).variable(GridChangeProcess.NAME, state)
                    .transientVariable(GridSteps.SNAPSHOT, proposed).start();
        });
        if (taken[0]) {
            throw new StepRefusedException(id, ARTICLE, "grid change " + id + " already exists; ids are unique");
        }
        return state(id);
    }

    /**
     * Submits revised grids for a proposal the rules sent back; they are checked again.
     *
     * @param changeId the change
     * @param revised  the city with the revised grids
     * @param byId     the proposing agency
     * @return the change's state
     */
    public GridChangeState revise(String changeId, CitySnapshot revised, String byId) {
        Objects.requireNonNull(revised, "revised");
        Kernel.requireId(changeId, ARTICLE, "byId", byId);
        HistoricProcessInstance pi = kernel.instance(KIND, GridSteps.PROCESS, changeId, ARTICLE);
        Task task = kernel.openTask(KIND, changeId, pi, "reviseProposal", ARTICLE);
        List<String> missing = new ArrayList<>();
        GridChangeProcess current = GridChangeProcess.of(kernel.runtimeVariables(pi.getId()), changeId);
        for (String g : current.gridIds()) {
            if (revised.grids().stream().noneMatch(grid -> grid.id().equals(g))) {
                missing.add(g);
            }
        }
        if (!missing.isEmpty()) {
            throw new StepRefusedException(changeId, ARTICLE, "grid change " + changeId + ": the revised snapshot lacks grid(s) "
                    + missing + " of the change; the rules can only check grids they are given (Art. 7, 8)");
        }
        kernel.complete(changeId, KIND, task, ARTICLE, Map.of(), Map.of(GridSteps.SNAPSHOT, revised), "REVISED", byId,
                "revised grids submitted for checking");
        return state(changeId);
    }

    /**
     * 备案: files the change with the city-level grid agency; the change is then in effect (ZG-07-03).
     *
     * @param changeId    the change
     * @param filedWithId a registered city-level grid agency
     * @param reference   the filing's reference number, optional
     * @return the filing record, dated today
     * @throws StepRefusedException when {@code filedWithId} is not the city-level grid agency
     */
    public Filing file(String changeId, String filedWithId, String reference) {
        Kernel.requireId(changeId, "ZG-07-03", "filedWithId", filedWithId);
        HistoricProcessInstance pi = kernel.instance(KIND, GridSteps.PROCESS, changeId, ARTICLE);
        Task task = kernel.openTask(KIND, changeId, pi, "fileChange", "ZG-07-03");
        Organisation agency = filedWithId == null ? null : kernel.organisations().get(filedWithId);
        if (agency == null || !agency.isCityGridAgency()) {
            throw new StepRefusedException(changeId, "ZG-07-03", "grid change " + changeId + " cannot be filed with " + filedWithId
                    + ": a change is filed with the city-level grid agency (ZG-07-03, Art. 7 ¶2)");
        }
        LocalDate today = kernel.today();
        GridChangeProcess current = GridChangeProcess.of(kernel.runtimeVariables(pi.getId()), changeId);
        kernel.complete(changeId, KIND, task, "ZG-07-03", Map.of(GridChangeProcess.NAME, current.filed(filedWithId, today, reference)),
                Map.of(), "FILED", filedWithId,
                "filed" + (reference == null ? "" : " as " + reference));
        return new Filing("FILING-" + changeId, changeId, filedWithId, today, reference);
    }

    /**
     * @param changeId a change
     * @return its state
     */
    public GridChangeState state(String changeId) {
        HistoricProcessInstance pi = kernel.instance(KIND, GridSteps.PROCESS, changeId, ARTICLE);
        GridChangeProcess p = GridChangeProcess.of(kernel.historicVariable(pi.getId(), GridChangeProcess.NAME), changeId);
        return new GridChangeState(changeId, pi.getEndTime() == null ? SubjectStatus.OPEN : SubjectStatus.COMPLETED,
                kernel.openStepNames(pi.getId()), p.violations(), p.warnings(), p.reminded(), p.overdue(),
                kernel.toLocal(p.filingReminderAt()), kernel.toLocal(p.filingGraceEndsAt()), p.filedWith(), p.filedOn(),
                p.filingReference(), p.startedUnder().processDefinitionVersion(), p.startedUnder().rulePackVersion());
    }

    /**
     * @param changeId a change
     * @return its audit trail, oldest first
     */
    public List<AuditEntry> auditTrail(String changeId) {
        return kernel.auditTrail(kernel.instance(KIND, GridSteps.PROCESS, changeId, ARTICLE).getId());
    }

    private static void requireGrids(String id, GridChange change, CitySnapshot proposed) {
        List<String> missing = new ArrayList<>();
        for (String g : change.gridIds()) {
            if (proposed.grids().stream().noneMatch(grid -> grid.id().equals(g))) {
                missing.add(g);
            }
        }
        if (!missing.isEmpty()) {
            throw new StepRefusedException(id, ARTICLE, "grid change " + id + ": the proposed snapshot lacks grid(s) " + missing
                    + " of the change; the rules can only check grids they are given (Art. 7, 8)");
        }
    }
}
