package io.kubelab.scheduler;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** RecordingFailingLister fails every call, and counts them, so a test knows it was asked. */
final class RecordingFailingLister implements MinionLister {
  private final ListerException failure;
  private final AtomicInteger calls = new AtomicInteger();

  RecordingFailingLister(ListerException failure) {
    this.failure = failure;
  }

  @Override
  public List<String> list() throws ListerException {
    calls.incrementAndGet();
    throw failure;
  }

  int calls() {
    return calls.get();
  }
}
