/**
 * What the student's commands share: finding and checking one exercise, the progress file that
 * remembers its verdicts and hints, and the language the lessons are shown in.
 */
package io.kubelab.grader.cli.student;
