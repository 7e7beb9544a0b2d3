package dev.cairn.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsAndChartTest {

  @ParameterizedTest
  @CsvSource({"'5', 5, 5", "'3;1;2', 2, 1", "'4;1;3;2', 2.5, 1", "'10;1;1000;9;8', 9, 1"})
  void medianAndMinimum(String samples, double median, double min) {
    String[] parts = samples.split(";");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    Stats s = Stats.of(values);
    assertThat(s.median()).isEqualTo(median);
    assertThat(s.min()).isEqualTo(min);
    assertThat(s.n()).isEqualTo(parts.length);
  }

  @ParameterizedTest
  @CsvSource({"0.7, 1", "1, 1", "1.3, 2", "2.2, 2.5", "3, 5", "7, 10", "130, 200", "0.042, 0.05"})
  void axisStepsAreRound(double raw, double step) {
    assertThat(Chart.niceStep(raw)).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-12));
  }
}
