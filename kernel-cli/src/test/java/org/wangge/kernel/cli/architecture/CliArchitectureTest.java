package org.wangge.kernel.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line uses the other modules through their public APIs only. */
class CliArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.cli");

    @Test
    void the_command_line_does_not_reach_into_internal_packages_of_other_modules() {
        noClasses().that().resideInAPackage("org.wangge.kernel.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                        "org.wangge.kernel.model.internal..", "org.wangge.kernel.process.internal..",
                        "org.wangge.kernel.testkit.internal..", "org.wangge.kernel.io..internal..")
                .check(CLASSES);
    }
}
