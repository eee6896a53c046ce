package io.kubelab.grader.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * ClassFiles finds the class files a source compiled to, its member classes included and its
 * anonymous and local ones left out, so a build can tell whether what other sources see of it
 * changed.
 */
final class ClassFiles {
  private ClassFiles() {}

  /**
   * Returns the signatures of the classes a source declared, named by {@code binaryNames}, as
   * compiled into {@code output}: its top-level types and their member classes, by class file name.
   * A class missing from {@code output} has no signature, which differs from any it had.
   */
  static Map<String, ClassSignature> signatures(Path output, Set<String> binaryNames)
      throws IOException {
    Map<String, ClassSignature> signatures = new TreeMap<>();
    for (String binaryName : binaryNames) {
      int dot = binaryName.lastIndexOf('.');
      Path dir = output.resolve(dot < 0 ? "" : binaryName.substring(0, dot).replace('.', '/'));
      String simple = topLevelSimpleName(binaryName);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> listing = Files.list(dir)) {
        for (Path file : listing.toList()) {
          String name = file.getFileName().toString();
          if (name.equals(simple + ".class") || isMemberClass(name, simple)) {
            signatures.put(output.relativize(file).toString(), ClassSignature.of(file));
          }
        }
      }
    }
    return signatures;
  }

  /** Anonymous and local classes ({@code Outer$1}, {@code Outer$1Local}) belong to a body. */
  private static boolean isMemberClass(String fileName, String topLevel) {
    if (!fileName.startsWith(topLevel + "$") || !fileName.endsWith(".class")) {
      return false;
    }
    for (String part : fileName.substring(topLevel.length() + 1).split("\\$")) {
      if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The simple name of the top-level class a binary name belongs to. */
  static String topLevelSimpleName(String binaryName) {
    String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    return nested < 0 ? simple : simple.substring(0, nested);
  }
}
