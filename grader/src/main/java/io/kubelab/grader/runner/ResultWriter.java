package io.kubelab.grader.runner;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * ResultWriter appends one signed {@link TestEvent} per line and flushes it at once.
 *
 * <p>Each line is what {@link TestEventCodec} makes of the event, keyed with the secret the grader
 * handed this JVM on its standard input. Code under test can print anything and can even write to
 * the results file, but it cannot produce a line the grader accepts: see {@link ResultChannel}.
 */
final class ResultWriter implements Closeable {
  private final BufferedWriter out;
  private final TestEventCodec codec;

  private ResultWriter(BufferedWriter out, TestEventCodec codec) {
    this.out = out;
    this.codec = codec;
  }

  static ResultWriter open(Path file, byte[] key) throws IOException {
    return new ResultWriter(
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
        new TestEventCodec(key));
  }

  /** Writes {@code event}; flushed so the line survives the JVM being killed right after. */
  synchronized void write(TestEvent event) {
    try {
      out.write(codec.encode(event));
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
