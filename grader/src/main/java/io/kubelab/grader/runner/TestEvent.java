package io.kubelab.grader.runner;

/**
 * TestEvent is one thing a test run reports to the grader, typed so that both sides of the JVM
 * boundary agree on it at compile time; {@link TestEventCodec} is the one place that puts it on the
 * wire and reads it back.
 *
 * <p>A run reports every graded test method it plans ({@link Planned}), each test as it starts
 * ({@link Started}), one {@link Result} per test or invocation, {@link ClassDone} as each test
 * class ends, and {@link Done} when every test ran. A run without {@link Done} ended early: a test
 * exited the JVM, exhausted its heap or was stopped for time.
 *
 * <p>What a test printed is not an event of its own but the {@code output} of its {@link Result}:
 * the two are signed together in one line, so printed text can neither reach the grader without its
 * verdict nor be charged to another test.
 */
public sealed interface TestEvent {

  /** Status says how a test that ran to its end came out. */
  enum Status {
    PASSED,
    FAILED,
    /** The test aborted itself: it could not run on this machine (no etcd), so it is not graded. */
    ABORTED
  }

  /** Planned is a graded test method, reported before anything runs. */
  record Planned(String id, String testClass, String name) implements TestEvent {}

  /** Started says the test {@code id} began, so a run that ends now ends in that test. */
  record Started(String id) implements TestEvent {}

  /**
   * ClassDone says the test class {@code testClass} ended: each of its tests the run selected has
   * its result, and its {@code @AfterAll} ran. A JVM that resumes the run leaves the class out, so
   * its static initialisers and {@code @BeforeAll} (an etcd start, an ArchUnit import) do not run
   * again for tests that are all skipped.
   */
  record ClassDone(String testClass) implements TestEvent {}

  /** Done says every test of the run has its result. */
  record Done() implements TestEvent {}

  /**
   * Result is the verdict on one test ({@code id}) of the planned method {@code method}: what it
   * printed ({@code output}, capped) and how long it ran on the wall clock and the CPU.
   */
  sealed interface Result extends TestEvent {
    String id();

    String method();

    String name();

    Status status();

    String message();

    String output();

    double seconds();
  }

  /** Finished is the result of a test that ran to its end. */
  record Finished(
      String id,
      String method,
      String name,
      Status status,
      String message,
      String output,
      double seconds,
      double cpuSeconds)
      implements Result {}

  /**
   * Crashed is the result of a test that did not end by itself, always a failure: the runner's
   * watchdog stopped it, or the grader charges it with the JVM ending while it ran, or with its
   * exercise's tests being skipped.
   */
  record Crashed(
      String id,
      String method,
      String name,
      Cause cause,
      String message,
      String output,
      double seconds,
      double cpuSeconds)
      implements Result {

    /** Cause says what ended a crashed test, and so who reported it. */
    public enum Cause {
      /** The runner's watchdog stopped it at its CPU budget. */
      CPU_BUDGET,
      /** The runner's watchdog stopped it on the wall-clock backstop: it may only have waited. */
      WALL_CLOCK,
      /** The grader saw the test JVM end while the test ran. */
      JVM_ENDED,
      /** The grader skipped it after its exercise brought the test JVM down too often. */
      NOT_RUN
    }

    @Override
    public Status status() {
      return Status.FAILED;
    }

    /** This result with {@code more} added to its message. */
    public Crashed withMessageEnding(String more) {
      return new Crashed(id, method, name, cause, message + more, output, seconds, cpuSeconds);
    }
  }
}
