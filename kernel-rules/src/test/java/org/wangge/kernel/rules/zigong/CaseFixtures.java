package org.wangge.kernel.rules.zigong;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.NonAcceptance;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;

/**
 * Cases for the tests of Art. 9, 10, 14, 15 and 23: the compliant fixture's assigned case (K-1), with one thing
 * changed at a time. Timestamps are given as ISO strings for readability, null for a step not taken.
 */
final class CaseFixtures {

    private CaseFixtures() {
    }

    static LocalDateTime t(String iso) {
        return iso == null ? null : LocalDateTime.parse(iso);
    }

    /** A timeline with the given steps (ISO date-times or null); verification and closing follow feedback. */
    static CaseTimeline timeline(String collected, String resolvedOnSpot, String reported, String accepted, String assigned,
            String fedBack) {
        return new CaseTimeline(t(collected), t(resolvedOnSpot), t(reported), t(accepted), t(assigned), t(fedBack), null, null);
    }

    /** The fixture's case K-1 (a resident's demand, public opinion, assigned to civil affairs), with another timeline. */
    static Case assignedCase(CaseTimeline timeline) {
        return kase(CompliantCity.CASE_ASSIGNED, MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                timeline, CompliantCity.CIVIL_AFFAIRS, List.of());
    }

    /** A resident's demand collected by the community worker, in the community grid. */
    static Case kase(String id, MatterCategory category, String matterId, boolean safetyHazard, boolean obstruction,
            CaseTimeline timeline, String assignedDepartmentId, List<Supervision> supervisions) {
        return new Case(id, CaseSource.RESIDENT_DEMAND, matterId, category, safetyHazard, obstruction,
                CompliantCity.COMMUNITY_GRID, CompliantCity.WORKER_COMMUNITY, timeline, assignedDepartmentId, List.of(),
                supervisions, false, null, Set.of("sha256:" + id), Set.of(), "测试事项");
    }

    /** A resident's demand with hand-backs, supervisions and a decision not to accept it (null for none). */
    static Case kase(String id, MatterCategory category, boolean safetyHazard, CaseTimeline timeline, String assignedDepartmentId,
            List<HandBack> handBacks, List<Supervision> supervisions, NonAcceptance nonAcceptance) {
        return new Case(id, CaseSource.RESIDENT_DEMAND, safetyHazard ? CompliantCity.MATTER_HAZARD : CompliantCity.MATTER_OPINION,
                category, safetyHazard, false, CompliantCity.COMMUNITY_GRID, CompliantCity.WORKER_COMMUNITY, timeline,
                assignedDepartmentId, handBacks, supervisions, false, null, Set.of("sha256:" + id), Set.of(), "测试事项", nonAcceptance);
    }

    /** A case the Party committee or government assigned from above (no collecting worker). */
    static Case taskFromAbove(String id, MatterCategory category, String matterId, CaseTimeline timeline,
            String assignedDepartmentId) {
        return new Case(id, CaseSource.ASSIGNED_FROM_ABOVE, matterId, category, false, false, CompliantCity.COMMUNITY_GRID,
                null, timeline, assignedDepartmentId, List.of(), List.of(), false, null, Set.of("sha256:" + id), Set.of(),
                "上级交办");
    }
}
