package io.kubelab.scheduler;

/** ListerException says why a lister could not list its machines or pods. */
public class ListerException extends Exception {
  private static final long serialVersionUID = 1L;

  public ListerException(String message) {
    super(message);
  }

  public ListerException(String message, Throwable cause) {
    super(message, cause);
  }
}
