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
  @DisplayName(
      "grade writes Gradescope's results.json and exits 0 for a complete grade, whatever the score")
  void gradeWritesResults(@TempDir Path dir) throws Exception {
    Path results = dir.resolve("results.json");

    int status =
        run("grade", "../exercises", "--exercise", "scheduler-split", "--json", results.toString());

    assertThat(status).as("grade exits with status 0").isZero();
    assertThat(results).as("grade wrote results.json").isRegularFile();
    assertThat(Files.readString(results))
        .as("results.json has Gradescope's fields")
        .contains("\"extra_data\"", "\"tests\"", "\"visibility\"");
    assertThat(out.toString())
        .as("the console shows scheduler-split's score")
        .contains("scheduler-split", "0.0 / 15.0");
  }

  @Test
  @DisplayName("grade refuses a submission that does not exist with a usage error")
  void gradeMissingSubmission() {
    assertThat(run("grade", "/no/such/submission"))
        .as("a missing submission is a usage error (status 2)")
        .isEqualTo(2);
    assertThat(err.toString())
        .as("the error says the submission does not exist")
        .contains("no such file or directory");
  }

  @Test
  @DisplayName("grade-all refuses a class folder with no submission in it with a usage error")
  void gradeAllEmptyClass(@TempDir Path dir) throws Exception {
    Path classDir = Files.createDirectories(dir.resolve("class"));
    Files.writeString(classDir.resolve("roster.txt"), "alice\n");

    int status = run("grade-all", classDir.toString(), "--out", dir.resolve("out").toString());

    assertThat(status).as("exit status of grade-all on an empty class").isEqualTo(2);
    assertThat(err.toString())
        .as("grade-all's error")
        .contains("no submissions in " + classDir, "roster.txt is neither");
    assertThat(dir.resolve("out")).as("nothing written for an empty class").doesNotExist();
  }

  @Test
  @DisplayName("solution stays closed until the exercise passes its visible tests")
  void solutionIsEarned() {
    assertThat(run("solution", "random-scheduler")).as("solution exits with status 0").isZero();

    assertThat(out.toString())
        .as("the solution is withheld until the visible tests pass")
        .contains("does not pass its visible tests yet")
        .doesNotContain("===");
  }

  @Test
  @DisplayName("lesson renders a lesson's Markdown for the terminal")
  void lessonRenders() {
    assertThat(run("lesson", "pr-265")).as("lesson exits with status 0").isZero();

    assertThat(out.toString())
        .as("the lesson prints as plain text, without Markdown fences")
        .startsWith("PR #265: etcd compare-and-swap removes a race\n====")
        .doesNotContain("```");
  }

  @Test
  @DisplayName("names the exercises when given one that does not exist")
  void unknownExercise() {
    assertThat(run("run", "nope"))
        .as("an unknown exercise is a usage error (status 2)")
        .isEqualTo(2);
    assertThat(err.toString())
        .as("the error names the unknown exercise and a known one")
        .contains("unknown exercise nope", "random-scheduler");
  }
}
