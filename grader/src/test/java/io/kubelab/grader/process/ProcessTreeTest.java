package io.kubelab.grader.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ending a process tree")
class ProcessTreeTest {

  @Test
  @DisplayName("ends the process and the process it started, which would otherwise outlive it")
  void endsChildAndGrandchild() throws Exception {
    Process shell =
        new ProcessBuilder("sh", "-c", "sleep 600 & echo $!; wait")
            .redirectErrorStream(true)
            .start();
    long sleeper;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
      sleeper = Long.parseLong(out.readLine().strip());

      ProcessTree.end(shell);
      shell.waitFor();
    }
    // Killed at once, but the kernel may take a moment to take it down on a busy machine.
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!ended(sleeper) && System.nanoTime() < giveUp) {
      Thread.sleep(20);
    }

    assertThat(shell.isAlive()).as("the shell that was ended").isFalse();
    assertThat(ended(sleeper))
        .as("the sleep the shell started (pid %d), ended with it", sleeper)
        .isTrue();
  }

  /** Whether {@code pid} has ended: gone, or a zombie that nobody has reaped yet. */
  private static boolean ended(long pid) throws IOException {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The state follows the command name, which is in parentheses and may hold spaces.
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (NoSuchFileException gone) {
      return true;
    }
  }
}
