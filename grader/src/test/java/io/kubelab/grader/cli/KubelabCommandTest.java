package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as its users type it (the kit under test is this checkout). */
@DisplayName("The kubelab command line")
class KubelabCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  @DisplayName("grade writes Gradescope's results.json and exits 0, whatever the score")
  void gradeWritesResults(@TempDir Path dir) throws Exception {
    Path results = dir.resolve("results.json");

    int status =
        run("grade", "../exercises", "--exercise", "scheduler-split", "--json", results.toString());

    assertThat(status).isZero();
    assertThat(results).isRegularFile();
    assertThat(Files.readString(results)).contains("\"extra_data\"", "\"tests\"", "\"visibility\"");
    assertThat(out.toString()).contains("scheduler-split", "0.0 / 15.0");
  }

  @Test
  @DisplayName("grade refuses a submission that does not exist with a usage error")
  void gradeMissingSubmission() {
    assertThat(run("grade", "/no/such/submission")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or directory");
  }

  @Test
  @DisplayName("solution stays closed until the exercise passes its visible tests")
  void solutionIsEarned() {
    assertThat(run("solution", "random-scheduler")).isZero();

    assertThat(out.toString())
        .contains("does not pass its visible tests yet")
        .doesNotContain("===");
  }

  @Test
  @DisplayName("lesson renders a lesson's Markdown for the terminal")
  void lessonRenders() {
    assertThat(run("lesson", "pr-265")).isZero();

    assertThat(out.toString())
        .startsWith("PR #265: etcd compare-and-swap removes a race\n====")
        .doesNotContain("```");
  }

  @Test
  @DisplayName("names the exercises when given one that does not exist")
  void unknownExercise() {
    assertThat(run("run", "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown exercise nope", "random-scheduler");
  }
}
