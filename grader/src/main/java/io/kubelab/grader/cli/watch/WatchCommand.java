package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.terminal.Terminal;
import io.kubelab.grader.grade.Grader;
import io.kubelab.grader.jvm.JvmPool;
import io.kubelab.grader.kit.Kit;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * WatchCommand re-checks the exercise you are working on every time you save it, and shows the
 * verdict, the first failure in plain words and the next hint, within about a second.
 *
 * <p>Speed comes from work done before the save: the pristine kit is compiled once, so a save
 * compiles only the changed file and the sources that name it, and a test JVM has already started
 * and loaded JUnit when the tests are ready to run. Safety is a grading's: the tests run in that
 * separate JVM, with a heap cap and time limits, so code that hangs, exhausts memory or calls
 * {@code System.exit} ends only that JVM, and watch shows what happened.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Re-check the current exercise on every save, with its first failure and the next hint.",
      "Keys: h hint, n next exercise, l list, r re-check, s solution and e epilogue (once an"
          + " exercise passes), q quit. Ctrl-C also ends it."
    })
public final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--timings",
      hidden = true,
      description = "after each check, print where its time went (for ./kubelab bench watch)")
  boolean timings;

  /** What the watcher and the keyboard hand to the one thread that checks and draws. */
  private sealed interface Event {}

  private record Saved(Set<String> files) implements Event {}

  private record Key(int key) implements Event {}

  @Override
  public Integer call() throws Exception {
    Kit kit = Kit.locate();
    PrintWriter out = spec.commandLine().getOut();
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    try (JvmPool jvms = new JvmPool(1, JvmPool.Start.AFTER_GRADING);
        Grader grader = Grader.reusing(kit, jvms);
        FileWatcher watcher = new FileWatcher(kit);
        Keyboard keyboard = Keyboard.open()) {
      WatchSession session =
          new WatchSession(kit, grader, out, Terminal.interactive(), Terminal.colour(), timings);
      // Started before the first screen, so a test JVM waits and the kit is compiled by the time
      // the first save comes; the first save then compiles only what it changed.
      daemon(
          "kubelab-prepare-jvm",
          () -> {
            try {
              jvms.prepare(WatchSession.LIMITS.heapMegabytes());
            } catch (IOException e) {
              // The first check starts a JVM of its own and reports what went wrong.
            }
          });
      daemon(
          "kubelab-prepare",
          () -> {
            try {
              grader.prepare(false);
            } catch (IOException e) {
              // The first check compiles again and reports what went wrong.
            }
          });
      out.println("kubelab watch: checking where you are...");
      out.flush();
      session.start();
      daemon("kubelab-files", () -> watcher.run(files -> events.add(new Saved(files))));
      daemon(
          "kubelab-keys",
          () -> {
            keyboard.run(key -> events.add(new Key(key)), 'q');
            // After q, or the input ended (a closed pipe): no more keys will come.
          });
      while (true) {
        Event event = events.take();
        if (event instanceof Saved saved) {
          // Saves that came while checking are one re-check, not one each.
          Set<String> files = new LinkedHashSet<>(saved.files());
          while (events.peek() instanceof Saved more) {
            events.remove();
            files.addAll(more.files());
          }
          session.saved(files);
        } else if (event instanceof Key key && !session.key(key.key())) {
          out.println("Bye. Your progress is kept in exercises/.kubelab-progress.json.");
          out.flush();
          return 0;
        }
      }
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
