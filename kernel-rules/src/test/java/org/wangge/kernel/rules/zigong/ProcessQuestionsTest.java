package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.ConsequenceLevel;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.StepCheck;

/**
 * The typed questions the processes ask (queries.drl behind RuleEngine's methods): routing (ZG-15-02, ZG-23-01),
 * assignment, matter admission (ZG-10-02), engagement resources (ZG-11-02, ZG-11-03), grid proposals (Art. 7, 8) and
 * the Art. 22 level of a complaint — each firing and not firing, at its boundaries, and under an analyst's copy of the
 * pack whose routing table was edited.
 */
class ProcessQuestionsTest extends RuleTestSupport {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    /** The day an analyst's amended copy (edited routing table) comes into force. */
    private static final LocalDate AMENDED_FROM = LocalDate.of(2025, 7, 1);

    @TempDir
    static Path temp;
    /** The built-in pack, then from {@link #AMENDED_FROM} an analyst's copy in which disputes go to civil affairs, not public security. */
    private static RuleEngine amended;
    /** An analyst's copy made before the queries existed: queries.drl is missing. */
    private static Path withoutQueries;

    private static final Organisation JUSTICE = new Organisation("ORG-ZLJ-JUSTICE", "自流井区司法局", OrganisationKind.DEPARTMENT,
            GovernmentLevel.COUNTY, DepartmentKind.JUSTICE_ADMINISTRATION, "510302", null);

    @BeforeAll
    static void analystCopies() throws IOException {
        Path copy = trimmedCopy(temp.resolve("amended"));
        String properties = Files.readString(copy.resolve("pack.properties"));
        Files.writeString(copy.resolve("pack.properties"), properties.replaceAll("(?m)^version=.*$", "version=2025.7")
                .replaceAll("(?m)^in-force-from=.*$", "in-force-from=" + AMENDED_FROM));
        String table = Files.readString(copy.resolve("routing.drl.csv"));
        String row = "DISPUTES,,PUBLIC_SECURITY,,";
        assertThat(table).contains(row);
        Files.writeString(copy.resolve("routing.drl.csv"), table.replace(row, "DISPUTES,,CIVIL_AFFAIRS,,"));
        amended = RuleEngine.builder().withBuiltInZigongPack().withPackDirectory(copy).build();

        withoutQueries = trimmedCopy(temp.resolve("old-copy"));
        Files.delete(withoutQueries.resolve("queries.drl"));
    }

