package io.kubelab.grader.kit;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RubricGroup is one named part of what an exercise teaches, with the points it is worth and the
 * checks that test it, so that points follow the lesson rather than the number of test methods.
 *
 * <p>A check pattern is {@code TestClass#method}, the test class by its simple name and the method
 * by its Java name; {@code *} in either part matches any run of characters, e.g. {@code
 * "RandomSchedulerHiddenTest#listerFailure*"}. The group's points are shared equally by the test
 * methods it holds, and a parameterized method's invocations share that method's part.
 */
public record RubricGroup(String group, double points, List<String> checks) {
  /** The longest group name: the grade report lines group names up in a column this wide. */
  public static final int NAME_WIDTH = 22;

  public RubricGroup {
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** Returns whether one of this group's patterns matches the method {@code method} of a class. */
  public boolean covers(String testClass, String method) {
    return checks.stream().anyMatch(pattern -> matches(pattern, testClass, method));
  }

  /**
   * Returns whether {@code pattern} is {@code TestClass#method} with a class part that matches
   * {@code testClass} (a fully qualified name).
   */
  static boolean namesClass(String pattern, String testClass) {
    int hash = pattern.indexOf('#');
    return hash >= 0 && glob(pattern.substring(0, hash)).matcher(simpleName(testClass)).matches();
  }

  private static String simpleName(String testClass) {
    return testClass.substring(testClass.lastIndexOf('.') + 1);
  }

  private static boolean matches(String pattern, String testClass, String method) {
    return namesClass(pattern, testClass)
        && glob(pattern.substring(pattern.indexOf('#') + 1)).matcher(method).matches();
  }

  private static Pattern glob(String glob) {
    return Pattern.compile(
        Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
  }
}
