package io.kubelab.grader.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Long lines wrap at word boundaries")
class TextWrapTest {
  @Test
  @DisplayName("a long line breaks between words, never inside one, and keeps its indentation")
  void wrapsBetweenWords() {
    String text = "  Hint 1 of 5: keep the RandomGenerator you are given in a final field.";

    String wrapped = TextWrap.wrap(text, 30);

    assertThat(wrapped.lines())
        .as("every line fits in 30 columns and starts with the indentation:%n%s", wrapped)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30))
        .allSatisfy(line -> assertThat(line).startsWith("  ").doesNotStartWith("   "));
    assertThat(wrapped.replaceAll("\\s+", " ").strip())
        .as("no word is lost or cut")
        .isEqualTo(text.strip());
  }

  @Test
  @DisplayName("short lines, code and a word longer than the width stay as they are")
  void leavesWhatFits() {
    String code = "    for (int i = 0; i < machines.size(); i++) { chosen.add(machines.get(i)); }";
    String text =
        "short\n\n" + code + "\nhttps://github.com/kubernetes/kubernetes/pull/286/commits";

    assertThat(TextWrap.wrap(text, 30))
        .as("lines that fit, code lines and a single long word are not broken")
        .isEqualTo(text);
  }
}
