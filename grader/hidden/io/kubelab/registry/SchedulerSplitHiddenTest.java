package io.kubelab.registry;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kubelab.scheduler.MinionLister;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The scheduler split, hidden checks (lesson pr-286, exercise scheduler-split)")
class SchedulerSplitHiddenTest {
  private static final JavaClasses KIT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.kubelab.api", "io.kubelab.scheduler", "io.kubelab.registry");

  @Test
  @DisplayName("the api, scheduler and registry packages have no dependency cycle")
  void noCycles() {
    slices()
        .matching("io.kubelab.(*)..")
        .should()
        .beFreeOfCycles()
        .because("the registry uses the scheduler, so the scheduler must not use the registry")
        .check(KIT);
  }

  @Test
  @DisplayName("a minion registry is itself a minion lister")
  void minionRegistryIsALister() {
    assertThat(MinionLister.class.isAssignableFrom(MinionRegistry.class))
        .as("hint 2: MinionRegistry extends io.kubelab.scheduler.MinionLister")
        .isTrue();
  }
}
