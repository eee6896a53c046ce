package io.kubelab.tools;

/**
 * EtcdErrors names etcd's v2 error codes and answers "was it this error?", as Go's {@code
 * IsEtcdNotFound} and {@code IsEtcdConflict} did.
 */
public final class EtcdErrors {
  /** 100, "Key not found". */
  public static final int NOT_FOUND = 100;

  /** 101, "Compare failed": someone wrote the key since the index you compared. */
  public static final int TEST_FAILED = 101;

  /** 105, "Key already exists": a create-only write found the key there. */
  public static final int NODE_EXIST = 105;

  /**
   * 501, go-etcd's "etcd not reachable": no answer came back. The write may or may not have
   * happened; a client cannot tell.
   */
  public static final int UNREACHABLE = 501;

  private EtcdErrors() {}

  /** Returns whether {@code error} is etcd's 100, "Key not found". */
  public static boolean isEtcdNotFound(Throwable error) {
    return hasCode(error, NOT_FOUND);
  }

  /**
   * Returns whether {@code error} is etcd's 101, a failed compare-and-swap (the name PR #265 gave
   * it; PR #784 renamed it {@code IsEtcdTestFailed}).
   */
  public static boolean isEtcdConflict(Throwable error) {
    return hasCode(error, TEST_FAILED);
  }

  /** Returns whether {@code error} is etcd's 105, a create-only write that found the key. */
  public static boolean isEtcdNodeExist(Throwable error) {
    return hasCode(error, NODE_EXIST);
  }

  /** Returns whether {@code error} means no answer came back, so the outcome is unknown. */
  public static boolean isEtcdUnreachable(Throwable error) {
    return hasCode(error, UNREACHABLE);
  }

  private static boolean hasCode(Throwable error, int code) {
    return error instanceof EtcdException etcd && etcd.errorCode() == code;
  }
}
