package io.kubelab.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The StringSet refactor (lesson pr-283-289, exercise stringset-refactor)")
class StringSetRefactorTest {
  private static final JavaClasses KIT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(
              location ->
                  location.contains("/io/kubelab/registry/")
                      || location.contains("/io/kubelab/util/"))
          .importUrl(MinionList.class.getProtectionDomain().getCodeSource().getLocation());

  @Test
  @DisplayName("no set type of its own remains in io.kubelab.registry")
  void noPrivateSetInRegistry() {
    noClasses()
        .that()
        .resideInAPackage("io.kubelab.registry..")
        .should()
        .haveSimpleNameEndingWith("Set")
        .because(
            "PR #283 moved the registry's stringSet to util.StringSet: delete the private stringSet class (hint 2)")
        .check(KIT);
  }

  @Test
  @DisplayName("the minion registry keeps its machines in util.StringSet")
  void minionListUsesStringSet() {
    classes()
        .that()
        .haveFullyQualifiedName(MinionList.class.getName())
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.kubelab.util.StringSet")
        .because("replace the minions field's type with io.kubelab.util.StringSet (hint 1)")
        .check(KIT);
  }
}
