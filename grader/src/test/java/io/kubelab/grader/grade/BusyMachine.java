package io.kubelab.grader.grade;

import io.kubelab.grader.jvm.JavaCommand;
import io.kubelab.grader.jvm.TestJvm;
import io.kubelab.grader.process.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * BusyMachine saturates the machine on purpose for a test: a child JVM with two spinning threads
 * per core, so a test can show that a grade does not depend on how busy the machine is.
 *
 * <p>The child spins until its standard input closes, so it ends with the test JVM even if that is
 * killed before {@link #close} runs.
 */
final class BusyMachine implements AutoCloseable {
  private final Process spinners;

  private BusyMachine(Process spinners) {
    this.spinners = spinners;
  }

  /** Starts two spinning threads per core, in a child JVM of their own. */
  static BusyMachine start() throws IOException {
    int threads = 2 * Runtime.getRuntime().availableProcessors();
    Process process =
        new ProcessBuilder(
                new JavaCommand()
                    .option("-Xmx16m")
                    .classpath(TestJvm.ownClasspath())
                    .main(Spinner.class.getName(), List.of(Integer.toString(threads)))
                    .toList())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return new BusyMachine(process);
  }

  /** The one-minute load average now, as the kernel reports it. */
  static double loadAverage() throws IOException {
    return Double.parseDouble(
        Files.readString(Path.of("/proc/loadavg")).split(" ")[0].replace(',', '.'));
  }

  /** Returns the CPU seconds the spinners spent so far: proof that they were busy. */
  double cpuSeconds() {
    return spinners.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
  }

  @Override
  public void close() throws InterruptedException {
    ProcessTree.end(spinners);
    spinners.waitFor(30, TimeUnit.SECONDS);
  }

  /** The child's program: spin on {@code args[0]} threads until standard input ends. */
  static final class Spinner {
    /** Where each spinner leaves its result, so the JIT cannot drop its loop as unused. */
    static volatile long sink;

    private Spinner() {}

    public static void main(String[] args) throws IOException {
      for (int i = 0; i < Integer.parseInt(args[0]); i++) {
        Thread spinner =
            new Thread(
                () -> {
                  long x = 0;
                  while (!Thread.currentThread().isInterrupted()) {
                    x = x * 31 + 7;
                  }
                  sink = x;
                });
        spinner.setDaemon(true);
        spinner.start();
      }
      while (System.in.read() >= 0) {
        // Nothing is ever written; the read returns only when the test JVM closes the pipe.
      }
      System.exit(0);
    }
  }
}
