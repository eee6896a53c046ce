/**
 * The test JVMs a grading starts, warms, pools, bounds and stops; what runs inside them belongs to
 * the runner, which these classes start but never call.
 */
package io.kubelab.grader.jvm;
