package io.kubelab.tools.launch;

import java.io.IOException;
import java.util.List;

/** RealEtcd is a running etcd server or cluster, reachable on 127.0.0.1. */
public interface RealEtcd extends AutoCloseable {

  /** Returns the client URLs, e.g. {@code http://127.0.0.1:23791}. */
  List<String> endpoints();

  /** Says what this etcd is, for a run to report which etcd it used. */
  String description();

  /** Returns the number of members. */
  int members();

  /**
   * Kills the current leader of a multi-member cluster and returns its name.
   *
   * @throws UnsupportedOperationException where the kit did not start the members itself
   */
  String killLeader() throws IOException, InterruptedException;

  /** Stops what this etcd started and deletes its data; does nothing the second time. */
  @Override
  void close();
}
