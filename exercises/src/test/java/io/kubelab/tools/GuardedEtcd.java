package io.kubelab.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GuardedEtcd makes the embedded etcd for tests of retry loops: after more calls than any correct
 * loop makes in a test, every call fails with an error no loop should retry (599). A loop that
 * never converges (one that compares a wrong index, or re-reads nothing) then ends its test with a
 * message instead of spinning until the time limit.
 */
public final class GuardedEtcd {
  /** Far more calls than the busiest test makes with a correct solution (about 100). */
  public static final int CALL_BUDGET = 5_000;

  private GuardedEtcd() {}

  /** Returns an embedded etcd that runs {@code hooks} in order, within the call budget. */
  public static MemoryEtcd create(MemoryEtcd.Hook... hooks) {
    AtomicInteger calls = new AtomicInteger();
    MemoryEtcd.Hook budget =
        new MemoryEtcd.Hook() {
          @Override
          public void before(MemoryEtcd.Call call) throws EtcdException {
            if (calls.incrementAndGet() > CALL_BUDGET) {
              throw new EtcdException(
                  599,
                  "more than "
                      + CALL_BUDGET
                      + " etcd calls: the retry loop does not converge"
                      + " (does it read the list and its index again after a conflict?)",
                  0);
            }
          }
        };
    List<MemoryEtcd.Hook> all = new ArrayList<>();
    all.add(budget);
    all.addAll(List.of(hooks));
    return new MemoryEtcd(new Hooks(all));
  }
}