    /** An analyst's copy of the built-in pack, trimmed to the case-handling files so it compiles quickly. */
    private static Path trimmedCopy(Path dir) throws IOException {
        RuleEngine.exportBuiltInPack(dir);
        Set<String> keep = Set.of("pack.properties", "constraints.tsv", "parameters.toml", "definitions.drl", "routing.drl.csv",
                "art02-scope.drl", "art15-platform-and-departments.drl", "art23-obstruction.drl", "queries.drl",
                "messages.tsv", "labels.tsv");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!keep.contains(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
        return dir;
    }

    /** A reported, accepted case of the category, collected on {@link #DAY}, assigned to the department (or not). */
    private static Case routed(MatterCategory category, boolean obstruction, String departmentId) {
        String at = DAY + "T09:00";
        return kase("K-9", category, null, false, obstruction,
                timeline(at, null, at, DAY + "T10:00", departmentId == null ? null : DAY + "T11:00", null), departmentId, List.of());
    }

    private static Organisation organisation(String id) {
        return CompliantCity.snapshot().organisations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- responsibleDepartmentKinds

    @Test
    void ZG_15_02_the_routing_table_names_the_responsible_kinds_of_a_case() {
        assertThat(ENGINE.responsibleDepartmentKinds(routed(MatterCategory.DISPUTES, false, null), DAY))
                .containsExactlyInAnyOrder(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.PUBLIC_SECURITY);
        assertThat(ENGINE.responsibleDepartmentKinds(routed(MatterCategory.SAFETY_HAZARDS, false, null), DAY))
                .containsExactlyInAnyOrder(DepartmentKind.EMERGENCY_MANAGEMENT, DepartmentKind.FIRE_RESCUE);
    }

    @Test
    void ZG_15_02_a_task_from_above_may_go_to_any_kind_and_a_case_outside_article_9_to_none() {
        assertThat(ENGINE.responsibleDepartmentKinds(routed(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, false, null), DAY))
                .isEqualTo(EnumSet.allOf(DepartmentKind.class));
        assertThat(ENGINE.responsibleDepartmentKinds(routed(MatterCategory.OUTSIDE_ARTICLE_9, false, null), DAY)).isEmpty();
    }

    @Test
    void ZG_23_01_a_case_reporting_obstruction_of_a_grid_worker_goes_to_public_security_only() {
        for (MatterCategory category : List.of(MatterCategory.DISPUTES, MatterCategory.PUBLICITY, MatterCategory.OUTSIDE_ARTICLE_9,
                MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT)) {
            assertThat(ENGINE.responsibleDepartmentKinds(routed(category, true, null), DAY)).as(category.name())
                    .containsExactly(DepartmentKind.PUBLIC_SECURITY);
        }
    }

    @Test
    void ZG_15_02_an_analysts_edited_routing_table_changes_the_answer_from_the_day_its_pack_is_in_force() {
        Case dispute = routed(MatterCategory.DISPUTES, false, null);
        assertThat(amended.responsibleDepartmentKinds(dispute, AMENDED_FROM.minusDays(1)))
                .containsExactlyInAnyOrder(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.PUBLIC_SECURITY);
        assertThat(amended.responsibleDepartmentKinds(dispute, AMENDED_FROM))
                .containsExactlyInAnyOrder(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.CIVIL_AFFAIRS);
        // obstruction still goes to public security: its own row and Art. 23, not the disputes row
        assertThat(amended.responsibleDepartmentKinds(routed(MatterCategory.DISPUTES, true, null), AMENDED_FROM))
                .containsExactly(DepartmentKind.PUBLIC_SECURITY);
    }

    @Test
    void a_pack_without_the_query_refuses_the_question_naming_the_query_and_the_pack() {
        RuleEngine old = RuleEngine.fromDirectory(withoutQueries);
        assertThat(old.check(CompliantCity.snapshot(), DAY).findings()).isNotNull(); // it still loads and checks
        assertThatThrownBy(() -> old.responsibleDepartmentKinds(routed(MatterCategory.DISPUTES, false, null), DAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("responsibleDepartmentKinds(String caseId)")
                .hasMessageContaining("zigong 2024.1").hasMessageContaining(withoutQueries.toString())
                .hasMessageContaining("queries.drl");
        assertThatThrownBy(() -> old.checkAssignment(routed(MatterCategory.DISPUTES, false, CompliantCity.PUBLIC_SECURITY),
                organisation(CompliantCity.PUBLIC_SECURITY), DAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("assignmentRefusals(String caseId)");
    }

    @Test
    void a_query_with_other_parameters_is_refused_with_the_signature_the_engine_asks() throws IOException {
        Path copy = trimmedCopy(temp.resolve("changed-signature"));
        Path queries = copy.resolve("queries.drl");
        Files.writeString(queries, Files.readString(queries).replace("query responsibleDepartmentKinds(String caseId)",
                "query responsibleDepartmentKinds(String caseId, String gridId)"));
        RuleEngine changed = RuleEngine.fromDirectory(copy);
        assertThatThrownBy(() -> changed.responsibleDepartmentKinds(routed(MatterCategory.DISPUTES, false, null), DAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("responsibleDepartmentKinds(String caseId)").hasMessageContaining(copy.toString());
    }

    // ---------------------------------------------------------------- checkAssignment

    @Test
    void ZG_15_02_an_assignment_to_a_kind_the_table_names_passes_and_to_another_kind_is_refused() {
        StepCheck ok = ENGINE.checkAssignment(routed(MatterCategory.DISPUTES, false, CompliantCity.PUBLIC_SECURITY),
                organisation(CompliantCity.PUBLIC_SECURITY), DAY);
        assertThat(ok.refused()).isFalse();
        assertThat(ok.refusals()).isEmpty();

        StepCheck refused = ENGINE.checkAssignment(routed(MatterCategory.DISPUTES, false, CompliantCity.CIVIL_AFFAIRS),
                organisation(CompliantCity.CIVIL_AFFAIRS), DAY);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.refusals()).singleElement().satisfies(f -> {
            assertThat(f.constraintId()).isEqualTo("ZG-15-02");
            assertThat(f.subject().id()).isEqualTo("K-9");
            assertThat(f.messageEn()).contains(CompliantCity.CIVIL_AFFAIRS).contains("Art. 15 ¶1");
        });
    }

    @Test
    void ZG_23_01_an_obstruction_case_assigned_outside_public_security_is_refused_even_where_the_table_covers_the_kind() {
        StepCheck toJustice = ENGINE.checkAssignment(routed(MatterCategory.DISPUTES, true, JUSTICE.id()), JUSTICE, DAY);
        assertThat(toJustice.refusals()).extracting(Finding::constraintId).containsExactly("ZG-23-01");
        StepCheck toCivil = ENGINE.checkAssignment(routed(MatterCategory.DISPUTES, true, CompliantCity.CIVIL_AFFAIRS),
                organisation(CompliantCity.CIVIL_AFFAIRS), DAY);
        assertThat(toCivil.refusals()).extracting(Finding::constraintId).containsExactly("ZG-15-02", "ZG-23-01");
        assertThat(ENGINE.checkAssignment(routed(MatterCategory.DISPUTES, true, CompliantCity.PUBLIC_SECURITY),
                organisation(CompliantCity.PUBLIC_SECURITY), DAY).refused()).isFalse();
    }

    @Test
    void ZG_15_02_the_analysts_edited_table_refuses_what_the_built_in_one_allowed() {
        Case toPolice = routed(MatterCategory.DISPUTES, false, CompliantCity.PUBLIC_SECURITY);
        assertThat(amended.checkAssignment(toPolice, organisation(CompliantCity.PUBLIC_SECURITY), AMENDED_FROM.minusDays(1)).refused())
                .isFalse();
        assertThat(amended.checkAssignment(toPolice, organisation(CompliantCity.PUBLIC_SECURITY), AMENDED_FROM).refusals())
                .extracting(Finding::constraintId).containsExactly("ZG-15-02");
        assertThat(amended.checkAssignment(routed(MatterCategory.DISPUTES, false, CompliantCity.CIVIL_AFFAIRS),
                organisation(CompliantCity.CIVIL_AFFAIRS), AMENDED_FROM).refused()).isFalse();
    }

    @Test
    void ZG_15_02_an_assignment_refusal_follows_art_24_like_a_check() {
        String before = "2024-01-31T09:00";
        Case early = kase("K-8", MatterCategory.DISPUTES, null, false, false,
                timeline(before, null, before, before, "2024-01-31T11:00", null), CompliantCity.CIVIL_AFFAIRS, List.of());
        assertThat(ENGINE.checkAssignment(early, organisation(CompliantCity.CIVIL_AFFAIRS), LocalDate.of(2024, 2, 1)).refused()).isFalse();
        String first = "2024-02-01T09:00";
        Case onTheDay = kase("K-8", MatterCategory.DISPUTES, null, false, false,
                timeline(first, null, first, first, "2024-02-01T11:00", null), CompliantCity.CIVIL_AFFAIRS, List.of());
        assertThat(ENGINE.checkAssignment(onTheDay, organisation(CompliantCity.CIVIL_AFFAIRS), LocalDate.of(2024, 2, 1)).refused()).isTrue();
    }

    @Test
    void an_assignment_is_asked_about_the_case_as_assigned_to_the_department() {
        assertThatThrownBy(() -> ENGINE.checkAssignment(routed(MatterCategory.DISPUTES, false, null),
                organisation(CompliantCity.PUBLIC_SECURITY), DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K-9").hasMessageContaining(CompliantCity.PUBLIC_SECURITY);
    }

    // ---------------------------------------------------------------- checkMatterAdmission

    @ParameterizedTest(name = "{0}")
    @EnumSource(MatterNature.class)
    void ZG_10_02_a_matter_is_barred_exactly_when_its_nature_is_excluded_by_article_10(MatterNature nature) {
        Matter matter = new Matter("M-9", "L-9", "测试事项", MatterCategory.PUBLICITY, nature, CompliantCity.CIVIL_AFFAIRS);
        StepCheck check = ENGINE.checkMatterAdmission(matter, DAY);
        assertThat(check.refused()).isEqualTo(nature.isExcludedByArticle10());
        if (check.refused()) {
            Finding f = check.refusals().get(0);
            assertThat(f.constraintId()).isEqualTo("ZG-10-02");
            assertThat(f.citation().article()).isEqualTo(10);
            assertThat(f.subject().id()).isEqualTo("M-9");
            assertThat(f.messageZh()).contains("第十条");
        }
    }

    // ---------------------------------------------------------------- checkEngagement

    private static Engagement engagement(int personnel, String funds, Set<SupportKind> support) {
        return new Engagement("E-9", CompliantCity.CIVIL_AFFAIRS, Set.of(CompliantCity.COMMUNITY_GRID), "走访",
                CompliantCity.CITY_AGENCY, DAY, personnel, new BigDecimal(funds), support, DAY, null);
    }

    @ParameterizedTest(name = "{0} people, {1} yuan: refused = {2}")
    @CsvSource({"0, 20000, true", "1, 20000, false", "1, 0, true", "1, 0.01, false", "0, 0, true"})
    void ZG_11_02_resources_are_refused_without_personnel_or_without_funds(int personnel, String funds, boolean refused) {
        StepCheck check = ENGINE.checkEngagement(engagement(personnel, funds, Set.of(SupportKind.values())),
                List.of(organisation(CompliantCity.CITY_AGENCY)), DAY);
        assertThat(check.refusals()).extracting(Finding::constraintId).containsExactlyElementsOf(refused ? List.of("ZG-11-02") : List.of());
        assertThat(check.notes()).isEmpty();
    }

    @Test
    void ZG_11_03_missing_support_is_noted_without_refusing_and_full_support_is_not() {
        StepCheck partial = ENGINE.checkEngagement(engagement(1, "100", Set.of(SupportKind.TRAINING)),
                List.of(organisation(CompliantCity.CITY_AGENCY)), DAY);
        assertThat(partial.refused()).isFalse();
        assertThat(partial.notes()).singleElement().satisfies(f -> {
            assertThat(f.constraintId()).isEqualTo("ZG-11-03");
            assertThat(f.subject().id()).isEqualTo("E-9");
        });
        // neither list holds ZG-11-01 (consent), which the admission process decides in its own step
        StepCheck noConsentAgency = ENGINE.checkEngagement(engagement(1, "100", Set.of(SupportKind.values())), List.of(), DAY);
        assertThat(noConsentAgency.refusals()).isEmpty();
        assertThat(noConsentAgency.notes()).isEmpty();
    }

    // ---------------------------------------------------------------- checkGridProposal

    @Test
    void ZG_08_01_a_proposed_grid_outside_its_size_band_is_noted_not_refused() {
        Grid small = Art08GridSizeAndKindsTest.communityGrid(260, 700);
        StepCheck check = ENGINE.checkGridProposal(CompliantCity.with(small), List.of(CompliantCity.COMMUNITY_GRID), DAY);
        assertThat(check.refused()).isFalse();
        assertThat(check.notes()).extracting(Finding::constraintId).containsExactly("ZG-08-01");
        assertThat(check.notes().get(0).severity()).isEqualTo(Severity.WARNING);
        // the same grid is not asked about when it is not part of the proposal
        assertThat(ENGINE.checkGridProposal(CompliantCity.with(small), List.of(CompliantCity.VILLAGE_GRID), DAY).notes()).isEmpty();
    }

    @Test
    void ZG_07_01_a_proposed_grid_divided_by_the_city_agency_is_refused_and_the_filing_itself_is_not_asked() {
        Grid byCity = Art07GridDivisionTest.dividedBy(CompliantCity.CITY_AGENCY, null);
        StepCheck check = ENGINE.checkGridProposal(CompliantCity.with(byCity), List.of(CompliantCity.COMMUNITY_GRID), DAY);
        assertThat(check.refusals()).extracting(Finding::constraintId).containsExactly("ZG-07-01");
        assertThat(check.refusals().get(0).severity()).isEqualTo(Severity.VIOLATION);
        assertThat(ENGINE.checkGridProposal(CompliantCity.snapshot(), List.of(CompliantCity.COMMUNITY_GRID), DAY).refused()).isFalse();
    }

    @Test
    void ZG_07_03_an_unfiled_proposed_change_is_not_a_refusal_of_the_proposal() {
        var change = Art07GridDivisionTest.adjustment(LocalDate.of(2025, 3, 3)); // unfiled long after the grace period
        assertThat(ENGINE.check(CompliantCity.with(change), DAY).findings("ZG-07-03")).isNotEmpty();
        StepCheck check = ENGINE.checkGridProposal(CompliantCity.with(change), List.of(CompliantCity.COMMUNITY_GRID), DAY);
        assertThat(check.refusals()).isEmpty();
        assertThat(check.notes()).isEmpty();
    }

    // ---------------------------------------------------------------- complaintConsequence

    private static Complaint complaint(ConductKind kind, LocalDate received, Substantiation s, LocalDate decided) {
        return new Complaint("CP-9", CompliantCity.WORKER_COMMUNITY, kind, received, null, null, s, decided);
    }

    @ParameterizedTest(name = "{0}: {1}, starting at {2}")
    @CsvSource({
            "SECRET_LEAK, ZG-13-01, CRIMINAL_REFERRAL",
            "PERSONAL_INFORMATION_MISUSE, ZG-13-02, DISCIPLINARY",
            "PRIVATE_GAIN, ZG-13-03, DISCIPLINARY",
            "FALSIFICATION_OR_SHIRKING, ZG-13-04, CORRECTION_AND_CIRCULAR",
            "ROUGH_CONDUCT_OR_OBSTRUCTION, ZG-13-05, CORRECTION_AND_CIRCULAR",
            "OTHER_ILLEGAL, ZG-13-06, DISCIPLINARY"})
    void ZG_13_a_substantiated_complaint_without_circumstances_gives_its_constraint_correction_and_the_starting_level_awaiting(
            ConductKind kind, String constraint, ConsequenceLevel starting) {
        Finding f = ENGINE.complaintConsequence(complaint(kind, DAY, Substantiation.SUBSTANTIATED, DAY), DAY).orElseThrow();
        assertThat(f.constraintId()).isEqualTo(constraint);
        assertThat(f.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(f.consequenceAwaitingCircumstances())
                .isEqualTo(starting == ConsequenceLevel.CORRECTION_AND_CIRCULAR ? java.util.Optional.empty() : java.util.Optional.of(starting));
        assertThat(f.subject().id()).isEqualTo(CompliantCity.WORKER_COMMUNITY);
    }

    @Test
    void ZG_13_01_a_substantiated_complaint_with_the_crime_recorded_gives_criminal_liability() {
        Complaint crime = new Complaint("CP-9", CompliantCity.WORKER_COMMUNITY, ConductKind.SECRET_LEAK, DAY, null, null,
                Substantiation.SUBSTANTIATED, DAY, org.wangge.kernel.model.conduct.Circumstances.CRIME);
        Finding f = ENGINE.complaintConsequence(crime, DAY).orElseThrow();
        assertThat(f.consequence()).isEqualTo(ConsequenceLevel.CRIMINAL_REFERRAL);
        assertThat(f.consequenceAwaitingCircumstances()).isEmpty();
    }

    @Test
    void ZG_13_a_substantiated_incident_gives_its_graded_level_and_an_undecided_one_none() {
        org.wangge.kernel.model.conduct.ConductIncident serious = new org.wangge.kernel.model.conduct.ConductIncident("MC-7",
                CompliantCity.WORKER_COMMUNITY, ConductKind.PERSONAL_INFORMATION_MISUSE, DAY.minusDays(5), null, null,
                Substantiation.SUBSTANTIATED, DAY, org.wangge.kernel.model.conduct.Circumstances.SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW);
        Finding f = ENGINE.incidentConsequence(serious, DAY).orElseThrow();
        assertThat(f.constraintId()).isEqualTo("ZG-13-02");
        assertThat(f.basis()).isEqualTo(org.wangge.kernel.rules.Basis.TEXT);
        assertThat(f.consequence()).isEqualTo(ConsequenceLevel.DISCIPLINARY);
        org.wangge.kernel.model.conduct.ConductIncident pending = new org.wangge.kernel.model.conduct.ConductIncident("MC-8",
                CompliantCity.WORKER_COMMUNITY, ConductKind.PERSONAL_INFORMATION_MISUSE, DAY.minusDays(5), null, null,
                Substantiation.PENDING, null);
        assertThat(ENGINE.incidentConsequence(pending, DAY)).isEmpty();
        assertThat(ENGINE.incidentConsequence(serious, DAY.minusDays(1))).isEmpty(); // decided after the day asked
    }

    @Test
    void ZG_13_03_an_unsubstantiated_or_not_yet_decided_complaint_gives_no_level() {
        assertThat(ENGINE.complaintConsequence(complaint(ConductKind.PRIVATE_GAIN, DAY, Substantiation.NOT_SUBSTANTIATED, DAY), DAY))
                .isEmpty();
        assertThat(ENGINE.complaintConsequence(complaint(ConductKind.PRIVATE_GAIN, DAY, Substantiation.SUBSTANTIATED, DAY.plusDays(1)),
                DAY)).isEmpty();
        assertThat(ENGINE.complaintConsequence(complaint(ConductKind.PRIVATE_GAIN, DAY, Substantiation.SUBSTANTIATED, DAY.plusDays(1)),
                DAY.plusDays(1))).isPresent();
    }

    @Test
    void ZG_13_05_a_complaint_about_conduct_before_the_measures_gives_no_level() {
        LocalDate before = LocalDate.of(2024, 1, 31);
        assertThat(ENGINE.complaintConsequence(complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, before,
                Substantiation.SUBSTANTIATED, DAY), DAY)).isEmpty();
        assertThat(ENGINE.complaintConsequence(complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, before.plusDays(1),
                Substantiation.SUBSTANTIATED, DAY), DAY)).isPresent();
    }
}
