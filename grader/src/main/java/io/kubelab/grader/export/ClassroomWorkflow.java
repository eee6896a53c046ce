package io.kubelab.grader.export;

import io.kubelab.grader.kit.Catalog;
import io.kubelab.grader.kit.Exercise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<Object> steps = new ArrayList<>();
    steps.add(uses("Checkout code", "actions/checkout@v4"));
    steps.add(javaStep());
    steps.add(
        step(
            "etcd for the lesson on compare-and-swap",
            "sudo apt-get update -qq && sudo apt-get install -y -qq etcd-server"));
    steps.add(step("Build the kubelab command", "./kubelab --version"));
    Map<String, Object> results = new LinkedHashMap<>();
    for (Exercise exercise : catalog.exercises()) {
      Map<String, Object> with = new LinkedHashMap<>();
      with.put("test-name", exercise.id());
      with.put("setup-command", "");
      with.put("command", "./kubelab run " + exercise.id());
      with.put("timeout", 10);
      with.put("max-score", Math.round(exercise.points()));
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("name", exercise.id());
      step.put("id", exercise.id());
      step.put("uses", "classroom-resources/autograding-command-grader@v1");
      step.put("with", with);
      steps.add(step);
      results.put(
          // The reporter reads <RUNNER>_RESULTS with the runner's id upper-cased, hyphens and all.
          exercise.id().toUpperCase(Locale.ROOT) + "_RESULTS",
          "${{ steps." + exercise.id() + ".outputs.result }}");
    }
    Map<String, Object> reporter = new LinkedHashMap<>();
    reporter.put("name", "Autograding Reporter");
    reporter.put("uses", "classroom-resources/autograding-grading-reporter@v1");
    reporter.put("env", results);
    reporter.put(
        "with",
        Map.of(
            "runners",
            catalog.exercises().stream().map(Exercise::id).collect(Collectors.joining(","))));
    steps.add(reporter);

    Map<String, Object> job = new LinkedHashMap<>();
    job.put("runs-on", "ubuntu-latest");
    job.put("if", "github.actor != 'github-classroom[bot]'");
    job.put("steps", steps);
    Map<String, Object> permissions = new LinkedHashMap<>();
    permissions.put("checks", "write");
    permissions.put("actions", "read");
    permissions.put("contents", "read");
    Map<String, Object> workflow = new LinkedHashMap<>();
    workflow.put("name", "Autograding Tests");
    workflow.put("on", List.of("push", "repository_dispatch"));
    workflow.put("permissions", permissions);
    workflow.put("jobs", Map.of("run-autograding-tests", job));
    return Yaml.write(
        "GitHub Classroom autograding, generated from catalog.toml by `kubelab export`.\n"
            + "Each exercise is one test worth its points: it passes when its visible tests pass.",
        workflow);
  }

  /** The step that installs the JDK the kit builds with. */
  static Map<String, Object> javaStep() {
    Map<String, Object> with = new LinkedHashMap<>();
    with.put("distribution", "temurin");
    with.put("java-version", "17");
    Map<String, Object> step = uses("Java 17", "actions/setup-java@v4");
    step.put("with", with);
    return step;
  }

  static Map<String, Object> uses(String name, String action) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("name", name);
    step.put("uses", action);
    return step;
  }

  static Map<String, Object> step(String name, String run) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("name", name);
    step.put("run", run);
    return step;
  }
}
