package io.kubelab.tools;

/**
 * EtcdException is an error etcd answered with (or, for {@link EtcdErrors#UNREACHABLE}, the lack of
 * an answer), carrying etcd's v2 error code and the store's index at the time.
 */
public class EtcdException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int errorCode;
  private final long index;

  public EtcdException(int errorCode, String message, long index) {
    super(message);
    this.errorCode = errorCode;
    this.index = index;
  }

  public EtcdException(int errorCode, String message, long index, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.index = index;
  }

  /** Returns etcd's error code, e.g. 101 for a failed compare-and-swap. */
  public int errorCode() {
    return errorCode;
  }

  /** Returns etcd's global index when the error happened (0 when unknown). */
  public long index() {
    return index;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + " (etcd error " + errorCode + ")";
  }
}
