package io.kubelab.scheduler;

import io.kubelab.api.Pod;
import java.util.random.RandomGenerator;

/**
 * FirstFitScheduler chooses, at random, one of the machines where none of the pod's host ports is
 * taken.
 *
 * <p>The 2014 name is kept so the Java can sit next to the PR; despite it, the choice among fitting
 * machines is random, which is why PR #429 renamed it {@code RandomFitScheduler}.
 */
public final class FirstFitScheduler implements Scheduler {

  // BEGIN EXERCISE first-fit-scheduler
  private final PodLister podLister;
  private final RandomGenerator random;

  public FirstFitScheduler(PodLister podLister, RandomGenerator random) {
    this.podLister = java.util.Objects.requireNonNull(podLister, "podLister");
    this.random = java.util.Objects.requireNonNull(random, "random");
  }

  @Override
  public String schedule(Pod pod, MinionLister minionLister) throws SchedulingException {
    java.util.List<String> machines;
    java.util.List<Pod> placed;
    try {
      machines = minionLister.list();
      placed = podLister.listPods(java.util.Map.of());
    } catch (ListerException e) {
      throw new SchedulingException("cannot list machines and pods for pod " + pod.id(), e);
    }
    if (machines == null || machines.isEmpty()) {
      throw new SchedulingException(
          "no machines to schedule pod " + pod.id() + ": the minion list is empty");
    }
    java.util.Set<Integer> wanted = hostPorts(pod);
    java.util.Map<String, java.util.Set<Integer>> takenByHost = new java.util.HashMap<>();
    for (Pod existing : placed) {
      takenByHost
          .computeIfAbsent(existing.currentState().host(), host -> new java.util.HashSet<>())
          .addAll(hostPorts(existing));
    }
    java.util.List<String> fits =
        machines.stream()
            .filter(
                machine ->
                    java.util.Collections.disjoint(
                        wanted, takenByHost.getOrDefault(machine, java.util.Set.of())))
            .toList();
    if (fits.isEmpty()) {
      throw new SchedulingException(
          "failed to find fit for pod "
              + pod.id()
              + ": every machine already uses a host port of "
              + wanted);
    }
    int index;
    synchronized (random) {
      index = random.nextInt(fits.size());
    }
    return fits.get(index);
  }

  /** Returns the host ports {@code pod} claims; port 0 means "none" and claims nothing. */
  private static java.util.Set<Integer> hostPorts(Pod pod) {
    java.util.Set<Integer> ports = new java.util.HashSet<>();
    pod.desiredState().manifest().containers().stream()
        .limit(1)
        .flatMap(container -> container.ports().stream())
        .filter(port -> port.hostPort() != 0)
        .forEach(port -> ports.add(port.hostPort()));
    return ports;
  }
  // END EXERCISE
}
