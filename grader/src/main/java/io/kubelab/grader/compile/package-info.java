/**
 * Compiling a workspace in process, recompiling only what a change can affect, and the compiled kit
 * that demos and benchmarks run; it sits above the test JVMs, whose classpath it compiles against.
 */
package io.kubelab.grader.compile;
