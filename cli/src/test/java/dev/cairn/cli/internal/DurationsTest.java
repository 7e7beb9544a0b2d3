package dev.cairn.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({
    "30, 30000",
    "500ms, 500",
    "30s, 30000",
    "2m, 120000",
    "1h, 3600000",
    "1m30s, 90000",
    "PT1.5S, 1500",
    "pt2m, 120000",
    "0s, 0",
    "' 10S ', 10000"
  })
  void parses(String text, long millis) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten", "-5s", "5 s", "5d", "PT-1S", "s"})
  void rejects(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("is not a duration");
  }
}
