package io.kubelab.tools.launch;

import java.util.List;

/** ExistingEtcd is a cluster someone else runs: the kit uses it and never stops it. */
record ExistingEtcd(List<String> endpoints) implements RealEtcd {

  ExistingEtcd {
    endpoints = endpoints.stream().map(String::strip).toList();
  }

  @Override
  public String description() {
    return "existing cluster KUBELAB_ETCD_ENDPOINTS=" + String.join(",", endpoints);
  }

  @Override
  public int members() {
    return endpoints.size();
  }

  @Override
  public String killLeader() {
    throw new UnsupportedOperationException(
        "the kit does not kill members of a cluster it did not start");
  }

  @Override
  public void close() {}
}
