package io.kubelab.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

@DisplayName("The progress lines of long test classes")
class ClassProgressListenerTest {
  /** A class the test runs through a launcher of its own; it asks the listener mid-run. */
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static final class Sample {
    static ClassProgressListener listener;
    static List<String> seen;

    @Test
    @Order(1)
    void first() {}

    @ParameterizedTest
    @Order(2)
    @ValueSource(ints = {1, 2})
    void twice(int ignored) {}

    @Test
    @Order(3)
    void last() {
      seen = listener.lines(TimeUnit.SECONDS.toNanos(1_130));
    }
  }

  @Test
  @DisplayName("count the tests of a running class, parameterized ones included, and its time")
  void countsTestsOfTheRunningClass() {
    String before = System.getProperty(ClassProgressListener.PROPERTY);
    System.setProperty(ClassProgressListener.PROPERTY, "true");
    try {
      Sample.listener = new ClassProgressListener(() -> TimeUnit.SECONDS.toNanos(1_000));
      Launcher launcher = LauncherFactory.create();
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class)).build(),
          Sample.listener);
    } finally {
      if (before == null) {
        System.clearProperty(ClassProgressListener.PROPERTY);
      } else {
        System.setProperty(ClassProgressListener.PROPERTY, before);
      }
    }

    assertThat(Sample.seen)
        .as("the line 130 s into Sample, when its last test of four had begun")
        .hasSize(1)
        .first()
        .asString()
        .isEqualTo("ClassProgressListenerTest$Sample: 3/4 tests done, 2 min 10 s");
  }

  @Test
  @DisplayName("print often enough that a log is never silent for 30 seconds")
  void printsWellWithinHalfAMinute() {
    assertThat(ClassProgressListener.EVERY.toSeconds())
        .as("seconds between two progress lines, with room for a late timer on a busy CPU")
        .isLessThanOrEqualTo(20);
  }
}
