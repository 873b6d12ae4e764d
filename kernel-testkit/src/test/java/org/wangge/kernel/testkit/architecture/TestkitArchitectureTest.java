package org.wangge.kernel.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** kernel-testkit uses the other modules only through their public APIs. */
class TestkitArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.testkit");

    @Test
    void the_test_kit_does_not_reach_into_internal_packages_of_other_modules() {
        noClasses().that().resideInAPackage("org.wangge.kernel.testkit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                        "org.wangge.kernel.model.internal..", "org.wangge.kernel.process.internal..",
                        "org.wangge.kernel.io..internal..", "org.wangge.kernel.cli..")
                .check(CLASSES);
    }
}
