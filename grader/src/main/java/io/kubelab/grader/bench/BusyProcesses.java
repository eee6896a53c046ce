package io.kubelab.grader.bench;

import io.kubelab.grader.process.ProcessTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * BusyProcesses loads the machine as a student's laptop is loaded: processes that spin on the CPU
 * for as long as a benchmark runs. They are ended when it closes, and by a shutdown hook if the
 * benchmark is stopped with Ctrl-C, so none outlives it.
 */
final class BusyProcesses implements AutoCloseable {
  private final List<Process> processes = new ArrayList<>();
  private final Thread hook = new Thread(this::stop, "kubelab-bench-busy-stop");

  private BusyProcesses() {}

  /** Starts {@code count} busy processes; none when {@code count} is 0. */
  static BusyProcesses start(int count) throws IOException {
    BusyProcesses busy = new BusyProcesses();
    Runtime.getRuntime().addShutdownHook(busy.hook);
    try {
      for (int i = 0; i < count; i++) {
        busy.processes.add(
            new ProcessBuilder("sh", "-c", "while :; do :; done")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start());
      }
    } catch (IOException | RuntimeException failed) {
      busy.close();
      throw failed;
    }
    return busy;
  }

  int count() {
    return processes.size();
  }

  private synchronized void stop() {
    for (Process process : processes) {
      ProcessTree.end(process);
    }
    for (Process process : processes) {
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs, or has run, anyway.
    }
  }
}
