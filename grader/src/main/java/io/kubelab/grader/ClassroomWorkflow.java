package io.kubelab.grader;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ClassroomWorkflow writes the GitHub Classroom autograding workflow for a student kit: one {@code
 * autograding-command-grader} step per exercise, worth the exercise's points, that passes when
 * {@code ./kubelab run <exercise>} does, and the reporter step that sums them.
 *
 * <p>A student repository holds only the visible tests, so Classroom's score is the visible part;
 * the instructor's {@code grade-all} (with the hidden checks) remains the grade of record. The
 * real-etcd tests run there because GitHub Actions sets {@code CI=true}, so etcd is installed
 * first.
 */
public final class ClassroomWorkflow {
  /** Where GitHub Classroom looks for it in a student repository. */
  public static final String PATH = ".github/workflows/classroom.yml";

  private ClassroomWorkflow() {}

  public static String render(Catalog catalog) {
    StringBuilder yaml =
        new StringBuilder(
            """
            # GitHub Classroom autograding, generated from catalog.toml by `kubelab export`.
            # Each exercise is one test worth its points: it passes when its visible tests pass.
            name: Autograding Tests
            'on': [push, repository_dispatch]
            permissions:
              checks: write
              actions: read
              contents: read
            jobs:
              run-autograding-tests:
                runs-on: ubuntu-latest
                if: github.actor != 'github-classroom[bot]'
                steps:
                  - name: Checkout code
                    uses: actions/checkout@v4
                  - name: Java 17
                    uses: actions/setup-java@v4
                    with:
                      distribution: temurin
                      java-version: '17'
                  - name: etcd for the lesson on compare-and-swap
                    run: sudo apt-get update -qq && sudo apt-get install -y -qq etcd-server
                  - name: Build the kubelab command
                    run: ./kubelab --version
            """);
    for (Exercise exercise : catalog.exercises()) {
      yaml.append(
          String.format(
              Locale.ROOT,
              """
                      - name: %1$s
                        id: %1$s
                        uses: classroom-resources/autograding-command-grader@v1
                        with:
                          test-name: %1$s
                          setup-command: ''
                          command: ./kubelab run %1$s
                          timeout: 10
                          max-score: %2$d
              """,
              exercise.id(),
              Math.round(exercise.points())));
    }
    yaml.append(
        """
                  - name: Autograding Reporter
                    uses: classroom-resources/autograding-grading-reporter@v1
                    env:
            """);
    for (Exercise exercise : catalog.exercises()) {
      yaml.append(
          String.format(
              Locale.ROOT,
              "          %s_RESULTS: \"${{steps.%s.outputs.result}}\"%n",
              exercise.id().toUpperCase(Locale.ROOT),
              exercise.id()));
    }
    yaml.append("        with:\n          runners: ")
        .append(catalog.exercises().stream().map(Exercise::id).collect(Collectors.joining(",")))
        .append('\n');
    return yaml.toString();
  }
}
