package org.stepwise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Package-by-feature rules, checked on the production classes. */
class ArchitectureTest {

    private static final String BASE = "org.stepwise";
    private static final Pattern FEATURE_PART = Pattern.compile("^org\\.stepwise\\.([a-z]+)(?:\\.(ui|internal))?(?:\\..*)?$");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void there_are_no_cycles_between_features() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void no_feature_reaches_into_another_features_ui_or_internal_package() {
        classes().that().resideInAPackage(BASE + "..")
                .should(new ArchCondition<>("use other features only through their root package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> originFeature = feature(origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Matcher target = FEATURE_PART.matcher(dependency.getTargetClass().getPackageName());
                            if (target.matches() && target.group(2) != null
                                    && !Optional.of(target.group(1)).equals(originFeature)) {
                                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void the_block_language_worlds_and_grading_are_plain_java() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAnyPackage(BASE + ".program..", BASE + ".world..", BASE + ".grading..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..", "javax.sql..",
                        "jakarta..")
                .because("the engine must run anywhere: in tests in microseconds, on the command line, in any service")
                .check(classes);
    }

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
    }

    private static Optional<String> feature(String packageName) {
        Matcher m = FEATURE_PART.matcher(packageName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
