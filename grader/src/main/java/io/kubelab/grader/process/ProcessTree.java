package io.kubelab.grader.process;

/**
 * ProcessTree ends a process together with every process it started, the one way the grader stops a
 * child: the descendants first, since once their parent is gone nothing links them to the child any
 * more, and a test's etcd member or a build's forked JVM would outlive it.
 */
public final class ProcessTree {
  private ProcessTree() {}

  /** Kills {@code process} and its descendants without waiting for them to end. */
  public static void end(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    // Process's own destroyForcibly, not its handle's: it also closes the pipes to the child.
    process.destroyForcibly();
  }
}
