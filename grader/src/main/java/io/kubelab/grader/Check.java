package io.kubelab.grader;

/**
 * Check is one graded test result: a test method, or one invocation of a parameterized one, with
 * its share of the exercise's points and what a student should read when it failed.
 */
public record Check(
    String exercise,
    String name,
    boolean hidden,
    boolean passed,
    double score,
    double maxScore,
    String output) {}
