package org.wangge.kernel.model.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;

/** Bad input to the matter aggregate: {@link MatterList}, {@link Matter}, {@link Engagement}, {@link MatterCategory}. */
class MatterRecordsTest {

    private static final LocalDate FROM = LocalDate.of(2024, 3, 1);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private static Engagement engagement(Set<String> grids, int personnel, BigDecimal funds, String consentBy,
            LocalDate consentOn, Set<SupportKind> support, LocalDate from, LocalDate to) {
        return new Engagement("E-1", "ORG-ZLJ-CIVIL", grids, "困难群众走访", consentBy, consentOn, personnel, funds, support,
                from, to);
    }

    // ---- MatterList ----

    @Test
    void a_valid_matter_list_builds_and_is_published_from_its_day() {
        MatterList list = new MatterList("L-1", "2024版", "ORG-CITY-AGENCY", Set.of("ORG-ZLJ-CIVIL"), FROM);
        assertThat(list.isPublishedBy(FROM)).isTrue();
        assertThat(list.isPublishedBy(FROM.minusDays(1))).isFalse();
        assertThat(new MatterList("L-2", "草案", "ORG-CITY-AGENCY", null, null).coCompilerIds()).isEmpty();
    }

    @Test
    void a_matter_list_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new MatterList(" ", "v", "A", null, null), "MatterList.id");
        refused(() -> new MatterList("L", "", "A", null, null), "MatterList.version");
        refused(() -> new MatterList("L", "v", null, null, null), "MatterList.compiledById");
    }

    @Test
    void a_matter_list_copies_its_co_compilers_and_refuses_changes() {
        Set<String> source = new HashSet<>(Set.of("D-1"));
        MatterList list = new MatterList("L", "v", "A", source, null);
        source.add("D-2");
        assertThat(list.coCompilerIds()).containsExactly("D-1");
        assertThatThrownBy(() -> list.coCompilerIds().add("D-3")).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- Matter ----

    @Test
    void a_matter_without_category_or_nature_is_refused_naming_the_field() {
        assertThat(new Matter("M-1", "L-1", "收集群众诉求", MatterCategory.PUBLIC_OPINION, MatterNature.SERVICE, null)
                .owningDepartmentId()).isNull();
        refused(() -> new Matter("M-1", "L-1", "n", null, MatterNature.SERVICE, null), "Matter.category");
        refused(() -> new Matter("M-1", "L-1", "n", MatterCategory.PUBLICITY, null, null), "Matter.nature");
        refused(() -> new Matter("M-1", " ", "n", MatterCategory.PUBLICITY, MatterNature.PUBLICITY, null), "Matter.listId");
        refused(() -> new Matter("M-1", "L", "", MatterCategory.PUBLICITY, MatterNature.PUBLICITY, null), "Matter.name");
        refused(() -> new Matter(null, "L", "n", MatterCategory.PUBLICITY, MatterNature.PUBLICITY, null), "Matter.id");
    }

    @Test
    void an_article_9_item_outside_one_to_eight_is_refused_naming_the_item() {
        assertThat(MatterCategory.ofItem(6)).isEqualTo(MatterCategory.SAFETY_HAZARDS);
        ModelValidationException e = refused(() -> MatterCategory.ofItem(9), "MatterCategory.item");
        assertThat(e.shownValue()).isEqualTo("9");
        assertThat(e.rule()).contains("items 1 to 8");
        refused(() -> MatterCategory.ofItem(0), "MatterCategory.item");
        assertThat(MatterCategory.OUTSIDE_ARTICLE_9.isArticle9Matter()).isFalse();
    }

    @Test
    void article_10_excludes_exactly_licensing_penalty_coercion_and_other_inconsistent() {
        assertThat(EnumSet.allOf(MatterNature.class).stream().filter(MatterNature::isExcludedByArticle10))
                .containsExactlyInAnyOrder(MatterNature.ADMINISTRATIVE_LICENSING, MatterNature.ADMINISTRATIVE_PENALTY,
                        MatterNature.ADMINISTRATIVE_COERCION, MatterNature.OTHER_INCONSISTENT);
    }

    // ---- Engagement ----

    @Test
    void a_valid_engagement_builds_and_absent_funds_mean_zero() {
        Engagement e = engagement(Set.of("G-1"), 1, new BigDecimal("20000"), "ORG-CITY-AGENCY", FROM,
                Set.of(SupportKind.values()), FROM, null);
        assertThat(e.isActiveOn(FROM.plusYears(1))).isTrue();
        assertThat(engagement(Set.of("G-1"), 0, null, null, null, null, FROM, null).fundsAllocated())
                .isEqualByComparingTo("0");
    }

    @Test
    void an_engagement_relying_on_no_grid_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> engagement(Set.of(), 1, BigDecimal.ONE, null, null, null, FROM, null),
                "Engagement.gridIds");
        assertThat(e.shownValue()).isEqualTo("[]");
        assertThat(e.rule()).contains("E-1");
    }

    @Test
    void an_engagement_with_negative_personnel_or_funds_is_refused_naming_the_field() {
        assertThat(refused(() -> engagement(Set.of("G"), -2, BigDecimal.ONE, null, null, null, FROM, null),
                "Engagement.personnelAllocated").shownValue()).isEqualTo("-2");
        ModelValidationException e = refused(
                () -> engagement(Set.of("G"), 1, new BigDecimal("-0.01"), null, null, null, FROM, null),
                "Engagement.fundsAllocated");
        assertThat(e.shownValue()).isEqualTo("-0.01");
        assertThat(e.rule()).isEqualTo("must be zero or more");
    }

    @Test
    void an_engagement_with_a_consent_date_but_no_consenting_organisation_is_refused() {
        ModelValidationException e = refused(
                () -> engagement(Set.of("G"), 1, BigDecimal.ONE, null, FROM, null, FROM, null), "Engagement.consentById");
        assertThat(e.rule()).contains("consent date but no consenting organisation");
    }

    @Test
    void an_engagement_ending_before_it_starts_is_refused_naming_the_end() {
        refused(() -> engagement(Set.of("G"), 1, BigDecimal.ONE, null, null, null, FROM, FROM.minusDays(1)),
                "Engagement.to");
        refused(() -> engagement(Set.of("G"), 1, BigDecimal.ONE, null, null, null, null, null), "Engagement.from");
        refused(() -> new Engagement("E", " ", Set.of("G"), null, null, null, 0, null, null, FROM, null),
                "Engagement.departmentId");
    }

    @Test
    void an_engagement_copies_its_grids_and_support_and_refuses_changes() {
        Set<String> grids = new HashSet<>(Set.of("G-1"));
        Set<SupportKind> support = EnumSet.of(SupportKind.TRAINING);
        Engagement e = engagement(grids, 1, BigDecimal.ONE, null, null, support, FROM, null);
        grids.add("G-2");
        support.add(SupportKind.INFORMATION_SUPPORT);
        assertThat(e.gridIds()).containsExactly("G-1");
        assertThat(e.support()).containsExactly(SupportKind.TRAINING);
        assertThatThrownBy(() -> e.support().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.gridIds().add("G-3")).isInstanceOf(UnsupportedOperationException.class);
    }
}
