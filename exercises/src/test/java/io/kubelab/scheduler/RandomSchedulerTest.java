package io.kubelab.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.api.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RandomScheduler (lesson pr-286, exercise random-scheduler)")
class RandomSchedulerTest {
  private static final List<String> MACHINES = List.of("m1", "m2", "m3", "m4");
  private static final Pod POD = Pods.newPod("web-1");

  @Test
  @DisplayName("schedules every pod onto one of the listed machines")
  void schedulesOntoListedMachines() throws SchedulingException {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    for (int i = 0; i < 100; i++) {
      assertThat(scheduler.schedule(POD, new FakeMinionLister(MACHINES)))
          .as("hint 2: the machine must come from minionLister.list(): work only with that list")
          .isIn(MACHINES);
    }
  }

  @Test
  @DisplayName("chooses every machine sometimes, not always the same one")
  void choosesEveryMachine() throws SchedulingException {
    Scheduler scheduler = new RandomScheduler(new SplittableRandom(7));
    List<String> chosen = new ArrayList<>();

    for (int i = 0; i < 400; i++) {
      chosen.add(scheduler.schedule(POD, new FakeMinionLister(MACHINES)));
    }

    assertThat(chosen)
        .as("hint 3: random.nextInt(machines.size()) returns every index below the size")
        .containsAll(MACHINES);
  }

  @Test
  @DisplayName("makes the same choices when given the same seed")
  void sameSeedSameChoices() throws SchedulingException {
    Scheduler first = new RandomScheduler(new Random(42));
    Scheduler second = new RandomScheduler(new Random(42));

    for (int i = 0; i < 20; i++) {
      assertThat(first.schedule(POD, new FakeMinionLister(MACHINES)))
          .as("hint 1: use only the injected random source; never create a Random of your own")
          .isEqualTo(second.schedule(POD, new FakeMinionLister(MACHINES)));
    }
  }

  @Test
  @DisplayName("turns a lister failure into a SchedulingException that keeps the cause")
  void listerFailureKeepsCause() {
    ListerException failure = new ListerException("etcd is down");
    Scheduler scheduler = new RandomScheduler(new Random(0));

    assertThatThrownBy(() -> scheduler.schedule(POD, new FailingMinionLister(failure)))
        .as("hint 4: catch ListerException and throw new SchedulingException(message, cause)")
        .isInstanceOf(SchedulingException.class)
        .hasCause(failure);
  }

  @Test
  @DisplayName("refuses an empty minion list with a SchedulingException, not a crash")
  void emptyListIsASchedulingException() {
    Scheduler scheduler = new RandomScheduler(new Random(0));

    assertThatThrownBy(() -> scheduler.schedule(POD, new FakeMinionLister(List.of())))
        .as(
            "hint 4: an empty list has no machine to choose: throw a SchedulingException that"
                + " names the pod before drawing an index")
        .isInstanceOf(SchedulingException.class)
        .hasMessageContaining("web-1");
  }
}
