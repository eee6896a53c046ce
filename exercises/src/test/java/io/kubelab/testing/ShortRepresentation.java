package io.kubelab.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * ShortRepresentation prints a large collection in a failure message as one line that counts,
 * rather than one line per element, so the line that explains the failure ("could not find the
 * following element(s): ["m2", "m3", "m4"]") stays on the first screen of {@code watch}.
 *
 * <p>Every test class of the kit uses it (see {@link ShortMessages}); small collections print as
 * AssertJ prints them.
 */
public final class ShortRepresentation extends StandardRepresentation {
  /** Collections up to this size print in full. */
  static final int LARGE = 12;

  /** A large collection with at most this many distinct values prints each one with its count. */
  private static final int FEW_DISTINCT = 8;

  @Override
  public String toStringOf(Object object) {
    if (object instanceof Collection<?> collection && collection.size() > LARGE) {
      return summary(new ArrayList<>(collection));
    }
    if (object instanceof Object[] array && array.length > LARGE) {
      return summary(Arrays.asList(array));
    }
    return super.toStringOf(object);
  }

  private String summary(List<?> elements) {
    Map<Object, Long> counts = new LinkedHashMap<>();
    elements.forEach(element -> counts.merge(element, 1L, Long::sum));
    String shown =
        counts.size() <= FEW_DISTINCT
            ? counts.entrySet().stream()
                .map(count -> super.toStringOf(count.getKey()) + " ×" + count.getValue())
                .collect(Collectors.joining(", "))
            : elements.stream()
                    .limit(LARGE)
                    .map(super::toStringOf)
                    .collect(Collectors.joining(", "))
                + ", ...";
    return "[" + elements.size() + " elements: " + shown + "]";
  }
}
