package io.kubelab.grader.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import javax.crypto.Mac;

/**
 * ResultWriter appends one signed JSON object per line and flushes it at once.
 *
 * <p>Each line is {@code <hex HMAC-SHA256> <json>}, keyed with the secret the grader handed this
 * JVM on its standard input. Code under test can print anything and can even write to the results
 * file, but it cannot produce a line the grader accepts: see {@link ResultChannel}.
 */
final class ResultWriter implements Closeable {
  private final ObjectMapper mapper = new ObjectMapper();
  private final BufferedWriter out;
  private final Mac mac;

  private ResultWriter(BufferedWriter out, Mac mac) {
    this.out = out;
    this.mac = mac;
  }

  static ResultWriter open(Path file, byte[] key) throws IOException {
    return new ResultWriter(
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
        ResultChannel.mac(key));
  }

  /** Writes {@code event}; flushed so the line survives the JVM being killed right after. */
  synchronized void write(Map<String, ?> event) {
    try {
      String json = wellFormed(mapper.writeValueAsString(event));
      out.write(ResultChannel.sign(mac, json));
      out.write(' ');
      out.write(json);
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
