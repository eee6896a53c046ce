/**
 * A student's submission and the private workspace that lays it over a pristine copy of the kit; it
 * depends on the kit alone.
 */
package io.kubelab.grader.submission;
