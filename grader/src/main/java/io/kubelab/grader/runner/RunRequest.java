package io.kubelab.grader.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RunRequest is what the grader asks of a test JVM, sent as one JSON line on its standard input
 * after the result key: where to write results, which tests to skip, the CPU budget and the
 * wall-clock backstop per test (see {@link TestWatchdog}), the CPU budget of the tests of each
 * class whose exercise sizes its own, the test classes, and, to re-run a test alone, the unique ids
 * of the only tests to run. It travels on standard input, not the command line, because the JVM is
 * started before the tests it will run are known.
 */
public record RunRequest(
    String results,
    String skip,
    long cpuBudgetMillis,
    long wallLimitMillis,
    Map<String, Long> classCpuBudgetMillis,
    List<String> classes,
    List<String> only) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Longer than any request: some hundred class names. */
  private static final int MAX_LINE_BYTES = 1 << 20;

  public RunRequest {
    classCpuBudgetMillis = Map.copyOf(classCpuBudgetMillis);
    classes = List.copyOf(classes);
    only = List.copyOf(only);
  }

  /**
   * Returns the request to run {@code classes}, or only the tests {@code only} names when it is not
   * empty, each within {@code cpuBudget} of CPU time, or the budget {@code classBudgets} gives its
   * class, and {@code wallLimit} on the wall clock.
   */
  public static RunRequest of(
      Path results,
      Path skip,
      Duration cpuBudget,
      Duration wallLimit,
      Map<String, Duration> classBudgets,
      List<String> classes,
      List<String> only) {
    Map<String, Long> budgets = new TreeMap<>();
    classBudgets.forEach((name, budget) -> budgets.put(name, millis(budget)));
    return new RunRequest(
        results.toString(),
        skip.toString(),
        millis(cpuBudget),
        millis(wallLimit),
        budgets,
        classes,
        only);
  }

  /** The CPU budget of each test of {@code testClass}, or of a class nested in it. */
  Duration cpuBudgetOf(String testClass) {
    int nested = testClass.indexOf('$');
    String topLevel = nested < 0 ? testClass : testClass.substring(0, nested);
    return Duration.ofMillis(classCpuBudgetMillis.getOrDefault(topLevel, cpuBudgetMillis));
  }

  private static long millis(Duration duration) {
    return Math.max(1, duration.toMillis());
  }

  Duration wallLimit() {
    return Duration.ofMillis(wallLimitMillis);
  }

  /** Returns the request as the line the grader writes. */
  public String toLine() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one request line from {@code in}. */
  static RunRequest read(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    byte[] bytes = new byte[MAX_LINE_BYTES];
    int length = 0;
    for (int b; length < bytes.length && (b = in.read()) >= 0 && b != '\n'; ) {
      bytes[length++] = (byte) b;
    }
    line.append(new String(bytes, 0, length, StandardCharsets.UTF_8));
    if (line.isEmpty()) {
      throw new IOException("no run request on standard input; the grader starts this runner");
    }
    return JSON.readValue(line.toString(), RunRequest.class);
  }
}
