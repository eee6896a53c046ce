package io.kubelab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelab.grader.runner.TestEvent.Crashed;
import io.kubelab.grader.runner.TestEvent.Finished;
import io.kubelab.grader.runner.TestEvent.Status;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The test event codec")
class TestEventCodecTest {
  private static final String METHOD = "[engine:junit-jupiter]/[class:a.B]/[test-template:n(int)]";
  private static final String INVOCATION = METHOD + "/[test-template-invocation:#1]";

  private static final List<TestEvent> EVERY_KIND =
      List.of(
          new TestEvent.Planned(METHOD, "a.B", "B › n"),
          new TestEvent.Started(INVOCATION),
          new Finished(INVOCATION, METHOD, "B › n › [1]", Status.PASSED, "", "hi\n", 0.25, 0.125),
          new Finished(INVOCATION, METHOD, "B › n › [2]", Status.ABORTED, "no etcd", "", 0, 0),
          new Crashed(
              INVOCATION, METHOD, "B › n › [3]", Crashed.Cause.WALL_CLOCK, "waited", "", 60, 0.5),
          new Crashed(INVOCATION, METHOD, "B", Crashed.Cause.NOT_RUN, "skipped", "", 0, 0),
          new TestEvent.ClassDone("a.B"),
          new TestEvent.Done());

  @Test
  @DisplayName("reads back every kind of event exactly as it was written")
  void roundTrips() throws IOException {
    TestEventCodec codec = new TestEventCodec(ResultChannel.newKey());

    for (TestEvent event : EVERY_KIND) {
      assertThat(codec.decode(codec.encode(event)))
          .as("the event read back from its own signed line: " + event)
          .contains(event);
    }
  }

  @Test
  @DisplayName("reads nothing from a line signed under another JVM's key or edited after signing")
  void dropsForgedLines() throws IOException {
    TestEventCodec codec = new TestEventCodec(ResultChannel.newKey());
    TestEventCodec earlier = new TestEventCodec(ResultChannel.newKey());
    String failed =
        codec.encode(new Finished(INVOCATION, METHOD, "B", Status.FAILED, "no", "", 0, 0));

    assertThat(codec.decode(earlier.encode(new TestEvent.Done())))
        .as("a line signed with an earlier JVM's key")
        .isEmpty();
    assertThat(codec.decode(failed.replace("\"failed\"", "\"passed\"")))
        .as("a failure edited into a pass after it was signed")
        .isEmpty();
    assertThat(codec.decode("{\"event\":\"done\"}")).as("an unsigned line").isEmpty();
  }

  @Test
  @DisplayName("writes a lone surrogate of a message as U+FFFD, so the line still encodes")
  void replacesLoneSurrogates() throws IOException {
    TestEventCodec codec = new TestEventCodec(ResultChannel.newKey());

    TestEvent read =
        codec
            .decode(
                codec.encode(
                    new Finished(INVOCATION, METHOD, "B", Status.FAILED, "a \uD800 b", "", 0, 0)))
            .orElseThrow();

    assertThat(((Finished) read).message())
        .as("the message with its lone surrogate replaced")
        .isEqualTo("a \uFFFD b");
  }

  @Test
  @DisplayName("refuses a signed line that holds no event, naming what it held")
  void refusesSignedNonsense() {
    byte[] key = ResultChannel.newKey();
    String json = "{\"event\":\"mystery\"}";
    String line = ResultChannel.sign(ResultChannel.mac(key), json) + " " + json;

    assertThatThrownBy(() -> new TestEventCodec(key).decode(line))
        .as("a signed line of an unknown kind")
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mystery");
  }
}
