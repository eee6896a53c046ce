package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The lesson command in either language (the kit under test is this checkout). */
@DisplayName("kubelab lesson --lang")
class LessonLanguageCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  @DisplayName("zh prints the Chinese lesson, without its front matter")
  void chineseLesson() {
    assertThat(run("lesson", "pr-286", "--lang", "zh")).as("exit status").isZero();

    assertThat(out.toString())
        .as("the Chinese lesson of PR #286")
        .startsWith("PR #286：scheduler 终于有自己独立的包了\n")
        .contains("提示：已折叠；`./kubelab hint random-scheduler` 一次显示一条。")
        .doesNotContain("sidebar_position", "```");
  }

  @Test
  @DisplayName("intro prints the course introduction in the language asked for")
  void introduction() {
    assertThat(run("lesson", "intro", "--lang", "en")).as("exit status").isZero();

    assertThat(out.toString())
        .as("the English introduction")
        .startsWith("The course: three pull requests from June 2014\n")
        .contains("#283 → #286 → #265");
  }

  @Test
  @DisplayName("an unknown language is a usage error that names the languages")
  void unknownLanguage() {
    assertThat(run("lesson", "pr-286", "--lang", "fr")).as("exit status").isEqualTo(2);

    assertThat(err.toString()).as("the error").contains("unknown language 'fr'", "zh");
  }
}
