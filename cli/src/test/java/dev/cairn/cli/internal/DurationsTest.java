package dev.cairn.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** The converter only adapts DurationText (tested in migration-runtime) to picocli's exception. */
class DurationsTest {
  @ParameterizedTest
  @CsvSource({"30, 30000", "1m30s, 90000", "PT1.5S, 1500"})
  void converts(String text, long millis) {
    assertThat(new Durations().convert(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ten", "-5s", "PT-1S"})
  void rejectsAsAUsageError(String text) {
    assertThatThrownBy(() -> new Durations().convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "'" + text + "' is not a duration; write e.g. 500ms, 30s, 2m, 1h, 1m30s or PT30S");
  }
}
