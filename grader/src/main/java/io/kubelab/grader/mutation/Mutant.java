package io.kubelab.grader.mutation;

/**
 * Mutant is one mutation PIT made and what the checks did about it, as its {@code mutations.xml}
 * reports it; {@code detected} is PIT's verdict that some check failed (killed or timed out).
 */
public record Mutant(
    String mutatedClass,
    String sourceFile,
    String method,
    int line,
    String mutator,
    String description,
    String status,
    boolean detected,
    String killingTest) {

  /** Returns the file the mutant is in, relative to {@code exercises/} as the catalog names it. */
  public String file() {
    int dot = mutatedClass.lastIndexOf('.');
    String packagePath = dot < 0 ? "" : mutatedClass.substring(0, dot).replace('.', '/') + "/";
    return "src/main/java/" + packagePath + sourceFile;
  }

  /** Returns whether the mutant was detected only because it ran out of time. */
  public boolean timedOut() {
    return status.equals("TIMED_OUT");
  }
}
