package dev.cairn.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The linear-growth verdict, including the spans a noisy machine makes unmeasurable. */
class GrowthVerdictTest {

  private static String verdict(double lower, double upper, double average) {
    return Report.growthFigures(new double[] {lower, upper, average})[1];
  }

  @Test
  void comparesTheTwoMarginalCostsWhenBothAreMeasurable() {
    assertThat(verdict(2.0, 2.9, 3.0)).isEqualTo("MET");
    assertThat(verdict(2.0, 3.1, 3.0)).isEqualTo("MISSED");
  }

  @Test
  void flatGrowthIsLinear() {
    assertThat(verdict(0.4, -0.1, 1.0)).isEqualTo("MET");
    assertThat(verdict(-1.3, 0.0, 1.0)).isEqualTo("MET");
  }

  @Test
  void aLowerSpanLostInNoiseIsJudgedAgainstTheAverageCostPerMigration() {
    String[] linear = Report.growthFigures(new double[] {-1.277, 0.751, 1.05});
    assertThat(linear[1]).isEqualTo("MET");
    assertThat(linear[0]).contains("within noise", "×0.72");
    // A quadratic history: the upper span costs far more per migration than the average so far.
    assertThat(verdict(-0.2, 12.0, 2.0)).isEqualTo("MISSED");
  }
}
