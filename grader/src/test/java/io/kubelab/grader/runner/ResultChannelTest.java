package io.kubelab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The result channel")
class ResultChannelTest {
  private static final String PASSED = "{\"event\":\"result\",\"id\":\"t\",\"status\":\"passed\"}";

  @Test
  @DisplayName("accepts the lines the runner signed, with the JSON intact")
  void acceptsSignedLines(@TempDir Path dir) throws Exception {
    byte[] key = ResultChannel.newKey();
    Path file = dir.resolve("results.jsonl");

    try (ResultWriter writer = ResultWriter.open(file, key)) {
      writer.write(new TestEvent.Done());
    }

    String line = Files.readAllLines(file).get(0);
    assertThat(ResultChannel.verify(key, line))
        .as("a line signed with the key is accepted and gives back its JSON")
        .contains("{\"event\":\"done\"}");
  }

  @Test
  @DisplayName("carries a message holding a lone surrogate, with U+FFFD in its place")
  void carriesLoneSurrogates(@TempDir Path dir) throws Exception {
    byte[] key = ResultChannel.newKey();
    Path file = dir.resolve("results.jsonl");

    try (ResultWriter writer = ResultWriter.open(file, key)) {
      writer.write(failed("broken \uD800 pair \uDC00 end"));
      writer.write(failed("kept \uD83D\uDE00 pair"));
    }

    var lines = Files.readAllLines(file);
    var json = new ObjectMapper();
    assertThat(lines).as("both events written, one line each").hasSize(2);
    assertThat(json.readTree(ResultChannel.verify(key, lines.get(0)).orElseThrow()).get("message"))
        .as("each lone surrogate became U+FFFD and the line is still signed")
        .hasToString("\"broken \uFFFD pair \uFFFD end\"");
    assertThat(json.readTree(ResultChannel.verify(key, lines.get(1)).orElseThrow()).get("message"))
        .as("a well-formed surrogate pair is kept")
        .hasToString("\"kept \uD83D\uDE00 pair\"");
  }

  private static TestEvent failed(String message) {
    return new TestEvent.Finished("t", "t", "T", TestEvent.Status.FAILED, message, "", 0.1, 0.1);
  }

  @Test
  @DisplayName("drops unsigned, badly signed, edited and replayed lines")
  void dropsForgeries() {
    byte[] key = ResultChannel.newKey();
    byte[] earlierKey = ResultChannel.newKey();
    String signedEarlier = ResultChannel.sign(ResultChannel.mac(earlierKey), PASSED) + " " + PASSED;
    String signed = ResultChannel.sign(ResultChannel.mac(key), PASSED) + " " + PASSED;

    assertThat(ResultChannel.verify(key, PASSED)).as("an unsigned line is refused").isEmpty();
    assertThat(ResultChannel.verify(key, "00 " + PASSED))
        .as("a line with a made-up signature is refused")
        .isEmpty();
    assertThat(ResultChannel.verify(key, signedEarlier))
        .as("a line signed with another key is refused")
        .isEmpty();
    assertThat(ResultChannel.verify(key, signed.replace("passed", "failed")))
        .as("a signed line changed afterwards is refused")
        .isEmpty();
    assertThat(ResultChannel.verify(key, signed))
        .as("the signed line itself is accepted")
        .contains(PASSED);
  }

  @Test
  @DisplayName("reads the key the grader wrote to standard input")
  void readsTheKeyLine() throws Exception {
    byte[] key = ResultChannel.newKey();
    byte[] line = ResultChannel.keyLine(key).getBytes(StandardCharsets.US_ASCII);

    assertThat(ResultChannel.readKey(new ByteArrayInputStream(line)))
        .as("the key read back is the key written")
        .isEqualTo(key);
  }
}
