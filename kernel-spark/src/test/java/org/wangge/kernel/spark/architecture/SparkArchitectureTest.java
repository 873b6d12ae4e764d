package org.wangge.kernel.spark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * kernel-spark uses the other modules through their public APIs; its public API names no third-party type but Spark's
 * SparkSession, Dataset and Row (a Spark job has no other way in or out); its internals stay internal.
 */
class SparkArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wangge.kernel.spark");

    /** The third-party types the public API may name. */
    private static final Set<String> SPARK_API = Set.of("org.apache.spark.sql.SparkSession", "org.apache.spark.sql.Dataset",
            "org.apache.spark.sql.Row");

    @Test
    void spark_does_not_reach_into_internal_packages_of_other_modules_nor_use_the_test_kit() {
        noClasses().that().resideInAPackage("org.wangge.kernel.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wangge.kernel.rules.internal..",
                        "org.wangge.kernel.model.internal..", "org.wangge.kernel.io..internal..", "org.wangge.kernel.testkit..",
                        "org.wangge.kernel.cli..", "org.wangge.kernel.process..", "org.junit..", "org.assertj..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void only_the_spark_module_uses_its_internal_package() {
        classes().that().resideInAPackage("org.wangge.kernel.spark.internal..")
                .should().onlyBeAccessed().byAnyPackage("org.wangge.kernel.spark..")
                .check(CLASSES);
    }

    @Test
    void the_public_api_names_no_third_party_type_but_sparks_session_dataset_and_row() {
        methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("org.wangge.kernel.spark")
                .should(nameOnlyAllowedTypes())
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> nameOnlyAllowedTypes() {
        return new ArchCondition<>("name only java.*, org.wangge.* and Spark's SparkSession, Dataset and Row") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                types.add(method.getRawReturnType());
                method.getReturnType().getAllInvolvedRawTypes().forEach(types::add);
                method.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
                for (JavaClass t : types) {
                    String name = t.getName();
                    boolean allowed = t.isPrimitive() || name.startsWith("java.") || name.startsWith("org.wangge.")
                            || SPARK_API.contains(name) || (t.isArray() && t.getComponentType().getName().startsWith("java."));
                    if (!allowed || name.startsWith("org.wangge.kernel.spark.internal")) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " names " + name));
                    }
                }
            }
        };
    }

}
