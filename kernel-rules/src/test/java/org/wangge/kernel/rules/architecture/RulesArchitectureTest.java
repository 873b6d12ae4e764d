package org.wangge.kernel.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Dependency directions of kernel-rules: model below, processes and test kit above. */
class RulesArchitectureTest {

    // Plain JUnit tests over the ArchUnit core API: the ArchUnit JUnit 5 engine finds no tests under this JUnit platform.
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel");

    @Test
    void the_rules_do_not_depend_on_the_processes_or_the_test_kit() {
        ArchRule rule = noClasses().that().resideInAPackage("org.wangge.kernel.rules..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.process..", "org.wangge.kernel.testkit..",
                            "org.wangge.kernel.io..", "org.wangge.kernel.cli..")
                    .because("kernel-process, kernel-io, kernel-testkit and kernel-cli build on kernel-rules, never the other way round");
        rule.check(CLASSES);
    }

    @Test
    void the_public_api_package_does_not_depend_on_drools() {
        ArchRule rule = classes().that().resideInAPackage("org.wangge.kernel.rules")
                    .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.drools..", "org.kie.internal..")
                    .because("hosts use the API in domain words; Drools stays behind it");
        rule.check(CLASSES);
    }

    @Test
    void only_the_rules_module_uses_its_internal_package() {
        ArchRule rule = classes().that().resideInAPackage("org.wangge.kernel.rules.internal..")
                    .should().onlyBeAccessed().byAnyPackage("org.wangge.kernel.rules..");
        rule.check(CLASSES);
    }
}
