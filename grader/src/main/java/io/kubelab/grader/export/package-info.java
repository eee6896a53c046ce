/**
 * The files the kit hands to other platforms (the Gradescope autograder, the GitHub Classroom
 * workflow, the student kit, and grade-all as Kubernetes and Actions jobs), made from the kit and
 * never from a grade.
 */
package io.kubelab.grader.export;
