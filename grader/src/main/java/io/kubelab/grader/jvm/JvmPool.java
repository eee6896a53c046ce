package io.kubelab.grader.jvm;

import io.kubelab.grader.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * JvmPool keeps test JVMs started for the gradings to come: each {@link #take} hands out a JVM
 * started earlier (or a cold one when none is ready), and the next one is started in time for the
 * grading after it.
 *
 * <p>At most {@code capacity} JVMs wait at a time, one per grading that runs at once; each waits in
 * a fresh temporary folder, which becomes the workspace of the grading that takes it.
 */
public final class JvmPool implements AutoCloseable {
  /** When the next JVM starts. */
  public enum Start {
    /**
     * As soon as one is taken, so it starts while that grading compiles and tests, without a
     * warm-up: for gradings that follow each other at once, as in grade-all.
     */
    WHEN_TAKEN,
    /**
     * Once a grading has ended, so its warm-up does not slow the grading a person is waiting for,
     * and is done before their next save: for watch.
     */
    AFTER_GRADING
  }

  private final List<Path> jars;
  private final int capacity;
  private final Start start;
  private int heapMegabytes;
  private final Deque<WarmJvm> ready = new ArrayDeque<>();
  private boolean closed;
  private volatile FolderFiller filler = dir -> {};

  /** FolderFiller puts in a waiting JVM's folder what the grading that takes it will need. */
  @FunctionalInterface
  public interface FolderFiller {
    void fill(Path dir) throws IOException;
  }

  /** A pool for {@code capacity} gradings at once, with the grader's own libraries. */
  public JvmPool(int capacity, Start start) {
    this.jars = TestJvm.runnerClasspath();
    this.capacity = capacity;
    this.start = start;
    RunnerArchive.processGradesMany();
  }

  /** Returns a JVM with {@code heapMegabytes} of heap, started in a fresh temporary folder. */
  public WarmJvm take(int heapMegabytes) throws IOException {
    WarmJvm taken;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the JVM pool is closed");
      }
      taken = ready.pollFirst();
    }
    if (taken != null && taken.heapMegabytes() != heapMegabytes) {
      discard(taken);
      taken = null;
    }
    if (taken == null) {
      taken = WarmJvm.start(newFolder(), jars, heapMegabytes, false);
    }
    synchronized (this) {
      this.heapMegabytes = heapMegabytes;
    }
    if (start == Start.WHEN_TAKEN) {
      startNext();
    }
    return taken;
  }

  /**
   * Starts a JVM with {@code heapMegabytes} of heap for the first grading, if none waits yet: watch
   * calls it while its first screen is read, so the first save does not wait for a cold JVM.
   */
  public void prepare(int heapMegabytes) throws IOException {
    synchronized (this) {
      this.heapMegabytes = heapMegabytes;
    }
    startNext();
  }

  /**
   * Has each JVM started from now on get its folder filled by {@code filler}, on a thread of its
   * own, while it starts and waits: the grading that takes it finds the work done (see {@link
   * WarmJvm#awaitFolder}).
   */
  public void fillFoldersWith(FolderFiller filler) {
    this.filler = filler;
  }

  /** Tells the pool a grading has ended. */
  public void gradingEnded() {
    if (start == Start.AFTER_GRADING) {
      // Apart from the grading: the first start after a build also makes the test JVMs' class
      // archive, for seconds, and the verdict a person waits for must not wait for that.
      Thread next =
          new Thread(
              () -> {
                try {
                  startNext();
                } catch (IOException e) {
                  // The next grading starts a JVM of its own and reports what went wrong.
                }
              },
              "kubelab-next-jvm");
      next.setDaemon(true);
      next.start();
    }
  }

  private void startNext() throws IOException {
    int heap;
    synchronized (this) {
      if (closed || ready.size() >= capacity) {
        return;
      }
      heap = heapMegabytes;
    }
    // A warm-up pays only when the JVM waits for a person's next save: one taken by the next
    // grading at once spends more on loading what it may not need than it saves.
    WarmJvm next = WarmJvm.start(newFolder(), jars, heap, start == Start.AFTER_GRADING);
    next.fillFolder(filler);
    synchronized (this) {
      if (closed || ready.size() >= capacity) {
        discard(next);
      } else {
        ready.addLast(next);
      }
    }
  }

  /** Ends a JVM that was taken but not used, and removes its folder. */
  static void discard(WarmJvm jvm) {
    jvm.discard();
    try {
      jvm.process().waitFor();
      jvm.awaitFolder();
      FileTrees.delete(jvm.dir());
    } catch (IOException | RuntimeException leftBehind) {
      // A temporary folder left behind costs disk, never a grade.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path newFolder() throws IOException {
    return Files.createTempDirectory("kubelab-grade-");
  }

  @Override
  public void close() {
    List<WarmJvm> waiting;
    synchronized (this) {
      closed = true;
      waiting = List.copyOf(ready);
      ready.clear();
    }
    waiting.forEach(JvmPool::discard);
  }
}
