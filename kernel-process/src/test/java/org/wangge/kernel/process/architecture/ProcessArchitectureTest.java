package org.wangge.kernel.process.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.IncrementalSession;
import org.wangge.kernel.rules.RuleEngine;

/** kernel-process uses kernel-rules only through its public API, and asks the rules only typed questions. */
class ProcessArchitectureTest {

    // Plain JUnit tests over the ArchUnit core API (the ArchUnit JUnit 5 engine finds no tests under this JUnit platform).
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.process");

    /**
     * A finding's evidence keys are what a rule file chose to write, not a contract: the processes ask the pack's
     * queries through RuleEngine's typed methods (responsibleDepartmentKinds, checkAssignment…) instead of running a
     * whole check and reading the evidence of its findings.
     */
    static final ArchRule NO_EVIDENCE_READING = noClasses().that().resideInAPackage("org.wangge.kernel.process..")
            .should().callMethod(Finding.class, "evidence")
            .orShould().callMethod(Finding.class, "evidenceText")
            .orShould().callMethod(RuleEngine.class, "check", CitySnapshot.class, LocalDate.class)
            .orShould().callMethod(RuleEngine.class, "openSession", CitySnapshot.class, LocalDate.class)
            .orShould().dependOnClassesThat().areAssignableTo(CheckReport.class)
            .orShould().dependOnClassesThat().areAssignableTo(IncrementalSession.class)
            .because("processes ask the rules typed questions (queries.drl behind RuleEngine's methods), never evidence keys");

    @Test
    void processes_do_not_reach_into_internal_packages_of_other_modules() {
        noClasses().that().resideInAPackage("org.wangge.kernel.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                        "org.wangge.kernel.model.internal..", "org.wangge.kernel.testkit..")
                .check(CLASSES);
    }

    @Test
    void processes_never_read_a_findings_evidence_nor_run_a_check_of_their_own() {
        NO_EVIDENCE_READING.check(CLASSES);
    }

    @Test
    void the_evidence_rule_catches_a_process_class_that_reads_an_evidence_key_or_runs_a_check() {
        JavaClasses offenders = new ClassFileImporter().importClasses(ReadsEvidenceKey.class, RunsACheck.class);
        assertThat(NO_EVIDENCE_READING.evaluate(offenders).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("ReadsEvidenceKey").contains("evidence()"))
                .anySatisfy(line -> assertThat(line).contains("RunsACheck").contains("check("));
    }

    /** What the processes did before the typed questions: split an evidence string on commas. */
    static final class ReadsEvidenceKey {
        String[] responsible(Finding f) {
            return f.evidence().getOrDefault("responsible", "-").split(",");
        }
    }

    /** A mini-snapshot checked from process code. */
    static final class RunsACheck {
        int findings(RuleEngine rules, CitySnapshot snapshot) {
            return rules.check(snapshot, snapshot.asOf()).findings().size();
        }
    }

    @Test
    void processes_use_neither_snapshot_files_nor_the_test_kit_nor_the_command_line() {
        noClasses().that().resideInAPackage("org.wangge.kernel.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.io..",
                        "org.wangge.kernel.testkit..", "org.wangge.kernel.cli..", "picocli..")
                .because("model <- rules <- process; kernel-io, the test kit and the command line sit beside it, not under it")
                .check(CLASSES);
    }
}
