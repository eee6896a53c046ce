package io.kubelab.grader.grade;

import io.kubelab.grader.jvm.Limits;
import java.util.List;

/**
 * GradeOptions says what one grading covers and within which limits, so that the command line, the
 * batch grader, {@code watch} and the kit's self-check ask for a grading in the same terms.
 *
 * <p>The {@link Suite#EXERCISES} graded are every exercise when {@code exerciseIds} is empty, else
 * those named. {@link Stubs#TESTED} runs the tests of exercises left as their stubs too, which the
 * kit's self-check does to prove that a stub earns nothing; graders skip them.
 */
public record GradeOptions(
    boolean hiddenTests, List<String> exerciseIds, Limits limits, Suite suite, Stubs stubs) {

  /** Suite says which tests a grading runs: the exercises', or the kit's own support tests. */
  public enum Suite {
    EXERCISES,
    /** The kit's support tests only; see {@link Catalog#support()}. */
    SUPPORT
  }

  /** Stubs says whether the tests of an exercise still left as its stub run. */
  public enum Stubs {
    /** Not run: a stub earns nothing, which the kit's self-check proves once. */
    SKIPPED,
    TESTED
  }

  public GradeOptions {
    exerciseIds = List.copyOf(exerciseIds);
  }

  public GradeOptions(boolean hiddenTests, List<String> exerciseIds, Limits limits) {
    this(hiddenTests, exerciseIds, limits, Suite.EXERCISES, Stubs.SKIPPED);
  }

  /** The kit's support tests only; see {@link Catalog#support()}. */
  public static GradeOptions support() {
    return new GradeOptions(false, List.of(), Limits.defaults(), Suite.SUPPORT, Stubs.SKIPPED);
  }

  /** These options, but running the tests of exercises left as their stubs too. */
  public GradeOptions withStubsTested() {
    return new GradeOptions(hiddenTests, exerciseIds, limits, suite, Stubs.TESTED);
  }

  /** Every exercise, visible and hidden tests, default limits. */
  public static GradeOptions full() {
    return new GradeOptions(true, List.of(), Limits.defaults());
  }

  /** Every exercise, visible tests only: what a student sees on their own machine. */
  public static GradeOptions visibleOnly() {
    return new GradeOptions(false, List.of(), Limits.defaults());
  }

  /** Only the exercises named, visible and hidden tests. */
  public static GradeOptions only(String... exerciseIds) {
    return new GradeOptions(true, List.of(exerciseIds), Limits.defaults());
  }
}
