package org.wangge.kernel.process;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;

/**
 * A case's state as the platform sees it.
 *
 * @param caseId                    the case
 * @param status                    open, resolved on the spot, or closed
 * @param openSteps                 the steps waiting for someone (several while a supervision is pending)
 * @param category                  its Art. 9 item
 * @param gridId                    its grid
 * @param departmentId              the department it is or was last assigned to, or null
 * @param responsibleDepartmentKinds the department kinds the rules name for it (after routing), empty before
 * @param overdue                   whether a deadline passed while its step is still open (stays until the step is done)
 * @param overdueRule               the constraint whose deadline passed, or null
 * @param supervisions              how many supervisions (督办) it received
 * @param handBacks                 how many times a department handed it back
 * @param processDefinitionVersion  the version of the case-handling process it started under (kept when new versions are deployed)
 * @param rulePackVersion           the version of the rule pack in force when it started (its limits come from that pack)
 * @param collectedAt               when it was collected
 * @param endedAt                   when it ended, or null
 */
public record CaseState(String caseId, CaseStatus status, List<CaseStep> openSteps, MatterCategory category, String gridId,
        String departmentId, Set<DepartmentKind> responsibleDepartmentKinds, boolean overdue, String overdueRule,
        int supervisions, int handBacks, int processDefinitionVersion, String rulePackVersion, LocalDateTime collectedAt,
        LocalDateTime endedAt) {

    /** Copies the collections. */
    public CaseState {
        openSteps = List.copyOf(openSteps);
        responsibleDepartmentKinds = Set.copyOf(responsibleDepartmentKinds);
    }
}
