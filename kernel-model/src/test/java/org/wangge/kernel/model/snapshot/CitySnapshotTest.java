package org.wangge.kernel.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.grid.GridIndicators;
import org.wangge.kernel.model.grid.StarRating;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.Volunteer;
import org.wangge.kernel.model.privacy.DisclosureKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.testdata.SyntheticIdentities;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.VisitCheckIn;

/** The snapshot: building, dispatch of facts, immutability, reference problems, and Bean Validation consistency. */
class CitySnapshotTest {

    private static final LocalDate AS_OF = CompliantCity.AS_OF;
    private static final LocalDateTime T = LocalDateTime.of(2025, 6, 2, 9, 0);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    /** The facts CompliantCity lacks, one of each missing type, referring to ids CompliantCity holds. */
    private static List<Object> extraFacts() {
        return List.of(
                new Volunteer("V-1", SyntheticIdentities.chineseName(new Random(3)), null, null, AS_OF.minusYears(1)),
                new GridIndicators(CompliantCity.COMMUNITY_GRID, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 95, 90, 12, 0),
                new VisitCheckIn("VC-1", CompliantCity.WORKER_COMMUNITY, T, CompliantCity.COMMUNITY_GRID, CompliantCity.CASE_ASSIGNED),
                new PersonalInfoDisclosure("PD-1", CompliantCity.WORKER_COMMUNITY, T, DisclosureKind.PROVIDE,
                        CompliantCity.PUBLIC_SECURITY, "《治安管理处罚法》", CompliantCity.CASE_ASSIGNED, 1),
                new ConductIncident("CI-1", CompliantCity.WORKER_VILLAGE, ConductKind.OTHER_ILLEGAL, AS_OF.minusDays(20), null,
                        "核查中", Substantiation.PENDING, null),
                new Complaint("CP-1", CompliantCity.WORKER_VILLAGE, ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, AS_OF.minusDays(10),
                        "R-00042", null, Substantiation.NOT_SUBSTANTIATED, AS_OF.minusDays(2)),
                new org.wangge.kernel.model.conduct.PaymentFromServed("PF-1", CompliantCity.WORKER_VILLAGE, AS_OF.minusDays(5),
                        "R-00043", CompliantCity.CASE_ASSIGNED, new java.math.BigDecimal("200.00")));
    }

    private static List<Object> everyFactType() {
        List<Object> all = new ArrayList<>(CompliantCity.facts());
        all.addAll(extraFacts());
        return all;
    }

    // ---- building and dispatch ----

