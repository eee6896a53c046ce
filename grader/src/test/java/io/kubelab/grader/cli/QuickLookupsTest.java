package io.kubelab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The look-ups answered without picocli (the kit under test is this checkout). */
@DisplayName("The quick text look-ups")
class QuickLookupsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private OptionalInt quick(String... args) {
    return QuickLookups.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String throughPicocli(String... args) {
    StringWriter text = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(text, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(commandLine.execute(args)).as("picocli ran " + String.join(" ", args)).isZero();
    return text.toString();
  }

  @Test
  @DisplayName("lesson prints what the lesson command prints, by id, number and file name")
  void lessonAsTheCommand() {
    for (String name : new String[] {"pr-286", "2", "pr-286-scheduler", "intro"}) {
      out.getBuffer().setLength(0);

      OptionalInt status = quick("lesson", name);

      assertThat(status).as("lesson " + name + " is answered, with status 0").hasValue(0);
      assertThat(out.toString())
          .as("lesson " + name + " prints what the lesson command prints")
          .isNotEmpty()
          .isEqualTo(throughPicocli("lesson", name));
    }
  }

  @Test
  @DisplayName("options, unknown names and other commands are left to picocli, untouched")
  void leavesTheRestToPicocli() {
    String[][] others = {
      {"lesson", "pr-286", "--lang", "en"},
      {"lesson", "--help"},
      {"hint", "no-such-exercise"},
      {"solution", "no-such-exercise"},
      {"lesson", "no-such-lesson"},
      {"hint"},
      {"watch"},
      {"run", "random-scheduler"},
      {"hint", "@arguments.txt"}
    };
    for (String[] args : others) {
      assertThat(quick(args)).as(String.join(" ", args) + " is left to picocli").isEmpty();
    }
    assertThat(out.toString() + err.toString())
        .as("nothing is printed for what is left to picocli")
        .isEmpty();
  }
}
