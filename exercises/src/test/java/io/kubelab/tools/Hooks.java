package io.kubelab.tools;

import java.util.List;

/** Hooks runs several hooks in order, so a test can record and script at once. */
public record Hooks(List<MemoryEtcd.Hook> hooks) implements MemoryEtcd.Hook {

  public static Hooks of(MemoryEtcd.Hook... hooks) {
    return new Hooks(List.of(hooks));
  }

  @Override
  public void before(MemoryEtcd.Call call) throws EtcdException {
    for (MemoryEtcd.Hook hook : hooks) {
      hook.before(call);
    }
  }

  @Override
  public void after(MemoryEtcd.Call call, EtcdNode result) throws EtcdException {
    for (MemoryEtcd.Hook hook : hooks) {
      hook.after(call, result);
    }
  }

  @Override
  public void failed(MemoryEtcd.Call call, EtcdException error) {
    for (MemoryEtcd.Hook hook : hooks) {
      hook.failed(call, error);
    }
  }
}
