/**
 * The lessons for readers: each lesson, the course introduction and the hints in English and in
 * Chinese, and the static site that shows them with their diagrams drawn.
 */
package io.kubelab.grader.site;
