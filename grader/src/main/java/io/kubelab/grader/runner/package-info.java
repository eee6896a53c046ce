/**
 * The test runner that lives in the child JVM: it runs the selected test classes with the JUnit
 * Platform and reports each result as one signed {@link TestEvent} line, so the grader keeps every
 * result written before a test hangs, exits the JVM or runs out of memory.
 */
package io.kubelab.grader.runner;
