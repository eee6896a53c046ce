package io.kubelab.grader.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lesson in the terminal keeps its hints folded")
class MarkdownTextTest {
  @Test
  @DisplayName("the hints of an exercise fold into one line that names ./kubelab hint")
  void foldsHints() {
    String lesson =
        String.join(
            "\n",
            "### RandomScheduler (`random-scheduler`, 40 points)",
            "",
            "Write it.",
            "",
            "<details><summary>Hint 1</summary>",
            "",
            "The secret of hint one.",
            "",
            "</details>",
            "",
            "<details><summary>Hint 2</summary>",
            "",
            "The secret of hint two.",
            "",
            "</details>",
            "",
            "After the hints.");

    String text = MarkdownText.render(lesson, false);

    assertThat(text)
        .as("the rendered lesson:%n%s", text)
        .doesNotContain("secret")
        .contains(
            "Write it.\n\nHints: folded; `./kubelab hint random-scheduler` shows them one at a"
                + " time.\n\nAfter the hints.");
  }
}
