package org.wangge.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.identity.GridCodeScheme;
import org.wangge.kernel.model.identity.StatisticalDivisionCode;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.snapshot.ReferenceProblem;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.process.AuditEntry;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.CaseState;
import org.wangge.kernel.process.CaseStatus;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.FindingChanges;
import org.wangge.kernel.rules.IncrementalSession;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.testkit.Compliance;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.GeneratedCity;
import org.wangge.kernel.testkit.generator.Scale;
import org.wangge.kernel.testkit.scenario.WanggeScenarios;
import org.wangge.kernel.io.snapshot.FileNode;
import org.wangge.kernel.io.snapshot.SnapshotDocument;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * Every {@code ```java} block of {@code docs/*.md}, compiled and run here on the sample data.
 *
 * <p>Each block sits in this file between {@code // doc:begin <file>#<n>} ({@code n} counts the java blocks
 * of the file from 1) and {@code // doc:end}: inside the test method that runs it, after the variables it
 * uses, or, when the block declares a class or methods, as a member of this class or of a nested class.
 * {@link #every_java_block_of_the_docs_is_a_marked_region_of_this_file()} compares the blocks with the
 * regions, so a doc edit not mirrored here, a new unmarked block or a stale region fails the build.
 *
 * <p>The one difference allowed: where a block discards a value it shows (a bare {@code changes.appeared();},
 * or a variable that goes out of scope with its {@code try}), the region wraps the expression in
 * {@code keep(…)} so that the test can assert on it; the comparison removes {@code keep(…)} again.
 */
class DocSnippetsTest {

    static final Path SOURCE = Path.of("src/test/java/org/wangge/examples/embedding/DocSnippetsTest.java");
    static final Path DOCS = Path.of("../../docs");
    /** docs/spark.md's block is compiled in kernel-spark's tests, against Spark (which this example does not carry). */
    static final Path SPARK_SOURCE = Path.of("../../kernel-spark/src/test/java/org/wangge/kernel/spark/SparkDocSnippet.java");
    static final Path SAMPLE = Path.of("../snapshots/compliant-city.yaml");

    /** The compliant sample city. */
    static CitySnapshot sample;

    private static RuleEngine sharedEngine;

    /** Values the snippets show but would discard, in the order they came. */
    private final List<Object> kept = new ArrayList<>();

    @BeforeAll
    static void readTheSampleCity() {
        sample = SnapshotFiles.read(SAMPLE);
    }

    /** @return the built-in rule pack, compiled once for the tests whose snippets take an {@code engine} */
    static synchronized RuleEngine engine() {
        if (sharedEngine == null) {
            sharedEngine = RuleEngine.zigong();
        }
        return sharedEngine;
    }

    private <T> T keep(T value) {
        kept.add(value);
        return value;
    }

    static <T> T byId(List<T> facts, Function<T, String> id, String wanted) {
        return facts.stream().filter(f -> id.apply(f).equals(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + wanted + " in the sample city"));
    }

    static FileNode.Mapping yaml(String text) {
        return (FileNode.Mapping) SnapshotFiles.compose(new StringReader(text), "DocSnippetsTest.yaml");
    }

    static List<String> findingKeys(List<Finding> findings) {
        return findings.stream().map(f -> f.constraintId() + " " + f.subject().id()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/embedding.md

    @Test
    void embedding_1_builds_a_snapshot_from_records_and_names_its_dangling_references() {
        Grid grid = byId(sample.grids(), Grid::id, "G-COMM-1");
        GridWorker worker = byId(sample.workers(), GridWorker::id, "W-1");
        Assignment assignment = byId(sample.assignments(), Assignment::id, "A-W-1");

        // doc:begin embedding.md#1
        CitySnapshot snapshot = CitySnapshot.builder("510300", LocalDate.of(2025, 6, 30))
                .add(new Organisation("ORG-ZLJ-AGENCY", "自流井区网格化服务管理中心", OrganisationKind.GRID_AGENCY,
                        GovernmentLevel.COUNTY, null, "510302", null))
                .add(grid, worker, assignment /* … every fact of the jurisdiction … */)
                .build();
        List<ReferenceProblem> dangling = snapshot.referenceProblems();   // ids that point nowhere, duplicate ids
        // doc:end

        assertThat(snapshot.organisations()).extracting(Organisation::id).containsExactly("ORG-ZLJ-AGENCY");
        assertThat(snapshot.grids()).containsExactly(grid);
        assertThat(snapshot.workers()).containsExactly(worker);
        assertThat(snapshot.assignments()).containsExactly(assignment);
        assertThat(dangling).isEmpty();     // the grid and the assignment name the agency, the worker and each other
        // Without the agency, both references to it dangle.
        assertThat(CitySnapshot.builder("510300", LocalDate.of(2025, 6, 30)).add(grid, worker, assignment).build()
                        .referenceProblems())
                .extracting(ReferenceProblem::elementType, ReferenceProblem::elementId, ReferenceProblem::field,
                        ReferenceProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("Grid", "G-COMM-1", "dividedById", "ORG-ZLJ-AGENCY"),
                        tuple("Assignment", "A-W-1", "assignedById", "ORG-ZLJ-AGENCY"));
    }

    @Test
    void embedding_2_logs_one_line_per_finding_and_finds_exactly_the_generated_breaches() {
        List<String> injected = List.of("ZG-07-03", "ZG-08-01", "ZG-14-01", "ZG-18-01", "ZG-21-01");
        CityGenerator.Builder generator = CityGenerator.builder().seed(20240201L).scale(Scale.TINY)
                .breachRate(0.0).minimumBreachesPerConstraint(1);
        injected.forEach(id -> generator.breachRate(id, 0.001));
        GeneratedCity city = generator.generate();
        CitySnapshot snapshot = city.snapshot();
        RecordingLogger log = new RecordingLogger();

        // doc:begin embedding.md#2
        RuleEngine engine = RuleEngine.zigong();            // compile once (seconds), share: it is thread-safe
        CheckReport report = engine.check(snapshot, LocalDate.of(2025, 6, 30));
        report.findings().forEach(f -> log.info("{} {} {} {}", f.constraintId(), f.severity(), f.subject(), f.messageZh()));
        report.countsBySeverity();                          // {VIOLATION=…, WARNING=…, NOTICE=…}
        report.pack();                                      // which version of the Measures was applied
        // doc:end

        assertThat(report.findings().stream().map(f -> f.constraintId() + " " + f.subject().kind() + " " + f.subject().id()))
                .containsExactlyInAnyOrderElementsOf(city.expected().stream()
                        .map(b -> b.constraintId() + " " + b.subjectKind() + " " + b.subjectId()).toList());
        assertThat(report.findings().stream().map(Finding::constraintId).distinct()).containsExactlyInAnyOrderElementsOf(injected);
        assertThat(log.lines()).hasSize(report.findings().size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            assertThat(log.lines().get(i)).startsWith("INFO " + f.constraintId() + " " + f.severity() + " " + f.subject() + " ")
                    .endsWith(f.messageZh());
        }
        assertThat(report.countsBySeverity().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.findings().size());
        assertThat(report.countsBySeverity()).containsKeys(Severity.VIOLATION, Severity.WARNING);
        assertThat(report.pack()).isEqualTo(engine.packInForce(LocalDate.of(2025, 6, 30)));
        assertThat(report.pack().inForceFrom()).isBeforeOrEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void embedding_3_an_incremental_session_reports_what_a_new_case_and_an_ended_assignment_change() {
        RuleEngine engine = engine();
        CitySnapshot snapshot = sample;
        LocalDate asOf = sample.asOf();
        Case resolvedOnSpot = byId(sample.cases(), Case::id, "K-2");
        Case newCase = new Case("K-3", resolvedOnSpot.source(), null, MatterCategory.OUTSIDE_ARTICLE_9, false, false,
                resolvedOnSpot.gridId(), resolvedOnSpot.collectedById(), resolvedOnSpot.timeline(), null, List.of(), List.of(),
                true, VerificationOutcome.RESOLVED, Set.of("sha256:cc03"), Set.of(), "a request outside Art. 9");
        Assignment a = byId(sample.assignments(), Assignment::id, "A-W-1");
        Assignment changedAssignment = new Assignment(a.id(), a.workerId(), a.gridId(), a.assignedById(), a.from(),
                LocalDate.of(2025, 5, 31));

        // doc:begin embedding.md#3
        try (IncrementalSession session = engine.openSession(snapshot, asOf)) {
            FindingChanges changes = session.insert(newCase).update(changedAssignment).changes();
            keep(changes.appeared());     // findings that are new
            keep(changes.disappeared());  // findings that no longer hold
        }
        // doc:end

        assertThat(kept).hasSize(2);
        @SuppressWarnings("unchecked") List<Finding> appeared = (List<Finding>) kept.get(0);
        @SuppressWarnings("unchecked") List<Finding> disappeared = (List<Finding>) kept.get(1);
        assertThat(findingKeys(appeared))
                .contains("ZG-09-01 K-3")          // a case outside the eight matters of Art. 9
                .contains("ZG-12-01 G-COMM-1");    // its only worker's assignment ended before the check date
        assertThat(disappeared).isEmpty();         // the sample city complied
    }

    /** The host's own test suite of docs/embedding.md, run by the embedding_4 tests (surefire skips nested classes). */
    static class HostTestSuite {

        // doc:begin embedding.md#4
        @Test
        void our_grid_register_complies_with_articles_7_8_12_and_21() {
            Compliance.of(SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml")))
                    .underArticles(7, 8, 12, 21)
                    .withWaiver(Waiver.of("ZG-08-01", "G-0042", "old town grid; merger approved for 2026", LocalDate.of(2030, 6, 30)))
                    .assertCompliant();
        }

        @TestFactory
        Stream<DynamicNode> our_scenarios() {
            return WanggeScenarios.in(Path.of("src/test/scenarios"));
        }
        // doc:end
    }

    @Test
    void embedding_4_our_register_complies_thanks_to_the_waiver_and_fails_without_it() {
        new HostTestSuite().our_grid_register_complies_with_articles_7_8_12_and_21();   // AssertionError if not

        assertThatThrownBy(() -> Compliance.of(SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml")))
                .underArticles(7, 8, 12, 21).assertCompliant())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZG-08-01 WARNING")
                .hasMessageContaining("G-0042");
    }

    @Test
    void embedding_4_our_scenarios_become_one_passing_test_per_scenario() throws Throwable {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> containers = new ArrayList<>();
        new HostTestSuite().our_scenarios().forEach(node -> {
            containers.add(node.getDisplayName());
            ((DynamicContainer) node).getChildren().forEach(t -> tests.add((DynamicTest) t));
        });

        assertThat(containers).containsExactly("grid-register.scenarios.yaml");
        assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly(
                "our city as exported has only the waived old-town grid finding",
                "merging 150 households into the old-town grid makes it comply");
        for (DynamicTest t : tests) {
            t.getExecutable().execute();                  // an AssertionError names what was expected and what came
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/grid-code-scheme.md

    // doc:begin grid-code-scheme.md#1
    public final class OtherCityGridCodeScheme implements GridCodeScheme {
        @Override public String name() { return "other-city-v1"; }          // stable, recorded with findings

        @Override public List<String> violations(String code) {             // never throw; empty = valid
            if (code == null) return List.of("a grid code is required");
            return code.matches("OC-\\d{4}") ? List.of() : List.of("must be OC- and four digits");
        }

        @Override public Optional<StatisticalDivisionCode> divisionOf(String code) {
            return Optional.empty();                                        // if the code does not encode the area
        }
    }
    // doc:end

    @Test
    void grid_code_scheme_1_another_citys_scheme_judges_codes_and_gates_grid_codes() {
        GridCodeScheme scheme = new OtherCityGridCodeScheme();

        assertThat(scheme.name()).isEqualTo("other-city-v1");
        assertThat(scheme.violations("OC-0042")).isEmpty();
        assertThat(scheme.isValid("OC-0042")).isTrue();
        assertThat(scheme.violations(null)).containsExactly("a grid code is required");
        assertThat(scheme.violations("510302001001001")).containsExactly("must be OC- and four digits");
        assertThat(scheme.isValid("OC-42")).isFalse();
        assertThat(scheme.divisionOf("OC-0042")).isEmpty();

        assertThat(GridCode.of("OC-0042", scheme).value()).isEqualTo("OC-0042");
        assertThatThrownBy(() -> GridCode.of("510302001001001", scheme))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("GridCode.value")
                .hasMessageContaining("other-city-v1")
                .hasMessageContaining("must be OC- and four digits");
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/model.md

    @Test
    void model_1_the_builder_dispatches_facts_by_type_and_rebuilds_the_sample_city() {
        AdministrativeDivision division = byId(sample.divisions(), AdministrativeDivision::code, "510302001001");
        Organisation agency = byId(sample.organisations(), Organisation::id, "ORG-ZLJ-AGENCY");
        Grid grid = byId(sample.grids(), Grid::id, "G-COMM-1");
        GridWorker worker = byId(sample.workers(), GridWorker::id, "W-1");
        Assignment assignment = byId(sample.assignments(), Assignment::id, "A-W-1");
        List<Object> moreFacts = new ArrayList<>(sample.facts());
        moreFacts.removeAll(List.of(division, agency, grid, worker, assignment));

        // doc:begin model.md#1
        CitySnapshot snapshot = CitySnapshot.builder("510300", LocalDate.of(2025, 6, 30))
                .add(division, agency, grid, worker, assignment)   // any facts, dispatched by type
                .addAll(moreFacts)                                  // any Iterable of facts
                .build();
        List<ReferenceProblem> problems = snapshot.referenceProblems();
        List<Object> all = snapshot.facts();                       // every fact, unmodifiable
        // doc:end

        assertThat(problems).isEmpty();                             // the same facts as the consistent sample city
        assertThat(all).hasSameSizeAs(sample.facts()).containsExactlyInAnyOrderElementsOf(sample.facts());
        assertThat(snapshot.divisions()).contains(division);
        assertThat(snapshot.organisations()).contains(agency);
        assertThat(snapshot.grids()).hasSameElementsAs(sample.grids());
        assertThat(snapshot.cases()).isEqualTo(sample.cases());
        assertThatThrownBy(() -> all.add("not a fact")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CitySnapshot.builder("510300", LocalDate.of(2025, 6, 30)).add("not a fact"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("is not a fact of the Wangge model");
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/process.md

    @Test
    void process_1_a_dispute_goes_from_report_to_closure_and_the_audit_trail_says_so() {
        Organisation justice = new Organisation("ORG-ZLJ-JUSTICE", "自流井区司法局", OrganisationKind.DEPARTMENT,
                GovernmentLevel.COUNTY, DepartmentKind.JUSTICE_ADMINISTRATION, "510302", null);
        Organisation[] organisations = Stream.concat(sample.organisations().stream(), Stream.of(justice))
                .toArray(Organisation[]::new);

        // doc:begin process.md#1
        try (WanggeProcesses processes = WanggeProcesses.embeddedH2()) {    // zero setup: a fresh in-memory H2 database
            processes.register(organisations);                              // departments and grid agencies the steps name
            CaseHandling cases = processes.caseHandling();
            cases.reportCase(new NewCase("C-1", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES,
                    false, false, "G-COMM-1", "W-1", "neighbours' dispute"));
            cases.accept("C-1", "operator-1");                              // 受理
            keep(cases.responsibleDepartmentKinds("C-1"));                        // [JUSTICE_ADMINISTRATION, PUBLIC_SECURITY]
            cases.assign("C-1", "ORG-ZLJ-JUSTICE", "operator-1");           // 交办, checked by the rules (ZG-15-02, ZG-23-01)
            cases.feedBack("C-1", "ORG-ZLJ-JUSTICE", "mediated");           // 反馈
            cases.verify("C-1", VerificationOutcome.RESOLVED, "operator-1"); // 核查
            cases.close("C-1", "operator-1");                               // 结案
            keep(cases.state("C-1"));                                             // status, open steps, overdue, versions…
            keep(cases.auditTrail("C-1"));                                        // who did what, when, under which rule
        }
        // doc:end

        assertThat(kept).hasSize(3);
        assertThat(kept.get(0)).isEqualTo(Set.of(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.PUBLIC_SECURITY));
        CaseState state = (CaseState) kept.get(1);
        assertThat(state.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(state.openSteps()).isEmpty();
        assertThat(state.overdue()).isFalse();
        assertThat(state.departmentId()).isEqualTo("ORG-ZLJ-JUSTICE");
        assertThat(state.rulePackVersion()).isNotBlank();
        @SuppressWarnings("unchecked") List<AuditEntry> trail = (List<AuditEntry>) kept.get(2);
        assertThat(trail).extracting(AuditEntry::action)
                .containsSubsequence("ACCEPTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
        assertThat(trail).filteredOn(e -> e.action().equals("ASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("operator-1"))
                .satisfies(e -> assertThat(e.rule()).contains("ZG-15-02"));
        assertThat(trail).filteredOn(e -> e.action().equals("CLOSED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("operator-1"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/rules.md

    @Test
    void rules_1_a_check_and_an_incremental_session_see_a_grid_shrink() throws IOException {
        RuleEngine engine = engine();
        CitySnapshot snapshot = sample;
        LocalDate asOf = sample.asOf();
        Grid changedGrid;
        try (Reader city = Files.newBufferedReader(SAMPLE)) {
            changedGrid = byId(SnapshotDocument.parse(city, SAMPLE.toString())
                    .patch("grids", "G-COMM-1", yaml("{households: 260, residents: 700}"))
                    .toSnapshot().grids(), Grid::id, "G-COMM-1");
        }

        // doc:begin rules.md#1
        CheckReport report = engine.check(snapshot, asOf);   // findings ordered by article, counts by severity, pack version
        try (IncrementalSession s = engine.openSession(snapshot, asOf)) {
            FindingChanges c = keep(s.update(changedGrid).changes()); // findings that appeared and disappeared since the last call
        }
        // doc:end

        assertThat(report.findings()).isEmpty();             // the sample city complies
        assertThat(report.summary()).isEqualTo("0 VIOLATION, 0 WARNING, 0 NOTICE");
        assertThat(report.asOf()).isEqualTo(asOf);
        assertThat(report.pack()).isEqualTo(engine.packInForce(asOf));
        FindingChanges changes = (FindingChanges) kept.get(0);
        assertThat(changes.appeared()).extracting(Finding::constraintId, f -> f.subject().id(), Finding::severity)
                .containsExactly(tuple("ZG-08-01", "G-COMM-1", Severity.WARNING));
        assertThat(changes.disappeared()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/snapshot-format.md

    @Test
    void snapshot_format_1_a_document_is_patched_replaced_pruned_and_redated_into_a_new_snapshot() throws IOException {
        FileNode.Mapping fieldsNode = yaml("{households: 260, residents: 700}");
        FileNode.Mapping elementNode = yaml("{id: A-W-1, workerId: W-1, gridId: G-COMM-1, assignedById: ORG-ZLJ-AGENCY,"
                + " from: 2024-02-01, to: 2025-09-30}");
        try (Reader reader = Files.newBufferedReader(SAMPLE)) {
            // doc:begin snapshot-format.md#1
            SnapshotDocument doc = SnapshotDocument.parse(reader, "city.yaml");      // or fromNode(node, "scenario.yaml")
            CitySnapshot changed = doc
                    .patch("grids", "G-COMM-1", fieldsNode)       // merge fields into the element with that id
                    .replaceOrAdd("assignments", elementNode)     // replace by id, or append
                    .remove("budgets", "B-ORG-CITY-GOV-2025")
                    .withAsOf(LocalDate.of(2025, 12, 31))
                    .toSnapshot();                                // checks everything, as reading a file does
            // doc:end

            assertThat(doc.sourceName()).isEqualTo("city.yaml");
            assertThat(doc.toSnapshot()).isEqualTo(sample);                    // documents are immutable
            assertThat(changed.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
            Grid grid = byId(changed.grids(), Grid::id, "G-COMM-1");
            assertThat(grid.households()).isEqualTo(260);
            assertThat(grid.residents()).isEqualTo(700);
            assertThat(grid.name()).isEqualTo(byId(sample.grids(), Grid::id, "G-COMM-1").name());   // merged, not replaced
            assertThat(changed.assignments()).hasSameSizeAs(sample.assignments());
            assertThat(byId(changed.assignments(), Assignment::id, "A-W-1").to()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(changed.budgets()).extracting(b -> b.id())
                    .hasSize(sample.budgets().size() - 1)
                    .doesNotContain("B-ORG-CITY-GOV-2025")
                    .contains("B-ORG-CITY-GOV-2024");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/working-day-calendar.md

    @Test
    void working_day_calendar_1_a_calendar_built_in_code_knows_the_holiday_and_the_make_up_day() {
        // doc:begin working-day-calendar.md#1
        WorkingDayCalendar calendar = WorkingDayCalendar.builder()
                .year(2027, "test schedule")
                .holidays(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 7), "国庆节")
                .makeUpWorkday(LocalDate.of(2027, 9, 26), "国庆节调休")
                .build();
        // doc:end

        assertThat(calendar.coveredYears()).containsExactly(2027);
        assertThat(calendar.source(2027)).contains("test schedule");
        assertThat(LocalDate.of(2027, 10, 1).datesUntil(LocalDate.of(2027, 10, 8)))
                .allSatisfy(d -> assertThat(calendar.isHoliday(d)).as("%s", d).isTrue())
                .allSatisfy(d -> assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse());
        assertThat(calendar.label(LocalDate.of(2027, 10, 4))).contains("国庆节");
        assertThat(LocalDate.of(2027, 9, 26).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(calendar.isMakeUpWorkday(LocalDate.of(2027, 9, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 10))).isFalse();              // an ordinary Sunday
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 9, 30), 1)).isEqualTo(LocalDate.of(2027, 10, 8));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The docs show exactly the regions above.

    private static final Pattern REGION = Pattern.compile(
            "(?ms)^[ \\t]*// doc:begin (\\S+)[ \\t]*\\n(.*?)\\n[ \\t]*// doc:end[ \\t]*$");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^[ \\t]*```java[ \\t]*\\n(.*?)\\n[ \\t]*```[ \\t]*$");
    private static final Pattern KEEP = Pattern.compile("(?m)keep\\((.*?)\\);(?=[ \\t]*(//.*)?$)");

    /** @return the regions of this file by {@code file#n}, as the docs should show them */
    static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Path source : List.of(SOURCE, SPARK_SOURCE)) {
            if (source == SPARK_SOURCE && !Files.isRegularFile(source)) {
                continue; // this example copied out of the repository: docs/spark.md is not there either
            }
            Matcher m = REGION.matcher(Files.readString(source));
            while (m.find()) {
                String code = KEEP.matcher(m.group(2).stripIndent()).replaceAll("$1;").strip();
                assertThat(regions.put(m.group(1), code)).as("region %s is marked twice", m.group(1)).isNull();
            }
        }
        return regions;
    }

    /** @return every java block of docs/*.md by {@code file#n} */
    static Map<String, String> docBlocks() throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        List<Path> docs;
        try (Stream<Path> files = Files.list(DOCS)) {
            docs = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path doc : docs) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(doc));
            for (int n = 1; m.find(); n++) {
                blocks.put(doc.getFileName() + "#" + n, m.group(1).stripIndent().strip());
            }
        }
        return blocks;
    }

    @Test
    void every_java_block_of_the_docs_is_a_marked_region_of_this_file() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DOCS), "docs/ is not two folders up: this example was copied out of the repository");
        Map<String, String> regions = regions();
        Map<String, String> blocks = docBlocks();

        assertThat(blocks).as("java blocks in docs/*.md").hasSizeGreaterThanOrEqualTo(10);
        assertThat(regions.keySet()).as("marked regions (// doc:begin <file>#<n>) against the java blocks of docs/*.md")
                .containsExactlyInAnyOrderElementsOf(blocks.keySet());
        blocks.forEach((key, block) -> assertThat(regions.get(key))
                .as("%s: the doc's java block and the region of DocSnippetsTest must be the same code", key)
                .isEqualTo(block));
    }

    @Test
    void the_comparison_ignores_only_indentation_and_keep() {
        String region = "        try (X x = open()) {\n            keep(x.all());   // all\n        }";
        Matcher m = REGION.matcher("    // doc:begin a.md#1\n" + region + "\n    // doc:end\n");
        assertThat(m.find()).isTrue();
        assertThat(KEEP.matcher(m.group(2).stripIndent()).replaceAll("$1;").strip())
                .isEqualTo("try (X x = open()) {\n    x.all();   // all\n}");
        assertThat(KEEP.matcher("Y y = keep(f(g(1)));\n").replaceAll("$1;")).isEqualTo("Y y = f(g(1));\n");
        Matcher block = JAVA_BLOCK.matcher("text\n\n```java\nint a = 1;\n```\n\n```xml\n<a/>\n```\n");
        assertThat(block.find()).isTrue();
        assertThat(block.group(1)).isEqualTo("int a = 1;");
        assertThat(block.find()).isFalse();
    }
}
