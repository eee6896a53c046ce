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
    // TODO(lesson pr-265, exercise keep-create-error): this is the 2014 code, and it has two holes.
    //  The pod key's create error is dropped (Go overwrote err on the next line; PR #557 fixed it),
    //  and when adding the manifest fails the pod key stays behind, a "stranded" pod (PR #269).
    //  Let the create error propagate, and delete the pod key again if addManifest fails.
    Versioned<List<ContainerManifest>> current = loadManifests(machine);
    try {
      helper.createObj(makePodKey(machine, pod.id()), pod);
    } catch (EtcdException dropped) {
      // The 2014 code lost this error; see the TODO above.
    }
    addManifest(pod, machine, current);
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
    // TODO(lesson pr-265, exercise update-manifests): loop: append manifest to a copy of the list,
    //  updateManifests(machine, list, index); if etcd says another writer was first (101, or 105
    //  for a first write), loadManifests again and retry; any other error is thrown.
    throw new UnsupportedOperationException(
        "TODO: EtcdRegistry.addManifest is not written yet."
            + " Lesson: lessons/pr-265-etcd-cas.md, exercise update-manifests."
            + " Hint: retry only when EtcdErrors.isEtcdConflict or isEtcdNodeExist says so;"
            + " ./kubelab hint update-manifests");
    // END EXERCISE
  }

  /**
   * Writes {@code manifests} as {@code machine}'s list if nobody changed it since {@code index};
   * index 0 means the list did not exist.
   */
  void updateManifests(String machine, List<ContainerManifest> manifests, long index)
      throws EtcdException {
    // BEGIN EXERCISE update-manifests
    // TODO(lesson pr-265, exercise update-manifests): with index != 0, compare-and-swap the list
    //  against index (EtcdHelper.compareAndSwapObj); with index 0, writeFirstManifests.
    throw new UnsupportedOperationException(
        "TODO: EtcdRegistry.updateManifests is not written yet."
            + " Lesson: lessons/pr-265-etcd-cas.md, exercise update-manifests."
            + " Hint: if (index != 0) compare-and-swap, else writeFirstManifests;"
            + " ./kubelab hint update-manifests");
    // END EXERCISE
  }

  /** Writes the first manifest list of {@code machine}, whose kubelet key does not exist yet. */
  void writeFirstManifests(String machine, List<ContainerManifest> manifests) throws EtcdException {
    // BEGIN EXERCISE create-first-pod
    // TODO(lesson pr-265, exercise create-first-pod): this is the 2014 code: an unconditional set.
    //  Two first pods on an empty machine both read "no list", both set, and the last one wins.
    //  Write with a create-only write instead, so the loser gets 105 and retries (PR #740).
    helper.setObj(makeContainerKey(machine), manifests);
    // END EXERCISE
  }

  /**
   * Adds {@code pod}'s manifest to {@code machine}'s list through {@link EtcdHelper#atomicUpdate},
   * and survives an ambiguous failure: if a write committed but the answer was lost, running again
   * must not list the pod twice.
   */
  public void assignPod(Pod pod, String machine) throws EtcdException {
    // BEGIN EXERCISE atomic-update
    // TODO(lesson pr-265, exercise atomic-update): atomicUpdate the kubelet key with a function
    // that
    //  appends the manifest unless a manifest with this pod's id is already listed; retry the whole
    //  update a few times when etcd was unreachable (EtcdErrors.isEtcdUnreachable).
    throw new UnsupportedOperationException(
        "TODO: EtcdRegistry.assignPod is not written yet (bonus)."
            + " Lesson: lessons/pr-265-etcd-cas.md, exercise atomic-update."
            + " Hint: make the update idempotent: already listed means nothing to do;"
            + " ./kubelab hint atomic-update");
    // END EXERCISE
  }
}
