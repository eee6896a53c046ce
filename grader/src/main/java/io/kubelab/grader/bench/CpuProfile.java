package io.kubelab.grader.bench;

import io.kubelab.grader.runner.ClassCpuListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CpuProfile adds up what every test JVM's {@link ClassCpuListener} wrote, so the benchmark can
 * print where a submission's CPU goes: the test JVM's start, the JUnit discovery, each test class,
 * and the processes the test classes started (the etcd members).
 */
record CpuProfile(Map<String, Double> jvmSeconds, double childrenSeconds) {

  /**
   * Reads every file in {@code dir}, leaving out the lines of single tests (which {@link TestCpu}
   * reads) and a line cut short by a killed JVM.
   */
  static CpuProfile read(Path dir) throws IOException {
    Map<String, Double> seconds = new TreeMap<>();
    double children = 0;
    for (String[] fields : lines(dir)) {
      if (fields.length < 3 || fields[0].equals("test")) {
        continue;
      }
      try {
        double jvm = Double.parseDouble(fields[fields.length - 2]);
        double started = Double.parseDouble(fields[fields.length - 1]);
        String what = fields[0].equals("class") ? fields[1] : "(" + fields[0] + ")";
        seconds.merge(what, jvm, Double::sum);
        children += fields[0].equals("class") ? started : 0;
      } catch (NumberFormatException cutShort) {
        // The JVM was killed while it wrote this line.
      }
    }
    return new CpuProfile(seconds, children);
  }

  /** Returns the tab-separated fields of every line the test JVMs wrote into {@code dir}. */
  static List<String[]> lines(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.sorted().toList();
    }
    List<String[]> lines = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        lines.add(line.split("\t"));
      }
    }
    return lines;
  }

  /** Prints CPU-seconds per submission, the most costly first. */
  void print(PrintWriter out, int submissions) {
    out.printf(
        Locale.ROOT,
        "test JVM CPU per submission: %.2f s in the JVMs, %.2f s in the processes the tests"
            + " started (etcd)%n",
        jvmSeconds.values().stream().mapToDouble(Double::doubleValue).sum() / submissions,
        childrenSeconds / submissions);
    jvmSeconds.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .forEach(
            entry ->
                out.printf(
                    Locale.ROOT,
                    "  %7.3f s  %s%n",
                    entry.getValue() / submissions,
                    entry.getKey()));
  }
}
