package org.wangge.kernel.model.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.identity.LandlineNumber;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

/** Bad input to the notice aggregate: {@link PublicNotice}, {@link NoticedWorker}. */
class NoticeRecordsTest {

    private static final LocalDate ON = LocalDate.of(2024, 2, 4);

    private final Random random = SyntheticIdentities.random(21L);
    private final PersonName name = SyntheticIdentities.chineseName(random);
    private final MobileNumber mobile = SyntheticIdentities.mobileNumber(random);
    private final LandlineNumber landline = SyntheticIdentities.landline(random);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private void assertNoRawPersonalData(String text) {
        assertThat(text).doesNotContain(name.unmasked()).doesNotContain(mobile.unmasked())
                .doesNotContain(landline.unmasked());
    }

    private PublicNotice notice(Set<NoticeContent> contents, List<NoticedWorker> workers) {
        return new PublicNotice("N-1", "G-1", "ORG-ZLJ-STREET-1", ON, "社区党群服务中心公示栏", contents, workers);
    }

    // ---- NoticedWorker ----

    @Test
    void a_noticed_worker_shows_name_and_phone_only_when_both_are_given() {
        assertThat(new NoticedWorker("W-1", name, mobile, null).showsNameAndPhone()).isTrue();
        assertThat(new NoticedWorker("W-1", name, null, landline).showsNameAndPhone()).isTrue();
        assertThat(new NoticedWorker("W-1", name, null, null).showsNameAndPhone()).isFalse();
        assertThat(new NoticedWorker("W-1", null, mobile, null).showsNameAndPhone()).isFalse();
    }

    @Test
    void a_noticed_workers_toString_masks_name_mobile_and_landline() {
        String shown = new NoticedWorker("W-1", name, mobile, landline).toString();
        assertNoRawPersonalData(shown);
        assertThat(shown).contains(name.masked()).contains(mobile.masked()).contains(landline.masked()).contains("W-1");
    }

    @Test
    void a_noticed_worker_with_a_blank_id_is_refused_without_showing_personal_data() {
        ModelValidationException e = refused(() -> new NoticedWorker(" ", name, mobile, landline), "NoticedWorker.workerId");
        assertNoRawPersonalData(e.getMessage());
        assertNoRawPersonalData(e.toString());
    }

    // ---- PublicNotice ----

    @Test
    void a_valid_notice_builds_and_tells_what_it_shows() {
        PublicNotice n = notice(EnumSet.allOf(NoticeContent.class), List.of(new NoticedWorker("W-1", name, mobile, null)));
        assertThat(n.showsAllContents()).isTrue();
        assertThat(n.lists("W-1")).isTrue();
        assertThat(n.lists("W-2")).isFalse();
        assertNoRawPersonalData(n.toString());
        PublicNotice bare = notice(null, null);
        assertThat(bare.contents()).isEmpty();
        assertThat(bare.workers()).isEmpty();
        assertThat(notice(Set.of(NoticeContent.GRID_NAME), List.of()).showsAllContents()).isFalse();
    }

    @Test
    void a_notice_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new PublicNotice(" ", "G", "O", ON, null, null, null), "PublicNotice.id");
        refused(() -> new PublicNotice("N", "", "O", ON, null, null, null), "PublicNotice.gridId");
        refused(() -> new PublicNotice("N", "G", null, ON, null, null, null), "PublicNotice.postedById");
        refused(() -> new PublicNotice("N", "G", "O", null, null, null, null), "PublicNotice.postedOn");
    }

    @Test
    void a_notice_listing_a_null_worker_is_refused_naming_the_position() {
        ModelValidationException e = refused(
                () -> notice(Set.of(), Arrays.asList(new NoticedWorker("W-1", name, mobile, null), null)),
                "PublicNotice.workers[1]");
        assertNoRawPersonalData(e.getMessage());
    }

    @Test
    void a_notice_copies_its_contents_and_workers_and_refuses_changes() {
        Set<NoticeContent> contents = EnumSet.of(NoticeContent.GRID_NAME);
        List<NoticedWorker> workers = new ArrayList<>(List.of(new NoticedWorker("W-1", name, mobile, null)));
        PublicNotice n = notice(contents, workers);
        contents.add(NoticeContent.AREA);
        workers.clear();
        assertThat(n.contents()).containsExactly(NoticeContent.GRID_NAME);
        assertThat(n.workers()).hasSize(1);
        assertThatThrownBy(() -> n.workers().add(new NoticedWorker("W-2", null, null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> n.contents().add(NoticeContent.SERVICE_MATTERS))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
