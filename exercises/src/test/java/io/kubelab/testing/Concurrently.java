package io.kubelab.testing;

import java.util.ArrayList;
import java.util.List;

/** Concurrently runs one task on several named threads at once and collects what they threw. */
public final class Concurrently {
  private Concurrently() {}

  /** One thread's work; {@code thread} counts from 0. */
  @FunctionalInterface
  public interface Task {
    void run(int thread) throws Exception;
  }

  /** Runs {@code task} on {@code threads} threads named {@code name-0}, ... and waits for all. */
  public static List<Throwable> run(String name, int threads, Task task)
      throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int id = i;
      Thread thread =
          new Thread(
              () -> {
                try {
                  task.run(id);
                } catch (Throwable e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              name + "-" + i);
      started.add(thread);
      thread.start();
    }
    for (Thread thread : started) {
      thread.join();
    }
    return failures;
  }
}