    @Test
    void builder_add_dispatches_every_fact_type_to_its_list() {
        List<Object> facts = everyFactType();
        CitySnapshot s = CitySnapshot.builder("510300", AS_OF).add(facts.toArray()).build();

        Set<Class<?>> types = facts.stream().map(Object::getClass).collect(Collectors.toCollection(LinkedHashSet::new));
        long factLists = Arrays.stream(CitySnapshot.class.getRecordComponents())
                .filter(c -> c.getType() == List.class).count();
        assertThat(types).as("one fact type per list of the snapshot is exercised").hasSize((int) factLists).hasSize(30);
        List<Function<CitySnapshot, List<?>>> lists = List.of(CitySnapshot::divisions, CitySnapshot::organisations,
                CitySnapshot::volunteers, CitySnapshot::grids, CitySnapshot::gridChanges, CitySnapshot::filings,
                CitySnapshot::workers, CitySnapshot::assignments, CitySnapshot::labourContracts,
                CitySnapshot::insurancePolicies, CitySnapshot::payRecords, CitySnapshot::assessments,
                CitySnapshot::starRatings, CitySnapshot::gridIndicators, CitySnapshot::checkIns, CitySnapshot::matterLists,
                CitySnapshot::matters, CitySnapshot::engagements, CitySnapshot::cases, CitySnapshot::accesses,
                CitySnapshot::disclosures, CitySnapshot::incidents, CitySnapshot::complaints, CitySnapshot::notices,
                CitySnapshot::connections, CitySnapshot::exchanges, CitySnapshot::budgets, CitySnapshot::mechanisms,
                CitySnapshot::commendations, CitySnapshot::paymentsFromServed);
        assertThat(lists).hasSize((int) factLists);
        for (Class<?> type : types) {
            List<Object> expected = facts.stream().filter(type::isInstance).toList();
            List<List<?>> holding = lists.stream().map(l -> l.apply(s)).filter(l -> l.stream().anyMatch(type::isInstance))
                    .collect(Collectors.toList());
            assertThat(holding).as("exactly one list holds %s", type.getSimpleName()).hasSize(1);
            assertThat(new ArrayList<Object>(holding.get(0))).as(type.getSimpleName()).isEqualTo(expected);
        }
        assertThat(s.jurisdiction()).isEqualTo("510300");
        assertThat(s.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void builder_add_all_dispatches_like_add() {
        CitySnapshot viaAdd = CitySnapshot.builder("510300", AS_OF).add(everyFactType().toArray()).build();
        CitySnapshot viaAddAll = CitySnapshot.builder("510300", AS_OF).addAll(everyFactType()).build();
        assertThat(viaAddAll).isEqualTo(viaAdd);
    }

    @Test
    void adding_an_object_that_is_not_a_model_fact_is_refused_with_a_clear_message() {
        ModelValidationException e = refused(() -> CitySnapshot.builder("510300", AS_OF).add("a string"),
                "CitySnapshot.facts");
        assertThat(e.shownValue()).isEqualTo("java.lang.String");
        assertThat(e.rule()).isEqualTo("is not a fact of the Wangge model");
        assertThat(refused(() -> CitySnapshot.builder("510300", AS_OF).add((Object) null), "CitySnapshot.facts")
                .shownValue()).isEqualTo("null");
        refused(() -> CitySnapshot.builder("510300", AS_OF).addAll(List.of(LocalDate.MIN)), "CitySnapshot.facts");
    }

    @Test
    void a_snapshot_with_a_malformed_jurisdiction_is_refused_naming_the_snapshot_field() {
        ModelValidationException e = refused(() -> CitySnapshot.builder("51030", AS_OF).build(), "CitySnapshot.jurisdiction");
        assertThat(e.shownValue()).contains("51030");
        assertThat(e.rule()).contains("six digits");
        refused(() -> CitySnapshot.builder(" ", AS_OF).build(), "CitySnapshot.jurisdiction");
        refused(() -> CitySnapshot.builder(null, AS_OF).build(), "CitySnapshot.jurisdiction");
    }

    @Test
    void a_snapshot_without_its_date_is_refused() {
        refused(() -> CitySnapshot.builder("510300", null).build(), "CitySnapshot.asOf");
    }

    @Test
    void a_snapshot_whose_list_contains_null_is_refused_naming_the_position() {
        List<Organisation> orgs = Arrays.asList(null, null);
        ModelValidationException e = refused(() -> new CitySnapshot("510300", AS_OF, null, orgs, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null), "CitySnapshot.organisations[0]");
        assertThat(e.rule()).contains("null elements");
    }

    @Test
    void a_snapshot_copies_its_lists_and_refuses_changes() {
        List<Budget> budgets = new ArrayList<>(List.of(new Budget("B-1", CompliantCity.CITY_GOV, 2025, BigDecimal.ONE)));
        CitySnapshot s = new CitySnapshot("510300", AS_OF, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, budgets);
        budgets.add(new Budget("B-2", CompliantCity.CITY_GOV, 2024, BigDecimal.ONE));
        assertThat(s.budgets()).hasSize(1);
        assertThat(s.grids()).isEmpty();
        assertThatThrownBy(() -> s.budgets().clear()).isInstanceOf(UnsupportedOperationException.class);
        CitySnapshot compliant = CompliantCity.snapshot();
        assertThatThrownBy(() -> compliant.workers().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compliant.facts().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void facts_lists_every_fact_of_the_snapshot() {
        List<Object> facts = everyFactType();
        CitySnapshot s = CitySnapshot.builder("510300", AS_OF).addAll(facts).build();
        assertThat(s.facts()).containsExactlyInAnyOrderElementsOf(facts);
    }

    // ---- reference problems ----

    @Test
    void the_compliant_city_with_one_fact_of_every_type_has_no_reference_problems() {
        assertThat(CompliantCity.snapshot().referenceProblems()).isEmpty();
        assertThat(CitySnapshot.builder("510300", AS_OF).addAll(everyFactType()).build().referenceProblems()).isEmpty();
    }

    @Test
    void an_assignment_to_an_unknown_grid_is_reported_with_type_id_field_and_value() {
        CitySnapshot s = CompliantCity.with(
                new Assignment("A-X", CompliantCity.WORKER_COMMUNITY, "G-UNKNOWN", CompliantCity.ZLJ_AGENCY, AS_OF, null));
        assertThat(s.referenceProblems()).containsExactly(
                new ReferenceProblem("Assignment", "A-X", "gridId", "G-UNKNOWN", "no Grid with this id in the snapshot"));
        assertThat(s.referenceProblems().get(0).toString())
                .isEqualTo("Assignment A-X.gridId = G-UNKNOWN: no Grid with this id in the snapshot");
    }

    @Test
    void a_dangling_optional_reference_is_reported_and_an_absent_one_is_not() {
        CitySnapshot s = CompliantCity.with(
                new VisitCheckIn("VC-9", CompliantCity.WORKER_VILLAGE, T, null, "K-UNKNOWN"));
        assertThat(s.referenceProblems()).containsExactly(
                new ReferenceProblem("VisitCheckIn", "VC-9", "caseId", "K-UNKNOWN", "no Case with this id in the snapshot"));
    }

    @Test
    void a_duplicate_id_is_reported_with_type_id_field_and_value() {
        List<Object> facts = CompliantCity.facts();
        GridWorker first = (GridWorker) facts.stream().filter(GridWorker.class::isInstance).findFirst().orElseThrow();
        facts.add(new GridWorker(first.id(), SyntheticIdentities.chineseName(new Random(5)), null, null,
                first.employment(), first.serviceFrom(), null));
        CitySnapshot s = CitySnapshot.builder("510300", AS_OF).addAll(facts).build();
        assertThat(s.referenceProblems()).containsExactly(new ReferenceProblem("GridWorker", first.id(), "id", first.id(),
                "the id is used by more than one GridWorker"));
    }

    @Test
    void a_star_rating_of_an_unknown_grid_and_a_duplicate_rating_grid_are_both_reported() {
        CitySnapshot s = CompliantCity.with(new StarRating("SR-X", "G-GONE", AS_OF.withDayOfYear(1), AS_OF, 4,
                CompliantCity.ZLJ_AGENCY));
        assertThat(s.referenceProblems()).extracting(ReferenceProblem::elementType, ReferenceProblem::elementId,
                ReferenceProblem::field, ReferenceProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("StarRating", "SR-X", "gridId", "G-GONE"));
    }

    @Test
    void reference_problems_of_a_snapshot_never_show_raw_personal_data() {
        List<Object> facts = CompliantCity.facts();
        facts.add(new PersonalInfoAccess("PI-X", "W-GONE", T, org.wangge.kernel.model.privacy.AccessKind.VIEW, "R-1",
                "G-GONE", null, null, null, null, 1));
        CitySnapshot s = CitySnapshot.builder("510300", AS_OF).addAll(facts).build();
        String shown = s.referenceProblems().toString();
        assertThat(s.referenceProblems()).hasSize(2);
        for (GridWorker w : s.workers()) {
            assertThat(shown).doesNotContain(w.name().unmasked()).doesNotContain(w.idNumber().unmasked())
                    .doesNotContain(w.phone().unmasked());
            assertThat(s.toString()).doesNotContain(w.name().unmasked()).doesNotContain(w.idNumber().unmasked())
                    .doesNotContain(w.phone().unmasked());
        }
    }

    // ---- Bean Validation ----

    @Nested
    class BeanValidation {

        private static ValidatorFactory factory;
        private static Validator validator;

        @BeforeAll
        static void start() {
            factory = Validation.buildDefaultValidatorFactory();
            validator = factory.getValidator();
        }

        @AfterAll
        static void stop() {
            factory.close();
        }

        @Test
        void every_fact_of_the_compliant_city_satisfies_its_bean_validation_constraints() {
            for (Object fact : everyFactType()) {
                Set<ConstraintViolation<Object>> violations = validator.validate(fact);
                assertThat(violations).as("%s", fact.getClass().getSimpleName()).isEmpty();
            }
            assertThat(validator.validate(CompliantCity.snapshot())).isEmpty();
        }

        @Test
        void the_validator_sees_the_constraints_of_the_records() {
            for (Class<?> type : everyFactType().stream().map(Object::getClass).collect(Collectors.toSet())) {
                assertThat(validator.getConstraintsForClass(type).isBeanConstrained())
                        .as("%s declares constraints", type.getSimpleName()).isTrue();
            }
        }

        /**
         * Calls a record's canonical constructor with one argument replaced, and checks that the
         * constructor and the validator both refuse it, naming the same component.
         */
        private void bothRefuse(Object valid, String component, Object badValue) throws Exception {
            Class<?> type = valid.getClass();
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            int index = -1;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getAccessor().invoke(valid);
                if (components[i].getName().equals(component)) {
                    index = i;
                    args[i] = badValue;
                }
            }
            assertThat(index).as("component %s", component).isNotNegative();
            Constructor<?> canonical = type.getDeclaredConstructor(types);

            Set<? extends ConstraintViolation<?>> violations =
                    validator.forExecutables().validateConstructorParameters(canonical, args);
            int badIndex = index;
            assertThat(violations).as("validator on %s.%s = %s", type.getSimpleName(), component, badValue)
                    .anySatisfy(v -> {
                        Path.Node last = null;
                        for (Path.Node node : v.getPropertyPath()) {
                            last = node;
                        }
                        assertThat(last.as(Path.ParameterNode.class).getParameterIndex()).isEqualTo(badIndex);
                    });

            Throwable thrown = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> canonical.newInstance(args)).getCause();
            assertThat(thrown).isInstanceOf(ModelValidationException.class);
            assertThat(((ModelValidationException) thrown).field()).isEqualTo(type.getSimpleName() + "." + component);
        }

        private Object first(Class<?> type) {
            return everyFactType().stream().filter(type::isInstance).findFirst().orElseThrow();
        }

        @Test
        void the_validator_and_the_constructors_refuse_the_same_bad_values() throws Exception {
            bothRefuse(first(org.wangge.kernel.model.grid.Grid.class), "households", -1);
            bothRefuse(first(org.wangge.kernel.model.grid.Grid.class), "name", " ");
            bothRefuse(first(org.wangge.kernel.model.grid.Grid.class), "divisionCodes", Set.of());
            bothRefuse(first(StarRating.class), "stars", 6);
            bothRefuse(first(GridIndicators.class), "satisfactionPercent", 101);
            bothRefuse(first(PersonalInfoAccess.class), "recordCount", 0);
            bothRefuse(first(Budget.class), "gridFunding", new BigDecimal("-1"));
            bothRefuse(first(org.wangge.kernel.model.worker.PayRecord.class), "amountDue", new BigDecimal("-1"));
            bothRefuse(first(Organisation.class), "id", "");
            bothRefuse(first(GridWorker.class), "name", null);
            bothRefuse(first(org.wangge.kernel.model.matter.Engagement.class), "personnelAllocated", -3);
        }
    }
}
