/**
 * Benchmarks of the grader itself: they print numbers, never pass or fail, and are run by hand or
 * by an instructor who wants to know what a class will cost ({@code ./kubelab bench grade-all}).
 */
package io.kubelab.grader.bench;
