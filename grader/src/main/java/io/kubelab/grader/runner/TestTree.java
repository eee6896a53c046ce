package io.kubelab.grader.runner;

import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * TestTree is the plan of a run read as the grader counts it: the graded test methods (every node
 * with a method source), the method each test or invocation belongs to, its class, the name a
 * student reads, and the wall-clock backstop it runs under.
 */
final class TestTree {
  private final TestPlan plan;
  private final Set<String> plannedMethods = ConcurrentHashMap.newKeySet();

  TestTree(TestPlan plan) {
    this.plan = plan;
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier node : plan.getDescendants(root)) {
        if (isMethod(node)) {
          plannedMethods.add(node.getUniqueId());
        }
      }
    }
  }

  TestPlan plan() {
    return plan;
  }

  TestIdentifier node(String uniqueId) {
    return plan.getTestIdentifier(UniqueId.parse(uniqueId));
  }

  boolean isPlanned(TestIdentifier node) {
    return plannedMethods.contains(node.getUniqueId());
  }

  /** Whether {@code node} is a top-level test class, not a nested one or a method. */
  boolean isTestClass(TestIdentifier node) {
    return node.getSource().filter(ClassSource.class::isInstance).isPresent()
        && plan.getParent(node).flatMap(TestIdentifier::getSource).isEmpty();
  }

  static boolean isMethod(TestIdentifier node) {
    return node.getSource().filter(MethodSource.class::isInstance).isPresent();
  }

  /**
   * Returns the graded method {@code id} belongs to: itself, or for an invocation of a
   * parameterized test (which has a method source of its own) the planned method above it.
   */
  Optional<TestIdentifier> methodOf(TestIdentifier id) {
    for (Optional<TestIdentifier> node = Optional.of(id);
        node.isPresent();
        node = plan.getParent(node.get())) {
      if (isPlanned(node.get())) {
        return node;
      }
    }
    return Optional.empty();
  }

  static Optional<String> testClass(TestIdentifier id) {
    return id.getSource()
        .map(
            source ->
                source instanceof MethodSource method
                    ? method.getClassName()
                    : source instanceof ClassSource type ? type.getClassName() : null);
  }

  /** Joins the display names from the test class down, e.g. "RandomScheduler › counts › n = 5". */
  String displayPath(TestIdentifier id) {
    StringBuilder path = new StringBuilder(id.getDisplayName());
    for (Optional<TestIdentifier> parent = plan.getParent(id);
        parent.isPresent() && parent.get().getSource().isPresent();
        parent = plan.getParent(parent.get())) {
      path.insert(0, parent.get().getDisplayName() + " › ");
    }
    return path.toString();
  }

  /**
   * Returns the wall-clock backstop for test {@code id}: the run's {@code wallLimit}, or twice the
   * test's own {@code @Timeout} if that is longer, since a test that declares a longer limit (one
   * that waits for a real etcd cluster) says it may wait that long on an idle machine.
   */
  Duration wallLimitOf(TestIdentifier id, Duration wallLimit) {
    Duration declared = Duration.ZERO;
    for (Optional<TestIdentifier> node = Optional.of(id);
        node.isPresent();
        node = plan.getParent(node.get())) {
      Optional<AnnotatedElement> element =
          node.get()
              .getSource()
              .map(
                  source ->
                      source instanceof MethodSource method
                          ? method.getJavaMethod()
                          : source instanceof ClassSource type ? type.getJavaClass() : null);
      Optional<Timeout> timeout =
          element.flatMap(e -> AnnotationSupport.findAnnotation(e, Timeout.class));
      if (timeout.isPresent()) {
        declared =
            Duration.of(timeout.get().value(), timeout.get().unit().toChronoUnit()).multipliedBy(2);
        break;
      }
    }
    return declared.compareTo(wallLimit) > 0 ? declared : wallLimit;
  }
}
