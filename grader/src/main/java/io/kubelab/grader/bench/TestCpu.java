package io.kubelab.grader.bench;

import io.kubelab.grader.runner.ClassCpuListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TestCpu is one test's CPU-seconds, as a test JVM's {@link ClassCpuListener} wrote them: every
 * thread of the JVM while the test ran.
 */
record TestCpu(String testClass, String name, double seconds) {

  /** Reads the test lines of every file in {@code dir}; a line cut short is left out. */
  static List<TestCpu> read(Path dir) throws IOException {
    List<TestCpu> tests = new ArrayList<>();
    for (String[] fields : CpuProfile.lines(dir)) {
      if (fields.length != 5 || !fields[0].equals("test")) {
        continue;
      }
      try {
        tests.add(new TestCpu(fields[1], fields[2], Double.parseDouble(fields[3])));
      } catch (NumberFormatException cutShort) {
        // The JVM was killed while it wrote this line.
      }
    }
    return tests;
  }
}
