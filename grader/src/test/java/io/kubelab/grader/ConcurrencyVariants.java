package io.kubelab.grader;

import io.kubelab.grader.grade.Check;
import io.kubelab.grader.grade.ExerciseGrade;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ConcurrencyVariants names the known-wrong variants whose fault is a race: those of the etcd
 * lesson and the schedulers' thread-safety faults, whose verdicts the self-check proves stable.
 */
final class ConcurrencyVariants {
  /** The lesson whose exercises are all about concurrent writers. */
  private static final String ETCD_LESSON = "pr-265";

  /** The schedulers' thread-safety faults. */
  static final List<String> SCHEDULER_FAULTS =
      List.of("random-scheduler/no-lock", "round-robin-scheduler/unlocked-index");

  /**
   * The real-etcd load checks, by their names: many threads against a real server. Their writers
   * read in rounds, but what happens inside a client between its read and its write is the
   * machine's doing. They corroborate; every fault they find has a deterministic check in the same
   * exercise.
   */
  static final List<String> LOAD_CHECKS =
      List.of(
          "runPod loses no pod when eight threads add pods to one machine",
          "runPod loses no acknowledged pod when the leader of three members is killed",
          "runPod loses no acknowledged pod when two clients write with four threads each");

  private ConcurrencyVariants() {}

  /** Whether the check named {@code name} is one of the real-etcd load checks. */
  static boolean isLoadCheck(String name) {
    return LOAD_CHECKS.stream().anyMatch(name::contains);
  }

  /** Returns whether {@code variant} is a known-wrong variant whose fault is a race. */
  static boolean isOne(Variant variant) {
    return !variant.correct()
        && (SCHEDULER_FAULTS.contains(variant.toString())
            || TestKit.kit()
                .catalog()
                .exercise(variant.exercise())
                .orElseThrow()
                .lesson()
                .equals(ETCD_LESSON));
  }

  /** Returns each check's name and whether it passed, leaving out the real-etcd load checks. */
  static Map<String, Boolean> verdicts(ExerciseGrade grade) {
    Map<String, Boolean> verdicts = new TreeMap<>();
    for (Check check : grade.checks()) {
      if (!isLoadCheck(check.name())) {
        verdicts.put(check.name(), check.passed());
      }
    }
    return verdicts;
  }
}
