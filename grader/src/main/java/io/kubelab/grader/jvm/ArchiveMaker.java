package io.kubelab.grader.jvm;

import io.kubelab.grader.process.ProcessTree;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * ArchiveMaker runs the JVM that dumps a class archive, bounded in time and ended with the grader,
 * so that making an archive can speed gradings up but never stall or outlive one.
 */
final class ArchiveMaker {
  private ArchiveMaker() {}

  /** Runs an archive maker to its end, for at most two minutes; says whether it succeeded. */
  static boolean run(JavaCommand command) throws IOException {
    Process maker =
        new ProcessBuilder(command.toList())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    // The maker runs beside the grading: a grader that quits (watch's q) ends it too, so nothing
    // it started outlives it.
    Thread endWithGrader = new Thread(() -> ProcessTree.end(maker), "kubelab-archive-maker-end");
    try {
      Runtime.getRuntime().addShutdownHook(endWithGrader);
    } catch (IllegalStateException shuttingDown) {
      ProcessTree.end(maker);
      return false;
    }
    try {
      // With no key to read, a warmed-up runner ends at once and the archive is written.
      maker.getOutputStream().close();
      if (!maker.waitFor(2, TimeUnit.MINUTES)) {
        ProcessTree.end(maker);
        return false;
      }
      return maker.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ProcessTree.end(maker);
      return false;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(endWithGrader);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to: it ends the maker.
      }
    }
  }
}
