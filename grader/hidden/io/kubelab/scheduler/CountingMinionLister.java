package io.kubelab.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * CountingMinionLister counts its {@code list()} calls and may answer each call differently, so a
 * test can tell whether a scheduler listed once per pod and used that call's answer.
 */
final class CountingMinionLister implements MinionLister {
  private final IntFunction<List<String>> answers;
  private final List<List<String>> given = new ArrayList<>();

  CountingMinionLister(IntFunction<List<String>> answers) {
    this.answers = answers;
  }

  @Override
  public synchronized List<String> list() {
    List<String> answer = answers.apply(given.size());
    given.add(answer);
    return answer;
  }

  synchronized int calls() {
    return given.size();
  }

  /** Returns the list the most recent call returned. */
  synchronized List<String> last() {
    return given.get(given.size() - 1);
  }
}
