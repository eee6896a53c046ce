package io.kubelab.grader.grade;

/**
 * Check is one graded test result: a test method, or one invocation of a parameterized one, with
 * its share of the exercise's points and what a student should read when it did not pass. {@code
 * seconds} is how long the test ran, 0 when it did not run. {@code group} is the rubric group the
 * check counts towards, empty for the one check of an exercise whose tests did not run.
 */
public record Check(
    String exercise,
    String name,
    boolean hidden,
    Status status,
    double score,
    double maxScore,
    String output,
    double seconds,
    String group) {

  /**
   * Status says whether a check passed, failed, or could not be graded at all; the last is never
   * the student's doing.
   */
  public enum Status {
    PASSED,
    FAILED,
    /**
     * The grading machine could not run the check (a test that needs a real etcd where none could
     * be started): neither passed nor failed. It earns nothing and makes the submission's grade
     * incomplete, so every report says so and the instructor grades it again where it can run.
     */
    NOT_GRADED
  }

  public boolean passed() {
    return status == Status.PASSED;
  }

  public boolean notGraded() {
    return status == Status.NOT_GRADED;
  }
}
