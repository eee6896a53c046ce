/**
 * {@code kubelab watch}: it checks the exercise a student is editing again whenever its files
 * change, and redraws the screen, driven by single keys.
 */
package io.kubelab.grader.cli.watch;
