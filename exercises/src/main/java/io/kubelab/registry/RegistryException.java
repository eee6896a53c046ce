package io.kubelab.registry;

/** RegistryException says why the registry could not store or change a pod. */
public class RegistryException extends Exception {
  private static final long serialVersionUID = 1L;

  public RegistryException(String message) {
    super(message);
  }

  public RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
