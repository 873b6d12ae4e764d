package org.wangge.kernel.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The model is framework-free: the design card allows java.* and Jakarta Bean Validation, nothing else. */
class ModelArchitectureTest {

    // Plain JUnit tests over the ArchUnit core API: the ArchUnit JUnit 5 engine finds no tests under this JUnit platform.
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.model");

    @Test
    void the_model_depends_only_on_java_and_jakarta_validation() {
        ArchRule rule = classes().that().resideInAPackage("org.wangge.kernel.model..")
                    .should().onlyDependOnClassesThat()
                    .resideInAnyPackage("java..", "jakarta.validation..", "org.wangge.kernel.model..")
                    .because("kernel-model is the plain domain model: no Drools, Flowable, Jackson, Spring or Hibernate");
        rule.check(CLASSES);
    }

    @Test
    void model_packages_do_not_reach_into_internal_packages_of_other_modules() {
        ArchRule rule = classes().that().resideInAPackage("org.wangge.kernel.model..")
                    .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.wangge.kernel.rules..",
                            "org.wangge.kernel.process..", "org.wangge.kernel.testkit..");
        rule.check(CLASSES);
    }
}
