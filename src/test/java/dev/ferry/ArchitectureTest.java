package dev.ferry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of style.md: api/ is data, translate/ is pure, only reconcile/ talks to the API server. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ferry");
    }

    @Test
    void theImportSeesTheLayers() {
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("dev.ferry.translate"))
                .anyMatch(p -> p.startsWith("dev.ferry.reconcile"))
                .anyMatch(p -> p.startsWith("dev.ferry.api"));
    }

    @Test
    void translateDependsOnNeitherTheClientNorJosdk() {
        noClasses().that().resideInAPackage("dev.ferry.translate..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.javaoperatorsdk..", "io.fabric8.kubernetes.client..", "io.quarkus..",
                        "jakarta.enterprise..", "dev.ferry.reconcile..", "dev.ferry.config..")
                .because("translation must run offline (CLI, golden tests) exactly as the operator runs it")
                .check(classes);
    }

    @Test
    void apiIsDataOnly() {
        noClasses().that().resideInAPackage("dev.ferry.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.javaoperatorsdk..", "dev.ferry.translate..", "dev.ferry.reconcile..", "io.quarkus..")
                .because("custom resource classes are data only")
                .check(classes);
    }

    @Test
    void translateReadsNoClockAndNoEnvironment() {
        noClasses().that().resideInAPackage("dev.ferry.translate..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("translators are pure functions of their inputs")
                .check(classes);
    }
}
