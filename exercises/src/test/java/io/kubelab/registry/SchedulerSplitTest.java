package io.kubelab.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.kubelab.api.Pod;
import io.kubelab.scheduler.MinionLister;
import io.kubelab.scheduler.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The scheduler split (lesson pr-286, exercise scheduler-split)")
class SchedulerSplitTest {

  @Test
  @DisplayName("io.kubelab.scheduler does not depend on io.kubelab.registry")
  void schedulerDoesNotDependOnRegistry() {
    JavaClasses kit =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location ->
                    location.contains("/io/kubelab/scheduler/")
                        || location.contains("/io/kubelab/registry/"))
            .importUrl(Pod.class.getProtectionDomain().getCodeSource().getLocation());

    noClasses()
        .that()
        .resideInAPackage("io.kubelab.scheduler..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.kubelab.registry..")
        .because(
            "PR #286 moved the scheduler out of the registry: the scheduler must not know the"
                + " registry exists (lesson pr-286, exercise scheduler-split, hint 1)")
        .check(kit);
  }

  @Test
  @DisplayName("the pod storage hands its minion registry itself to the scheduler")
  void storagePassesTheMinionRegistry() throws Exception {
    MinionRegistry minions = new FakeMinionRegistry(List.of("m1"));
    RecordingScheduler scheduler = new RecordingScheduler();
    List<String> stored = new ArrayList<>();
    PodRegistryStorage storage =
        new PodRegistryStorage((machine, pod) -> stored.add(machine), scheduler, minions);

    storage.create(new Pod("web-1", null, null, null));

    assertThat(scheduler.listers)
        .as(
            "hint 3: once MinionRegistry extends MinionLister, PodRegistryStorage can pass"
                + " minionRegistry itself to scheduler.schedule, with no adapter between")
        .singleElement()
        .isSameAs(minions);
    assertThat(stored).containsExactly("m1");
  }

  /** RecordingScheduler remembers the lister it was given and picks its first machine. */
  private static final class RecordingScheduler implements Scheduler {
    final List<MinionLister> listers = new ArrayList<>();

    @Override
    public String schedule(Pod pod, MinionLister minionLister) {
      listers.add(minionLister);
      try {
        return minionLister.list().get(0);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }
}
