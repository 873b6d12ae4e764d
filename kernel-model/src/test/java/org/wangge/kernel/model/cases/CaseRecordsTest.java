package org.wangge.kernel.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.matter.MatterCategory;

/** Bad input to the case aggregate: {@link Case}, {@link CaseTimeline}, {@link HandBack}, {@link Supervision}. */
class CaseRecordsTest {

    private static final LocalDateTime T = LocalDateTime.of(2025, 6, 2, 9, 0);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private static CaseTimeline timeline(Integer... hours) {
        LocalDateTime[] at = new LocalDateTime[8];
        for (int i = 0; i < 8; i++) {
            at[i] = i < hours.length && hours[i] != null ? T.plusHours(hours[i]) : null;
        }
        return new CaseTimeline(at[0], at[1], at[2], at[3], at[4], at[5], at[6], at[7]);
    }

    private static Case aCase(CaseSource source, String collectedBy, CaseTimeline timeline, boolean closedAsResolved,
            List<HandBack> handBacks, Set<String> partyIds) {
        return new Case("K-1", source, "M-1", MatterCategory.PUBLIC_OPINION, false, false, "G-1", collectedBy, timeline,
                "D-1", handBacks, List.of(), closedAsResolved, null, Set.of("sha256:aa01"), partyIds, "低保申请咨询");
    }

    // ---- CaseTimeline ----

    @Test
    void a_complete_timeline_in_order_builds() {
        CaseTimeline t = timeline(0, null, 1, 2, 3, 4, 5, 6);
        assertThat(t.closed()).isEqualTo(T.plusHours(6));
        assertThat(CaseTimeline.collectedAt(T).reported()).isNull();
        assertThat(timeline(0, 2, null, null, null, null, null, 2).resolvedOnSpot()).isEqualTo(T.plusHours(2));
    }

    @Test
    void a_case_timeline_accepted_before_reported_is_refused_naming_the_acceptance() {
        ModelValidationException e = refused(() -> timeline(0, null, 3, 2), "CaseTimeline.accepted");
        assertThat(e.shownValue()).isEqualTo(T.plusHours(2).toString());
        assertThat(e.rule()).isEqualTo("must not be before reported (" + T.plusHours(3) + ")");
    }

    @Test
    void a_case_timeline_accepted_without_being_reported_is_refused() {
        ModelValidationException e = refused(() -> timeline(0, null, null, 2), "CaseTimeline.accepted");
        assertThat(e.rule()).contains("cannot be accepted before it is reported").contains("give reported too");
    }

    @Test
    void a_case_timeline_without_collection_is_refused() {
        assertThat(refused(() -> timeline(null, null, 1), "CaseTimeline.collected").shownValue()).isEqualTo("null");
    }

    @Test
    void every_step_of_a_case_timeline_before_its_predecessor_is_refused_naming_the_step() {
        refused(() -> timeline(5, 4), "CaseTimeline.resolvedOnSpot");
        refused(() -> timeline(5, null, 4), "CaseTimeline.reported");
        refused(() -> timeline(0, null, 1, 3, 2), "CaseTimeline.assigned");
        refused(() -> timeline(0, null, 1, 2, 4, 3), "CaseTimeline.fedBack");
        refused(() -> timeline(0, null, 1, 2, 3, 5, 4), "CaseTimeline.verified");
        refused(() -> timeline(5, null, null, null, null, null, null, 4), "CaseTimeline.closed");
    }

    @Test
    void a_case_timeline_skipping_a_step_is_refused_naming_the_later_step() {
        refused(() -> timeline(0, null, 1, null, 3), "CaseTimeline.assigned");
        refused(() -> timeline(0, null, 1, 2, null, 4), "CaseTimeline.fedBack");
        refused(() -> timeline(0, null, 1, 2, 3, null, 5), "CaseTimeline.verified");
    }

    // ---- Case ----

    @Test
    void a_valid_case_builds() {
        Case c = aCase(CaseSource.RESIDENT_DEMAND, "W-1", timeline(0, null, 1, 2, 3, 4, 5, 6), true,
                List.of(new HandBack(T.plusHours(3), "D-2", null)), Set.of());
        assertThat(c.isClosed()).isTrue();
        assertThat(c.handBacksWithoutReason()).isEqualTo(1);
        assertThat(aCase(CaseSource.PUBLIC_SUGGESTION, null, CaseTimeline.collectedAt(T), false, null, null).handBacks())
                .isEmpty();
    }

    @Test
    void a_case_found_by_a_worker_without_the_collecting_worker_is_refused() {
        ModelValidationException e = refused(
                () -> aCase(CaseSource.WORKER_DISCOVERY, " ", CaseTimeline.collectedAt(T), false, null, null),
                "Case.collectedById");
        assertThat(e.rule()).contains("K-1").contains("WORKER_DISCOVERY").contains("grid worker");
        refused(() -> aCase(CaseSource.RESIDENT_DEMAND, null, CaseTimeline.collectedAt(T), false, null, null),
                "Case.collectedById");
    }

