package org.wangge.kernel.model.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.matter.MatterCategory;

/**
 * A case (事件/事项): a demand, hazard, dispute, suggestion or task handled through the grid (Art. 9,
 * 14, 15, 23).
 *
 * @param id                   stable id
 * @param source               where it came from
 * @param matterId             the matter on the published list it falls under, or null if none (ZG-10-03)
 * @param category             its Art. 9 item ({@link MatterCategory#OUTSIDE_ARTICLE_9} if none, ZG-09-01)
 * @param safetyHazard         whether it is a safety hazard (shorter limits, Art. 9(6), ZG-14-01, ZG-15-03)
 * @param obstructionOfWorker  whether it reports obstruction of a grid worker (Art. 23, ZG-23-01)
 * @param gridId               the grid
 * @param collectedById        the grid worker who collected it, or null for a suggestion or a task from above
 * @param timeline             the lifecycle timestamps
 * @param assignedDepartmentId the department it was assigned to, or null
 * @param handBacks            hand-backs by departments, in order
 * @param supervisions         supervision records (督办), in order
 * @param closedAsResolved     whether it was closed as resolved
 * @param verification         the resident's or platform's verification result, or null
 * @param evidenceRefs         references (e.g. content hashes) of the evidence in its report
 * @param partyIds             ids of persons or units that are parties to it (a worker among them has an interest, ZG-13-03)
 * @param summary              what it is about, in words (no personal information)
 * @param assignedById         for a matter handed down to the grids (a task, {@link CaseSource#ASSIGNED_FROM_ABOVE}): the
 *                             department, unit, Party committee or government that handed it down (Art. 9(8), Art. 10);
 *                             null otherwise or when not recorded
 * @param nonAcceptance        the platform's decision not to accept it as a case of its own — 不予受理 or 合并 — with
 *                             reason, by whom, when and (合并) the case it was merged into (Art. 15 ¶1, ZG-15-01); null if none
 */
public record Case(
        @NotBlank String id,
        @NotNull CaseSource source,
        String matterId,
        @NotNull MatterCategory category,
        boolean safetyHazard,
        boolean obstructionOfWorker,
        @NotBlank String gridId,
        String collectedById,
        @NotNull @Valid CaseTimeline timeline,
        String assignedDepartmentId,
        List<@Valid HandBack> handBacks,
        List<@Valid Supervision> supervisions,
        boolean closedAsResolved,
        VerificationOutcome verification,
        Set<String> evidenceRefs,
        Set<String> partyIds,
        String summary,
        String assignedById,
        @Valid NonAcceptance nonAcceptance) {

    /** Validates the case. */
    public Case {
        id = Require.notBlank(id, "Case.id");
        Require.notNull(source, "Case.source");
        Require.notNull(category, "Case.category");
        gridId = Require.notBlank(gridId, "Case.gridId");
        Require.notNull(timeline, "Case.timeline");
        handBacks = Require.list(handBacks, "Case.handBacks");
        supervisions = Require.list(supervisions, "Case.supervisions");
        evidenceRefs = Require.set(evidenceRefs, "Case.evidenceRefs");
        partyIds = Require.set(partyIds, "Case.partyIds");
        if ((source == CaseSource.WORKER_DISCOVERY || source == CaseSource.RESIDENT_DEMAND)
                && (collectedById == null || collectedById.isBlank())) {
            throw new ModelValidationException("Case.collectedById", String.valueOf(collectedById),
                    "case " + id + " from " + source + " needs the grid worker who collected it");
        }
        if (closedAsResolved && timeline.closed() == null) {
            throw new ModelValidationException("Case.closedAsResolved", "true",
                    "case " + id + " is marked closed as resolved but has no closing time");
        }
    }

    /**
     * A case without a decision not to accept it: the constructor before ZG-15-01's 不予受理 and 合并.
     *
     * @param id                   stable id
     * @param source               where it came from
     * @param matterId             the matter on the published list, or null
     * @param category             its Art. 9 item
     * @param safetyHazard         whether it is a safety hazard
     * @param obstructionOfWorker  whether it reports obstruction of a grid worker
     * @param gridId               the grid
     * @param collectedById        the collecting grid worker, or null
     * @param timeline             the lifecycle timestamps
     * @param assignedDepartmentId the department it was assigned to, or null
     * @param handBacks            hand-backs by departments
     * @param supervisions         supervision records (督办)
     * @param closedAsResolved     whether it was closed as resolved
     * @param verification         the verification result, or null
     * @param evidenceRefs         references of the evidence in its report
     * @param partyIds             ids of parties to it
     * @param summary              what it is about
     */
    public Case(String id, CaseSource source, String matterId, MatterCategory category, boolean safetyHazard,
            boolean obstructionOfWorker, String gridId, String collectedById, CaseTimeline timeline, String assignedDepartmentId,
            List<HandBack> handBacks, List<Supervision> supervisions, boolean closedAsResolved, VerificationOutcome verification,
            Set<String> evidenceRefs, Set<String> partyIds, String summary) {
        this(id, source, matterId, category, safetyHazard, obstructionOfWorker, gridId, collectedById, timeline,
                assignedDepartmentId, handBacks, supervisions, closedAsResolved, verification, evidenceRefs, partyIds, summary,
                null, null);
    }

    /** The case without a decision not to accept it (the constructor with {@code assignedById}, before 不予受理 and 合并). */
    public Case(String id, CaseSource source, String matterId, MatterCategory category, boolean safetyHazard,
            boolean obstructionOfWorker, String gridId, String collectedById, CaseTimeline timeline, String assignedDepartmentId,
            List<HandBack> handBacks, List<Supervision> supervisions, boolean closedAsResolved, VerificationOutcome verification,
            Set<String> evidenceRefs, Set<String> partyIds, String summary, String assignedById) {
        this(id, source, matterId, category, safetyHazard, obstructionOfWorker, gridId, collectedById, timeline,
                assignedDepartmentId, handBacks, supervisions, closedAsResolved, verification, evidenceRefs, partyIds, summary,
                assignedById, null);
    }

    /** The case without a recorded assigning body (the constructor with {@code nonAcceptance}, before {@code assignedById}). */
    public Case(String id, CaseSource source, String matterId, MatterCategory category, boolean safetyHazard,
            boolean obstructionOfWorker, String gridId, String collectedById, CaseTimeline timeline, String assignedDepartmentId,
            List<HandBack> handBacks, List<Supervision> supervisions, boolean closedAsResolved, VerificationOutcome verification,
            Set<String> evidenceRefs, Set<String> partyIds, String summary, NonAcceptance nonAcceptance) {
        this(id, source, matterId, category, safetyHazard, obstructionOfWorker, gridId, collectedById, timeline,
                assignedDepartmentId, handBacks, supervisions, closedAsResolved, verification, evidenceRefs, partyIds, summary,
                null, nonAcceptance);
    }

    /** @return whether this is a matter handed down to the grids by a department, unit, Party committee or government (a task) */
    public boolean isHandedDown() {
        return source == CaseSource.ASSIGNED_FROM_ABOVE;
    }

    /** @return whether the platform declined (不予受理) or merged (合并) it instead of accepting it */
    public boolean isNotAccepted() {
        return nonAcceptance != null;
    }

    /** @return the number of hand-backs without a reason */
    public int handBacksWithoutReason() {
        return (int) handBacks.stream().filter(h -> !h.hasReason()).count();
    }

    /** @return whether the case is closed */
    public boolean isClosed() {
        return timeline.closed() != null;
    }
}
