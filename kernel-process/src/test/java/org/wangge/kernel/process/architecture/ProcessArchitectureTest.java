package org.wangge.kernel.process.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** kernel-process uses kernel-rules only through its public API. */
class ProcessArchitectureTest {

    // Plain JUnit tests over the ArchUnit core API (the ArchUnit JUnit 5 engine finds no tests under this JUnit platform).
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.process");

    @Test
    void processes_do_not_reach_into_internal_packages_of_other_modules() {
        noClasses().that().resideInAPackage("org.wangge.kernel.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                        "org.wangge.kernel.model.internal..", "org.wangge.kernel.testkit..")
                .check(CLASSES);
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
