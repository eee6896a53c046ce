package io.kubelab.grader.runner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CodeUnderTest tells the submission's own classes from the tests and libraries in a stack, so a
 * test stopped for a hang can name the method that did not return ({@code
 * RoundRobinScheduler.schedule}) rather than only the test that called it.
 *
 * <p>The submission's classes are those loaded from {@code target/classes} of the folder the test
 * JVM runs in; the tests come from {@code target/test-classes}, libraries from jars.
 */
final class CodeUnderTest {
  private final Path mainClasses;
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  CodeUnderTest(Path mainClasses) {
    this.mainClasses = mainClasses.toAbsolutePath().normalize();
  }

  /** The classes of the folder this JVM runs in. */
  static CodeUnderTest ofWorkingDirectory() {
    return new CodeUnderTest(Path.of("target", "classes"));
  }

  /**
   * Returns the outermost call into the code under test in {@code stack} (innermost frame first),
   * which is the call the test made: "`RoundRobinScheduler.schedule`", "the `RandomScheduler`
   * constructor"; empty if the stack never enters it.
   */
  Optional<String> outermostCall(StackTraceElement[] stack) {
    for (int i = stack.length - 1; i >= 0; i--) {
      if (isUnderTest(stack[i].getClassName())) {
        return Optional.of(describe(stack[i]));
      }
    }
    return Optional.empty();
  }

  private boolean isUnderTest(String className) {
    return known.computeIfAbsent(className, this::loadedFromMainClasses);
  }

  private boolean loadedFromMainClasses(String className) {
    try {
      CodeSource source =
          Class.forName(className, false, ClassLoader.getSystemClassLoader())
              .getProtectionDomain()
              .getCodeSource();
      return source != null
          && Path.of(source.getLocation().toURI()).toAbsolutePath().normalize().equals(mainClasses);
    } catch (ClassNotFoundException | URISyntaxException | LinkageError | SecurityException e) {
      // A hidden class (a lambda) or one of another loader: not a call the test made by name.
      return false;
    }
  }

  private static String describe(StackTraceElement frame) {
    String className = frame.getClassName();
    String type = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    String method = frame.getMethodName();
    if (method.equals("<init>")) {
      return "the `" + type + "` constructor";
    }
    if (method.equals("<clinit>")) {
      return "the static initialiser of `" + type + "`";
    }
    if (method.startsWith("lambda$")) {
      // lambda$schedule$0: a lambda written inside schedule.
      String[] parts = method.split("\\$");
      method = parts.length > 1 ? parts[1] : method;
    }
    return "`" + type + "." + method + "`";
  }
}
