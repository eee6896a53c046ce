/**
 * Text for a terminal (its width and colours, wrapping, and lessons' Markdown as plain text); it
 * depends on nothing else of the grader.
 */
package io.kubelab.grader.cli.terminal;
