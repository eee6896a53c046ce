package io.kubelab.registry;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.tools.EtcdClient;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.EtcdHelper;
import io.kubelab.tools.Versioned;
import java.util.List;

/**
 * EtcdRegistry stores pods in etcd the way the 2014 apiserver did: the pod itself under {@code
 * /registry/hosts/<machine>/pods/<id>}, and its manifest appended to the list the machine's kubelet
 * reads, {@code /registry/hosts/<machine>/kubelet}.
 *
 * <p>That list is shared by every pod on the machine, so two API calls that add pods to one machine
 * at once both read it, both append, both write: without compare-and-swap, one pod vanishes.
 */
public final class EtcdRegistry implements PodRegistry {
  /** The type of a kubelet key's value: a JSON array of manifests. */
  public static final TypeReference<List<ContainerManifest>> MANIFESTS = new TypeReference<>() {};

  private final EtcdHelper helper;
  private final ManifestFactory manifestFactory;

  public EtcdRegistry(EtcdClient client, ManifestFactory manifestFactory) {
    this.helper = new EtcdHelper(client);
    this.manifestFactory = manifestFactory;
  }

  /** Returns the key of {@code podId} on {@code machine}. */
  public static String makePodKey(String machine, String podId) {
    return "/registry/hosts/" + machine + "/pods/" + podId;
  }

  /** Returns the key of {@code machine}'s manifest list, which its kubelet watches. */
  public static String makeContainerKey(String machine) {
    return "/registry/hosts/" + machine + "/kubelet";
  }

  @Override
  public void createPod(String machine, Pod pod) throws RegistryException {
    try {
      runPod(pod, machine);
    } catch (EtcdException e) {
      throw new RegistryException("cannot create pod " + pod.id() + " on " + machine, e);
    }
  }

  /**
   * Returns {@code machine}'s manifests and the index to compare-and-swap against: an empty list
   * and index 0 when the machine has none yet.
   */
  public Versioned<List<ContainerManifest>> loadManifests(String machine) throws EtcdException {
    Versioned<List<ContainerManifest>> read =
        helper.extractObj(makeContainerKey(machine), MANIFESTS, true);
    return read.value() == null ? new Versioned<>(List.of(), 0) : read;
  }

  /** Stores {@code pod} on {@code machine}: the pod key first, then its manifest in the list. */
  public void runPod(Pod pod, String machine) throws EtcdException {
    // BEGIN EXERCISE keep-create-error
    Versioned<List<ContainerManifest>> current = loadManifests(machine);
    String podKey = makePodKey(machine, pod.id());
    try {
      helper.createObj(podKey, pod);
      addManifest(pod, machine, current);
    } catch (EtcdException e) {
      // Do not strand the pod: no kubelet would ever run it.
      try {
        helper.client().delete(podKey);
      } catch (EtcdException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    // END EXERCISE
  }

  /**
   * Appends {@code pod}'s manifest to {@code machine}'s list, starting from {@code current}, and
   * writes it back; whenever another writer got there first, reads the list again and retries.
   */
  void addManifest(Pod pod, String machine, Versioned<List<ContainerManifest>> current)
      throws EtcdException {
    ContainerManifest manifest = manifestFactory.makeManifest(machine, pod);
    // BEGIN EXERCISE update-manifests
    while (true) {
      java.util.List<ContainerManifest> manifests = new java.util.ArrayList<>(current.value());
      manifests.add(manifest);
      try {
        updateManifests(machine, manifests, current.index());
        return;
      } catch (EtcdException e) {
        // 101: someone changed the list since we read it; 105: someone created it first.
        if (!io.kubelab.tools.EtcdErrors.isEtcdConflict(e)
            && !io.kubelab.tools.EtcdErrors.isEtcdNodeExist(e)) {
          throw e;
        }
      }
      current = loadManifests(machine);
    }
    // END EXERCISE
  }

  /**
   * Writes {@code manifests} as {@code machine}'s list if nobody changed it since {@code index};
   * index 0 means the list did not exist.
   */
  void updateManifests(String machine, List<ContainerManifest> manifests, long index)
      throws EtcdException {
    // BEGIN EXERCISE update-manifests
    if (index != 0) {
      helper.compareAndSwapObj(makeContainerKey(machine), manifests, index);
    } else {
      writeFirstManifests(machine, manifests);
    }
    // END EXERCISE
  }

  /** Writes the first manifest list of {@code machine}, whose kubelet key does not exist yet. */
  void writeFirstManifests(String machine, List<ContainerManifest> manifests) throws EtcdException {
    // BEGIN EXERCISE create-first-pod
    helper.createObj(makeContainerKey(machine), manifests);
    // END EXERCISE
  }

  /**
   * Adds {@code pod}'s manifest to {@code machine}'s list through {@link EtcdHelper#atomicUpdate},
   * and survives an ambiguous failure: if a write committed but the answer was lost, running again
   * must not list the pod twice.
   */
  public void assignPod(Pod pod, String machine) throws EtcdException {
    // BEGIN EXERCISE atomic-update
    ContainerManifest manifest = manifestFactory.makeManifest(machine, pod);
    int attemptsLeft = 3;
    while (true) {
      try {
        helper.atomicUpdate(
            makeContainerKey(machine),
            MANIFESTS,
            listed -> {
              java.util.List<ContainerManifest> manifests =
                  listed == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(listed);
              // Already listed: an earlier attempt committed even though its answer was lost.
              if (manifests.stream().noneMatch(m -> pod.id().equals(m.id()))) {
                manifests.add(manifest);
              }
              return manifests;
            });
        return;
      } catch (EtcdException e) {
        attemptsLeft--;
        if (!io.kubelab.tools.EtcdErrors.isEtcdUnreachable(e) || attemptsLeft == 0) {
          throw e;
        }
      }
    }
    // END EXERCISE
  }
}
