package io.kubelab.scheduler;

import java.util.List;

/** FailingMinionLister fails every call with the exception it was given. */
record FailingMinionLister(ListerException failure) implements MinionLister {

  @Override
  public List<String> list() throws ListerException {
    throw failure;
  }
}
