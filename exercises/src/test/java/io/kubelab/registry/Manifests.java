package io.kubelab.registry;

import io.kubelab.api.ContainerManifest;
import io.kubelab.api.Pod;
import io.kubelab.tools.EtcdClient;
import io.kubelab.tools.EtcdException;
import io.kubelab.tools.EtcdHelper;
import java.util.ArrayList;
import java.util.List;

/** Manifests reads what a machine's kubelet would see, and makes pods for the etcd tests. */
final class Manifests {
  private Manifests() {}

  /** Returns the pod ids listed in {@code machine}'s kubelet key, in list order. */
  static List<String> listedOn(EtcdClient etcd, String machine) throws EtcdException {
    return new EtcdHelper(etcd)
            .extractObj(EtcdRegistry.makeContainerKey(machine), EtcdRegistry.MANIFESTS, false)
            .value()
            .stream()
            .map(ContainerManifest::id)
            .toList();
  }

  /** Returns a pod named {@code id} with an empty manifest. */
  static Pod pod(String id) {
    return new Pod(id, null, null, null);
  }

  /** Returns a manifest for the pod named {@code id}. */
  static ContainerManifest manifest(String id) {
    return new ContainerManifest(null, null, id);
  }

  /**
   * Appends a manifest for {@code podId} to {@code machine}'s list, creating the list if there is
   * none: what another API call that got there first does.
   */
  static void append(EtcdClient etcd, String machine, String podId) throws EtcdException {
    EtcdHelper helper = new EtcdHelper(etcd);
    String key = EtcdRegistry.makeContainerKey(machine);
    List<ContainerManifest> listed = helper.extractObj(key, EtcdRegistry.MANIFESTS, true).value();
    List<ContainerManifest> manifests = new ArrayList<>(listed == null ? List.of() : listed);
    manifests.add(manifest(podId));
    helper.setObj(key, manifests);
  }

  /** Writes {@code machine}'s kubelet key with the given pod ids already listed. */
  static void seed(EtcdClient etcd, String machine, String... podIds) throws EtcdException {
    List<ContainerManifest> manifests = List.of(podIds).stream().map(Manifests::manifest).toList();
    new EtcdHelper(etcd).setObj(EtcdRegistry.makeContainerKey(machine), manifests);
  }
}
