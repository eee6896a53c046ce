package io.kubelab.scheduler;

/** SchedulingException says why no machine could be chosen for a pod. */
public class SchedulingException extends Exception {
  private static final long serialVersionUID = 1L;

  public SchedulingException(String message) {
    super(message);
  }

  public SchedulingException(String message, Throwable cause) {
    super(message, cause);
  }
}
