package org.wangge.kernel.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** kernel-testkit uses the other modules only through their public APIs. */
class TestkitArchitectureTest {

    // Plain JUnit tests over the ArchUnit core API: the ArchUnit JUnit 5 engine finds no tests under this JUnit platform.
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.testkit");

    @Test
    void the_test_kit_does_not_reach_into_internal_packages_of_other_modules() {
        ArchRule rule = noClasses().that().resideInAPackage("org.wangge.kernel.testkit..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                            "org.wangge.kernel.model.internal..", "org.wangge.kernel.process.internal..")
                    .allowEmptyShould(true);
        rule.check(CLASSES);
    }
}
