package io.kubelab.util;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Kubernetes' pkg/util/doc.go: util may depend on nothing else, so anything may depend on it. */
@DisplayName("The util package")
class UtilBoundaryTest {

  @Test
  @DisplayName("depends on nothing else in the kit")
  void dependsOnNothingElse() {
    noClasses()
        .that()
        .resideInAPackage("io.kubelab.util..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.kubelab.api..",
            "io.kubelab.scheduler..",
            "io.kubelab.registry..",
            "io.kubelab.tools..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/io/kubelab/util/"))
                .importUrl(StringSet.class.getProtectionDomain().getCodeSource().getLocation()));
  }

  @Test
  @DisplayName("keeps the generic sets in a package of their own, which needs nothing of util's")
  void setsStandAlone() {
    noClasses()
        .that()
        .resideInAPackage("io.kubelab.util")
        .should()
        .haveSimpleName("Set")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kubelab.util"));
    noClasses()
        .that()
        .resideInAPackage("io.kubelab.util.sets..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.kubelab.util")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kubelab.util.sets"));
  }
}
