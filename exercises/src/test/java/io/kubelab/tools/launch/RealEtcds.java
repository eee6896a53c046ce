package io.kubelab.tools.launch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** The one-member etcd this JVM's tests share; null until one started. */
  private static RealEtcd shared;

  /** How many fresh keyspaces this JVM has handed out. */
  private static final AtomicInteger KEYSPACES = new AtomicInteger();

  private RealEtcds() {}

  /**
   * Returns the one-member etcd that every test of this JVM shares, starting it on first use, or
   * skips (fails in CI). Closing what it returns does nothing: the JVM's exit stops the etcd (see
   * {@link EtcdLauncher}), and under the grader the runner stops it before halting.
   *
   * <p>One start per JVM instead of one per test: a start costs a tenth of a CPU-second in etcd
   * alone, and what a single-writer check proves does not depend on the server being new. Each test
   * writes under its own {@link #freshKeyspace()}, so it finds its keys empty as on a new server.
   */
  public static synchronized RealEtcd sharedOrSkip() throws IOException {
    if (shared == null) {
      shared = new Unclosed(startOrSkip(1));
    }
    return shared;
  }

  /**
   * Returns a key prefix no other test of any JVM on this machine has used, e.g. {@code
   * /kubelab-4711-3}: a test that writes only below it sees a shared etcd as an empty one. The
   * process id keeps two JVMs that share one etcd ({@code KUBELAB_ETCD_ENDPOINTS}) apart.
   */
  public static String freshKeyspace() {
    return "/kubelab-" + ProcessHandle.current().pid() + "-" + KEYSPACES.incrementAndGet();
  }

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

  /** A shared etcd as its tests see it: closing it leaves it running for the next test. */
  private record Unclosed(RealEtcd etcd) implements RealEtcd {
    @Override
    public List<String> endpoints() {
      return etcd.endpoints();
    }

    @Override
    public String description() {
      return etcd.description() + ", shared by this JVM's tests";
    }

    @Override
    public int members() {
      return etcd.members();
    }

    @Override
    public String killLeader() throws IOException, InterruptedException {
      return etcd.killLeader();
    }

    @Override
    public void close() {}
  }
}
