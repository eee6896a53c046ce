package io.kubelab.grader.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubelab.grader.runner.TestEvent.Crashed;
import io.kubelab.grader.runner.TestEvent.Finished;
import io.kubelab.grader.runner.TestEvent.Planned;
import io.kubelab.grader.runner.TestEvent.Result;
import io.kubelab.grader.runner.TestEvent.Started;
import io.kubelab.grader.runner.TestEvent.Status;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * TestEventCodec turns a {@link TestEvent} into the signed line the runner writes and back into the
 * event the grader reads; both sides use this one class, so the format cannot drift between them.
 *
 * <p>A line is {@code <hex HMAC-SHA256> <json>} under the key of one test JVM (see {@link
 * ResultChannel}); a line whose signature does not verify reads as nothing. The JSON's {@code
 * event} field names the kind: {@code method}, {@code started}, {@code result} (a {@link Crashed}
 * one has a {@code stopped} field), {@code class-done} and {@code done}.
 */
public final class TestEventCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] key;
  private final Mac mac;

  /** A codec for the lines of the test JVM that holds {@code key}. */
  public TestEventCodec(byte[] key) {
    this.key = key.clone();
    this.mac = ResultChannel.mac(key);
  }

  /** Returns {@code event} as one signed line, without its line break. */
  public synchronized String encode(TestEvent event) {
    String json = toJson(event);
    return ResultChannel.sign(mac, json) + " " + json;
  }

  /**
   * Returns the event of {@code line} if the runner signed it with this codec's key, else empty:
   * code under test wrote it, or it was cut short when the JVM was killed.
   *
   * @throws IOException if a signed line is not an event, which only a runner of another version
   *     writes
   */
  public Optional<TestEvent> decode(String line) throws IOException {
    Optional<String> json = ResultChannel.verify(key, line);
    return json.isEmpty() ? Optional.empty() : Optional.of(fromJson(json.get()));
  }

  /** Returns the JSON of {@code event}, with every lone surrogate replaced by U+FFFD. */
  static String toJson(TestEvent event) {
    ObjectNode node = JSON.createObjectNode();
    if (event instanceof Planned planned) {
      node.put("event", "method");
      node.put("id", planned.id());
      node.put("class", planned.testClass());
      node.put("name", planned.name());
    } else if (event instanceof Started started) {
      node.put("event", "started");
      node.put("id", started.id());
    } else if (event instanceof Result result) {
      putResult(node, result);
    } else if (event instanceof TestEvent.ClassDone classDone) {
      node.put("event", "class-done");
      node.put("class", classDone.testClass());
    } else {
      node.put("event", "done");
    }
    try {
      return wellFormed(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of text and numbers always writes", e);
    }
  }

  private static void putResult(ObjectNode node, Result result) {
    node.put("event", "result");
    node.put("id", result.id());
    node.put("method", result.method());
    node.put("name", result.name());
    node.put("status", lower(result.status()));
    node.put("message", result.message());
    node.put("output", result.output());
    node.put("seconds", result.seconds());
    if (result instanceof Finished finished) {
      node.put("cpuSeconds", finished.cpuSeconds());
    } else if (result instanceof Crashed crashed) {
      node.put("cpuSeconds", crashed.cpuSeconds());
      node.put("stopped", lower(crashed.cause()));
    }
  }

  /**
   * Replaces each lone surrogate with U+FFFD: a student's exception message may hold one, and UTF-8
   * cannot encode it, so the line would otherwise fail to write and the run would look like a
   * crash.
   */
  static String wellFormed(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1))
              || Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        if (clean == null) {
          clean = new StringBuilder(text.length()).append(text, 0, i);
        }
        clean.append('\uFFFD');
      } else if (clean != null) {
        clean.append(c);
      }
    }
    return clean == null ? text : clean.toString();
  }

  /** Reads the event a runner wrote as {@code json}. */
  static TestEvent fromJson(String json) throws IOException {
    JsonNode node = JSON.readTree(json);
    String kind = node == null ? "" : node.path("event").asText();
    return switch (kind) {
      case "method" -> new Planned(text(node, "id"), text(node, "class"), text(node, "name"));
      case "started" -> new Started(text(node, "id"));
      case "class-done" -> new TestEvent.ClassDone(text(node, "class"));
      case "done" -> new TestEvent.Done();
      case "result" -> node.has("stopped") ? crashed(node) : finished(node);
      default -> throw new IOException("a signed result line holds no test event: " + json);
    };
  }

  private static Finished finished(JsonNode node) throws IOException {
    return new Finished(
        text(node, "id"),
        text(node, "method"),
        text(node, "name"),
        upper(Status.class, text(node, "status")),
        text(node, "message"),
        text(node, "output"),
        node.path("seconds").asDouble(),
        node.path("cpuSeconds").asDouble());
  }

  private static Crashed crashed(JsonNode node) throws IOException {
    return new Crashed(
        text(node, "id"),
        text(node, "method"),
        text(node, "name"),
        upper(Crashed.Cause.class, text(node, "stopped")),
        text(node, "message"),
        text(node, "output"),
        node.path("seconds").asDouble(),
        node.path("cpuSeconds").asDouble());
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException("a signed result line has no text field " + field + ": " + node);
    }
    return value.asText();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E upper(Class<E> type, String name) throws IOException {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IOException(
          "a signed result line has an unknown " + type.getSimpleName() + ": " + name);
    }
  }
}
