package io.kubelab.grader.jvm;

import io.kubelab.grader.process.ProcessTree;
import io.kubelab.grader.runner.ClassCpuListener;
import io.kubelab.grader.runner.RunnerMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * WarmJvm is a test JVM started before its tests are known: it is bound to the folder it will run
 * in, loads the grader's libraries, and then waits on its standard input for the result key and the
 * run request (see {@link TestJvm}).
 *
 * <p>Starting a JVM is most of what a short test run costs, so the grader starts the next one while
 * the current one runs. Nothing of the student's is loaded while it waits: its classpath names the
 * folder's {@code target/classes} and {@code target/test-classes}, which are filled only after it
 * started (emptied and filled again is fine too), and the JVM looks a class up there only when a
 * test asks for it.
 */
public final class WarmJvm {
  private final Process process;
  private final Path dir;
  private final int heapMegabytes;

  /** Done once whatever fills the folder ahead has finished; at once if nothing does. */
  private volatile CompletableFuture<Void> folderFilled = CompletableFuture.completedFuture(null);

  private WarmJvm(Process process, Path dir, int heapMegabytes) {
    this.process = process;
    this.dir = dir;
    this.heapMegabytes = heapMegabytes;
  }

  /**
   * Starts a JVM that will run in {@code dir} with the libraries in {@code jars}; with {@code
   * warmUp} it loads them before it waits, which pays off only when it waits long enough.
   */
  static WarmJvm start(Path dir, List<Path> jars, int heapMegabytes, boolean warmUp)
      throws IOException {
    List<Path> classpath = new ArrayList<>(jars);
    // The folders must exist now: the JVM takes a classpath entry that is not a directory at its
    // start for a jar, and never looks into it again.
    classpath.add(Files.createDirectories(dir.resolve("target/classes")));
    classpath.add(Files.createDirectories(dir.resolve("target/test-classes")));
    JavaCommand command =
        new JavaCommand()
            .option("-Xmx" + heapMegabytes + "m")
            .option("-XX:+ExitOnOutOfMemoryError")
            .options(RunnerArchive.jvmOptions());
    Optional<Path> classList = RunnerArchive.classListToRecord(jars);
    if (classList.isPresent()) {
      // Without the JDK's own archive, the JDK's classes are listed too.
      command.option("-Xshare:off").option("-XX:DumpLoadedClassList=" + classList.get());
    } else {
      RunnerArchive.forClasspath(jars)
          .ifPresent(
              archive ->
                  command
                      .option("-XX:SharedArchiveFile=" + archive)
                      // An archive that no longer matches is ignored without a word, never fatal.
                      .option("-Xlog:cds=off")
                      .option("-Xlog:class+path=off"));
    }
    String cpuProfile = System.getProperty(ClassCpuListener.PROPERTY);
    if (cpuProfile != null) {
      // The benchmark's profile of where each grading's CPU goes.
      command.property(ClassCpuListener.PROPERTY, cpuProfile);
    }
    command
        .property("file.encoding", "UTF-8")
        .property("java.awt.headless", "true")
        // A test that cannot run on this machine (no real etcd) must skip, never fail, even with
        // CI=true: the grader reports it as not graded, not as the student's failure (see
        // RealEtcds).
        .property("kubelab.grading", "true")
        // Temp files (etcd data dirs among them) go under the folder, so whatever the tests leave
        // behind can be found by path and removed, even after the JVM was killed.
        .property("java.io.tmpdir", Files.createDirectories(dir.resolve("tmp")))
        .classpath(classpath)
        .main(RunnerMain.class.getName(), warmUp ? List.of(RunnerMain.WARM_UP) : List.of());
    Process process =
        new ProcessBuilder(command.toList())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    classList.ifPresent(list -> process.onExit().thenRun(() -> RunnerArchive.recorded(list)));
    return new WarmJvm(process, dir, heapMegabytes);
  }

  /** Starts filling this JVM's folder with {@code filler} on a thread of its own. */
  void fillFolder(JvmPool.FolderFiller filler) {
    folderFilled =
        CompletableFuture.runAsync(
            () -> {
              try {
                filler.fill(dir);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            runnable -> {
              Thread thread = new Thread(runnable, "kubelab-fill-folder");
              thread.setDaemon(true);
              thread.start();
            });
  }

  /**
   * Waits until the folder is filled, if it is being filled. A filling that failed is not an error
   * here: whoever uses the folder checks what it holds (see {@code Workspace.create}).
   */
  public void awaitFolder() throws InterruptedException {
    try {
      folderFilled.get();
    } catch (ExecutionException failed) {
      // The folder is checked, and filled again if need be, by its user.
    }
  }

  Process process() {
    return process;
  }

  public Path dir() {
    return dir;
  }

  int heapMegabytes() {
    return heapMegabytes;
  }

  /** Ends the JVM and whatever it started. */
  public void discard() {
    ProcessTree.end(process);
  }
}
