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
      String json = mapper.writeValueAsString(event);
      out.write(ResultChannel.sign(mac, json));
      out.write(' ');
      out.write(json);
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
