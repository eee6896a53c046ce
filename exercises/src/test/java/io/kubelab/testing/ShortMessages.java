package io.kubelab.testing;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * ShortMessages makes every test class of the kit print failures with {@link ShortRepresentation}.
 * JUnit finds it by its service file ({@code junit-platform.properties} turns that on), under Maven
 * and the grader alike, and it says nothing when it does.
 */
public final class ShortMessages implements BeforeAllCallback {
  private static final ShortRepresentation REPRESENTATION = new ShortRepresentation();

  @Override
  public void beforeAll(ExtensionContext context) {
    Assertions.useRepresentation(REPRESENTATION);
  }
}
