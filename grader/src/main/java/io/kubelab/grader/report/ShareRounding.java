package io.kubelab.grader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * ShareRounding rounds the shares of a whole to a fixed number of decimals so that they still add
 * up to the whole rounded alike (the largest-remainder method): three checks of a 10-point exercise
 * get 3.3334, 3.3333 and 3.3333, so a student who passes all three is shown 10, not 9.9999 or
 * 10.0001.
 */
final class ShareRounding {
  private ShareRounding() {}

  /** Returns {@code shares} rounded to {@code decimals}, adding up to their sum rounded alike. */
  static List<BigDecimal> round(List<Double> shares, int decimals) {
    BigDecimal whole =
        BigDecimal.valueOf(shares.stream().mapToDouble(Double::doubleValue).sum())
            .setScale(decimals, RoundingMode.HALF_UP);
    List<BigDecimal> exact = shares.stream().map(BigDecimal::valueOf).toList();
    List<BigDecimal> rounded = new ArrayList<>();
    for (BigDecimal share : exact) {
      rounded.add(share.setScale(decimals, RoundingMode.FLOOR));
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    BigDecimal missing = whole.subtract(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    // The shares that lost most to the floor get the units still missing, first come first served
    // among equal remainders, so the result does not depend on anything but the order given.
    List<Integer> byRemainder =
        IntStream.range(0, exact.size())
            .boxed()
            .sorted(
                Comparator.comparing((Integer i) -> exact.get(i).subtract(rounded.get(i)))
                    .reversed())
            .toList();
    for (int i = 0; missing.signum() > 0 && i < byRemainder.size(); i++) {
      int index = byRemainder.get(i);
      rounded.set(index, rounded.get(index).add(unit));
      missing = missing.subtract(unit);
    }
    return rounded;
  }
}
