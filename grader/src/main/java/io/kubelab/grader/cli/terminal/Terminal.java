package io.kubelab.grader.cli.terminal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Terminal says what the output may use: colour and redrawing only on a terminal, colour never when
 * {@code NO_COLOR} is set to anything (https://no-color.org), and how wide the terminal is, so text
 * can be wrapped at word boundaries rather than where the terminal cuts it.
 */
public final class Terminal {
  private static final int DEFAULT_COLUMNS = 80;

  private Terminal() {}

  public static boolean interactive() {
    return System.console() != null;
  }

  public static boolean colour() {
    String noColor = System.getenv("NO_COLOR");
    return interactive() && (noColor == null || noColor.isEmpty());
  }

  /** The terminal's width in columns, as {@code stty size} reports it; 80 off a terminal. */
  public static int columns() {
    if (!interactive()) {
      return DEFAULT_COLUMNS;
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File("/dev/tty"))
              .redirectErrorStream(true)
              .start();
      String[] size =
          new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
              .strip()
              .split(" ");
      if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0 || size.length != 2) {
        return DEFAULT_COLUMNS;
      }
      int columns = Integer.parseInt(size[1]);
      return columns > 0 ? columns : DEFAULT_COLUMNS;
    } catch (IOException | NumberFormatException unknown) {
      return DEFAULT_COLUMNS;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DEFAULT_COLUMNS;
    }
  }
}
