package io.kubelab.tools.launch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * RealEtcds starts a real etcd for a test, or skips the test with the reason when this machine has
 * none or cannot start one: a start that fails is the machine's fault, never the tested code's, so
 * it must not count as a failed check. In CI ({@code CI=true}) it never skips: a missing etcd fails
 * the test, so a green CI run means the real-etcd tests ran.
 *
 * <p>Under the grader (system property {@value #GRADING} set to {@code true}) it always skips: a
 * missing etcd is the grading machine's failure, never the student's, so the grader must see a
 * skip, which it reports as "not graded" and marks the grade incomplete.
 */
public final class RealEtcds {
  /** The system property the grader sets in the JVMs that run a submission's tests. */
  public static final String GRADING = "kubelab.grading";

  private RealEtcds() {}

  /** Returns a running etcd with {@code members} members, or skips (fails in CI). */
  public static RealEtcd startOrSkip(int members) throws IOException {
    Optional<RealEtcd> etcd;
    try {
      etcd = EtcdLauncher.start(members);
    } catch (IOException | RuntimeException e) {
      return orSkip(Optional.empty(), () -> notStarted(e));
    }
    return orSkip(etcd, EtcdLauncher::unavailableReason);
  }

  /** Returns an etcd in a container through Testcontainers, or skips (fails in CI). */
  public static RealEtcd containerOrSkip() throws IOException {
    Optional<RealEtcd> etcd;
    try {
      etcd = EtcdLauncher.startContainer();
    } catch (IOException | RuntimeException e) {
      return orSkip(Optional.empty(), () -> notStarted(e));
    }
    return orSkip(etcd, EtcdLauncher::containerReason);
  }

  private static String notStarted(Exception e) {
    return "starting one failed on this machine, before any code under test ran (" + e + ")";
  }

  /**
   * The reason is asked for only when there is no etcd: working it out asks Testcontainers for a
   * Docker API, which loads some hundreds of its classes.
   */
  private static RealEtcd orSkip(Optional<RealEtcd> etcd, Supplier<String> reason) {
    if (etcd.isPresent()) {
      return etcd.get();
    }
    String message = "this test needs a real etcd: " + reason.get();
    if ("true".equals(System.getenv("CI")) && !Boolean.getBoolean(GRADING)) {
      return fail(message + " (CI must provide one: see .ci/run)");
    }
    return abort(message);
  }
}
