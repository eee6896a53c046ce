package io.kubelab.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The api package")
class ApiBoundaryTest {

  @Test
  @DisplayName("depends on nothing else in the kit")
  void dependsOnNothingElse() {
    noClasses()
        .that()
        .resideInAPackage("io.kubelab.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.kubelab.scheduler..",
            "io.kubelab.registry..",
            "io.kubelab.tools..",
            "io.kubelab.util..")
        .because("the API's value types are what every other package shares")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/io/kubelab/api/"))
                .importUrl(Pod.class.getProtectionDomain().getCodeSource().getLocation()));
  }
}
