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

/** ResultWriter appends one JSON object per line and flushes it at once. */
final class ResultWriter implements Closeable {
  private final ObjectMapper mapper = new ObjectMapper();
  private final BufferedWriter out;

  private ResultWriter(BufferedWriter out) {
    this.out = out;
  }

  static ResultWriter open(Path file) throws IOException {
    return new ResultWriter(
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
  }

  /** Writes {@code event}; flushed so the line survives the JVM being killed right after. */
  synchronized void write(Map<String, ?> event) {
    try {
      out.write(mapper.writeValueAsString(event));
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
