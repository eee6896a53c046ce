package io.kubelab.scheduler;

/**
 * Outcome is what one {@code schedule} call did: the machine it returned or what it threw, so a
 * failure message can say which.
 */
record Outcome(String returned, Throwable thrown) {

  /** One call to a scheduler. */
  @FunctionalInterface
  interface Call {
    String schedule() throws Exception;
  }

  /** Runs {@code call} once and records its result. */
  static Outcome of(Call call) {
    try {
      return new Outcome(call.schedule(), null);
    } catch (Exception | Error e) {
      return new Outcome(null, e);
    }
  }

  /** Returns whether {@code cause} is the cause of what was thrown, or anywhere below it. */
  boolean causedBy(Throwable cause) {
    int depth = 0;
    for (Throwable t = thrown == null ? null : thrown.getCause();
        t != null && depth < 100;
        t = t.getCause(), depth++) {
      if (t == cause) {
        return true;
      }
    }
    return false;
  }

  /** Describes the outcome for a failure message, e.g. "schedule returned \"m1\"". */
  @Override
  public String toString() {
    if (thrown == null) {
      return returned == null ? "schedule returned null" : "schedule returned \"" + returned + "\"";
    }
    StringBuilder text = new StringBuilder("schedule threw ").append(thrown);
    int depth = 0;
    for (Throwable t = thrown.getCause(); t != null && depth < 10; t = t.getCause(), depth++) {
      text.append(", caused by ").append(t);
    }
    if (depth == 0) {
      text.append(" (no cause)");
    }
    return text.toString();
  }
}
