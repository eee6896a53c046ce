package io.kubelab.grader.cli.watch;

import io.kubelab.grader.cli.terminal.Terminal;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Keyboard reads {@code watch}'s one-key commands. On a terminal it switches the terminal to
 * reading key by key without echo ({@code stty -icanon -echo}; rustlings gets the same from
 * crossterm's raw mode) and puts the old settings back when {@code watch} ends, however it ends;
 * Ctrl-C still stops it. Elsewhere (a pipe, a test) it reads lines and takes each one's first
 * character.
 *
 * <p>It reads one byte at a time from the file descriptor itself, not through {@code System.in}'s
 * buffer, and stops at the quit key: what the student types after {@code q} stays in the terminal
 * for the shell.
 */
final class Keyboard implements AutoCloseable {
  private final InputStream in;
  private final String savedSettings;
  private boolean restored;

  private Keyboard(InputStream in, String savedSettings) {
    this.in = in;
    this.savedSettings = savedSettings;
  }

  /** Opens the keyboard of this process's standard input. */
  static Keyboard open() {
    String saved = Terminal.interactive() ? stty("-g") : null;
    if (saved != null && stty("-icanon -echo min 1") == null) {
      saved = null;
    }
    Keyboard keyboard = new Keyboard(new FileInputStream(FileDescriptor.in), saved);
    if (saved != null) {
      Runtime.getRuntime().addShutdownHook(new Thread(keyboard::restore, "kubelab-stty"));
    }
    return keyboard;
  }

  /**
   * Calls {@code onKey} with each key read, until the input ends or the key was {@code quit}; then
   * returns.
   */
  void run(IntConsumer onKey, char quit) {
    try {
      boolean lineStart = true;
      for (int c; (c = in.read()) >= 0; ) {
        int key = -1;
        if (savedSettings != null) {
          key = c;
        } else if (c == '\n') {
          lineStart = true;
        } else if (lineStart) {
          lineStart = false;
          key = c;
        }
        if (key >= 0) {
          onKey.accept(key);
          if (Character.toLowerCase((char) key) == quit) {
            return;
          }
        }
      }
    } catch (IOException closed) {
      // The input is gone: nothing more to read.
    }
  }

  private synchronized void restore() {
    if (savedSettings != null && !restored) {
      restored = true;
      stty(savedSettings);
    }
  }

  @Override
  public void close() {
    restore();
  }

  /**
   * Runs {@code stty} on this process's terminal; returns what it printed, or null if it failed.
   */
  private static String stty(String arguments) {
    try {
      List<String> command = new ArrayList<>(List.of("stty"));
      command.addAll(List.of(arguments.split(" ")));
      // stty itself, without a shell in between: the terminal is given back sooner on q.
      Process stty =
          new ProcessBuilder(command)
              .redirectInput(new File("/dev/tty"))
              .redirectErrorStream(true)
              .start();
      String out = new String(stty.getInputStream().readAllBytes()).strip();
      if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