    @Test
    void a_case_closed_as_resolved_without_a_closing_time_is_refused() {
        ModelValidationException e = refused(
                () -> aCase(CaseSource.RESIDENT_DEMAND, "W-1", timeline(0, null, 1), true, null, null),
                "Case.closedAsResolved");
        assertThat(e.shownValue()).isEqualTo("true");
        assertThat(e.rule()).contains("no closing time");
    }

    @Test
    void a_case_missing_a_required_field_is_refused_naming_it() {
        CaseTimeline t = CaseTimeline.collectedAt(T);
        refused(() -> new Case(" ", CaseSource.PUBLIC_SUGGESTION, null, MatterCategory.PUBLICITY, false, false, "G", null,
                t, null, null, null, false, null, null, null, null), "Case.id");
        refused(() -> new Case("K", null, null, MatterCategory.PUBLICITY, false, false, "G", null,
                t, null, null, null, false, null, null, null, null), "Case.source");
        refused(() -> new Case("K", CaseSource.PUBLIC_SUGGESTION, null, null, false, false, "G", null,
                t, null, null, null, false, null, null, null, null), "Case.category");
        refused(() -> new Case("K", CaseSource.PUBLIC_SUGGESTION, null, MatterCategory.PUBLICITY, false, false, "", null,
                t, null, null, null, false, null, null, null, null), "Case.gridId");
        refused(() -> new Case("K", CaseSource.PUBLIC_SUGGESTION, null, MatterCategory.PUBLICITY, false, false, "G", null,
                null, null, null, null, false, null, null, null, null), "Case.timeline");
    }

    @Test
    void a_case_whose_hand_backs_contain_null_is_refused_naming_the_position() {
        List<HandBack> withNull = Arrays.asList(new HandBack(T, "D-1", "不属本部门职责"), null);
        ModelValidationException e = refused(
                () -> aCase(CaseSource.RESIDENT_DEMAND, "W-1", CaseTimeline.collectedAt(T), false, withNull, null),
                "Case.handBacks[1]");
        assertThat(e.rule()).contains("null elements");
    }

    @Test
    void a_case_copies_its_lists_and_sets_and_refuses_changes() {
        List<HandBack> handBacks = new ArrayList<>(List.of(new HandBack(T, "D-1", "理由")));
        Set<String> parties = new HashSet<>(Set.of("W-9"));
        Case c = aCase(CaseSource.RESIDENT_DEMAND, "W-1", CaseTimeline.collectedAt(T), false, handBacks, parties);
        handBacks.add(new HandBack(T, "D-2", null));
        parties.add("W-1");
        assertThat(c.handBacks()).hasSize(1);
        assertThat(c.partyIds()).containsExactly("W-9");
        assertThatThrownBy(() -> c.handBacks().add(new HandBack(T, "D-3", null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.supervisions().add(new Supervision(T, "A", null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.evidenceRefs().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.partyIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- HandBack, Supervision ----

    @Test
    void a_hand_back_without_time_or_department_is_refused() {
        assertThat(new HandBack(T, "D-1", " ").hasReason()).isFalse();
        assertThat(new HandBack(T, "D-1", "不属本部门职责").hasReason()).isTrue();
        refused(() -> new HandBack(null, "D-1", null), "HandBack.at");
        refused(() -> new HandBack(T, " ", null), "HandBack.departmentId");
    }

    @Test
    void a_supervision_without_time_or_supervisor_is_refused() {
        assertThat(new Supervision(T, "A", "反馈超期").reason()).isEqualTo("反馈超期");
        refused(() -> new Supervision(null, "A", null), "Supervision.at");
        refused(() -> new Supervision(T, null, null), "Supervision.byId");
    }

    @Test
    void a_sign_for_needs_an_assignment_and_may_not_precede_it() {
        refused(() -> timeline(0, null, 1, 2).withSignedFor(T.plusHours(3)), "CaseTimeline.signedFor");
        refused(() -> timeline(0, null, 1, 2, 5).withSignedFor(T.plusHours(4)), "CaseTimeline.signedFor");
        assertThat(timeline(0, null, 1, 2, 5).withSignedFor(T.plusHours(5)).signedFor()).isEqualTo(T.plusHours(5));
    }

    @Test
    void a_decision_not_to_accept_names_its_kind_time_and_decider_and_says_whether_it_is_complete() {
        refused(() -> new NonAcceptance(null, T, "ORG-A", "重复", null), "NonAcceptance.kind");
        refused(() -> new NonAcceptance(NonAcceptanceKind.DECLINED, null, "ORG-A", "重复", null), "NonAcceptance.at");
        refused(() -> new NonAcceptance(NonAcceptanceKind.DECLINED, T, " ", "重复", null), "NonAcceptance.byId");
        NonAcceptance merged = new NonAcceptance(NonAcceptanceKind.MERGED, T, "ORG-A", " ", null);
        assertThat(merged.hasReason()).isFalse();
        assertThat(merged.namesMergedInto()).isFalse();
        assertThat(new NonAcceptance(NonAcceptanceKind.MERGED, T, "ORG-A", "同一事项", "K-1").namesMergedInto()).isTrue();
    }
}
