package org.wangge.kernel.io.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** kernel-io is production code: the public APIs of the model and the rules, and no test, CLI or process library. */
class IoArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.io");

    @Test
    void io_does_not_reach_into_internal_packages_of_other_modules() {
        noClasses().that().resideInAPackage("org.wangge.kernel.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                        "org.wangge.kernel.model.internal..", "org.wangge.kernel.process..")
                .check(CLASSES);
    }

    @Test
    void io_uses_no_test_kit_command_line_or_test_library() {
        noClasses().that().resideInAPackage("org.wangge.kernel.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.testkit..",
                        "org.wangge.kernel.cli..", "org.junit..", "org.assertj..", "org.opentest4j..", "picocli..",
                        "com.tngtech.archunit..", "org.quicktheories..")
                .because("a production host takes kernel-io in main scope: rules <- io <- testkit <- cli")
                .check(CLASSES);
    }

    @Test
    void the_packages_of_io_form_no_cycle() {
        // report renders a history; history (the ledger) must not need the renderers: both mask with the model's Masking
        slices().matching("org.wangge.kernel.io.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
