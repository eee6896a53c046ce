package io.kubelab.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Writers runs the same job on several threads at once and waits for all of them. */
final class Writers {
  private Writers() {}

  /** A job for writer {@code writer}; it may throw. */
  @FunctionalInterface
  interface Job {
    void run(int writer) throws Exception;
  }

  /** Runs {@code job} on {@code count} threads; rethrows the first failure, if any. */
  static void run(int count, Job job) throws Exception {
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int writer = 0; writer < count; writer++) {
      int id = writer;
      Thread thread =
          new Thread(
              () -> {
                try {
                  job.run(id);
                } catch (Exception e) {
                  failure.compareAndSet(null, e);
                }
              },
              "writer-" + writer);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
