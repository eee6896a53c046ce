package io.kubelab.grader;

/**
 * Check is one graded test result: a test method, or one invocation of a parameterized one, with
 * its share of the exercise's points and what a student should read when it failed.
 *
 * <p>A skipped check (a test that needs something this machine lacks, such as a real etcd) earns
 * nothing, like a failed one, and says why in its output. {@code seconds} is how long the test ran,
 * 0 when it did not run. {@code group} is the rubric group the check counts towards, empty for the
 * one check of an exercise whose tests did not run.
 */
public record Check(
    String exercise,
    String name,
    boolean hidden,
    boolean passed,
    boolean skipped,
    double score,
    double maxScore,
    String output,
    double seconds,
    String group) {}
