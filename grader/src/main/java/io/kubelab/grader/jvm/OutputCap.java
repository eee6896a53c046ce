package io.kubelab.grader.jvm;

import io.kubelab.grader.process.ProcessTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * OutputCap drains what a test JVM prints, keeps only its last few kilobytes for the report, and
 * kills the JVM once it has printed more than the cap.
 *
 * <p>Nothing is written to disk, so a test that prints without end costs neither disk nor the
 * grader's memory: it is stopped at the cap and reported, and the grader goes on with the next test
 * in a fresh JVM.
 */
final class OutputCap {
  private static final int TAIL_BYTES = 2000;

  private final Process process;
  private final long capBytes;
  private final byte[] tail = new byte[TAIL_BYTES];
  private final AtomicBoolean exceeded = new AtomicBoolean();
  private final Thread reader;
  private long total;

  private OutputCap(Process process, long capBytes) {
    this.process = process;
    this.capBytes = capBytes;
    this.reader = new Thread(this::drain, "kubelab-output-" + process.pid());
    reader.setDaemon(true);
  }

  /** Starts draining {@code process}'s standard output (with standard error merged into it). */
  static OutputCap start(Process process, long capBytes) {
    OutputCap cap = new OutputCap(process, capBytes);
    cap.reader.start();
    return cap;
  }

  private void drain() {
    byte[] buffer = new byte[8192];
    try (InputStream in = process.getInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        synchronized (this) {
          keep(buffer, n);
          total += n;
        }
        if (total > capBytes && !exceeded.getAndSet(true)) {
          ProcessTree.end(process);
        }
      }
    } catch (IOException closed) {
      // The process is gone; what was read is all there is.
    }
  }

  private void keep(byte[] buffer, int n) {
    int from = Math.max(0, n - TAIL_BYTES);
    int kept = n - from;
    System.arraycopy(tail, kept, tail, 0, TAIL_BYTES - kept);
    System.arraycopy(buffer, from, tail, TAIL_BYTES - kept, kept);
  }

  /** Waits until everything the process printed has been read. */
  void join() throws InterruptedException {
    reader.join();
  }

  /** Returns whether the process printed more than the cap and was killed for it. */
  boolean exceeded() {
    return exceeded.get();
  }

  /** Returns the last {@value #TAIL_BYTES} bytes printed, as text. */
  synchronized String tail() {
    int length = (int) Math.min(total, TAIL_BYTES);
    return new String(tail, TAIL_BYTES - length, length, StandardCharsets.UTF_8);
  }
}
