package io.kubelab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rounding the shares of an exercise's points")
class ShareRoundingTest {
  @Test
  @DisplayName("keeps their sum: three thirds of 10 add up to 10")
  void thirdsAddUp() {
    List<BigDecimal> shares = ShareRounding.round(Collections.nCopies(3, 10.0 / 3), 4);

    assertThat(shares)
        .as("three thirds of 10 to 4 decimals")
        .containsExactly(
            new BigDecimal("3.3334"), new BigDecimal("3.3333"), new BigDecimal("3.3333"));
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("their sum")
        .isEqualByComparingTo("10");
  }

  @Test
  @DisplayName("keeps the sum of many uneven shares")
  void unevenSharesAddUp() {
    List<Double> uneven =
        List.of(24.0 / 7, 24.0 / 7, 24.0 / 7, 7.0 / 9, 7.0 / 9, 2.0 / 3, 2.0 / 3, 2.0 / 3, 8.5166);
    double sum = uneven.stream().mapToDouble(Double::doubleValue).sum();

    assertThat(ShareRounding.round(uneven, 4).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the sum of the rounded shares, against the sum rounded")
        .isEqualByComparingTo(BigDecimal.valueOf(sum).setScale(4, RoundingMode.HALF_UP));
  }

  @Test
  @DisplayName("leaves shares that are already round as they are")
  void roundSharesStay() {
    assertThat(ShareRounding.round(List.of(2.5, 7.5, 0.0), 4))
        .as("shares that need no rounding")
        .containsExactly(
            new BigDecimal("2.5000"), new BigDecimal("7.5000"), new BigDecimal("0.0000"));
  }
}
