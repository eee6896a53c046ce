package io.kubelab.registry;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.kubelab.scheduler.MinionLister;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The grader's checks of the scheduler split.
 *
 * <p>Only the three packages of the lesson are imported, never all of {@code io.kubelab}: the
 * grader's own classes are on the classpath too, and they are no part of the student's kit.
 */
@DisplayName("The scheduler split, hidden checks (lesson pr-286, exercise scheduler-split)")
class SchedulerSplitHiddenTest {
  private static final JavaClasses KIT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(
              location ->
                  location.contains("/io/kubelab/api/")
                      || location.contains("/io/kubelab/scheduler/")
                      || location.contains("/io/kubelab/registry/"))
          .importUrl(MinionLister.class.getProtectionDomain().getCodeSource().getLocation());

  /**
   * One graded check for the layering as a whole: the api rule alone already holds on the untouched
   * kit, and a check that passes before the exercise is done would give free points.
   */
  @Test
  @DisplayName("api, scheduler and registry are layered: no cycles, and api depends on nothing")
  void packagesAreLayered() {
    CompositeArchRule.of(
            slices()
                .matching("io.kubelab.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                    "the registry calls the scheduler, so the scheduler must not use the registry"
                        + " (read hint 1: MinionLister.fromRegistry is the import to remove)"))
        .and(
            noClasses()
                .that()
                .resideInAPackage("io.kubelab.api..")
                .should()
                .dependOnClassesThat(
                    resideInAPackage("io.kubelab..")
                        .and(resideOutsideOfPackage("io.kubelab.api..")))
                .because("the api's value types are what every other package shares"))
        .check(KIT);
  }

  @Test
  @DisplayName("a minion registry is itself a minion lister")
  void minionRegistryIsALister() {
    assertThat(MinionLister.class.isAssignableFrom(MinionRegistry.class))
        .as(
            "MinionLister.class.isAssignableFrom(MinionRegistry.class). Read hint 2: declare"
                + " interface MinionRegistry extends io.kubelab.scheduler.MinionLister")
        .isTrue();
  }
}
