package io.kubelab.grader.grade;

/**
 * GroupScore is what a submission earned in one rubric group of an exercise, so a report can say
 * which part of the lesson the lost points belong to.
 */
public record GroupScore(String group, double score, double maxScore) {}
