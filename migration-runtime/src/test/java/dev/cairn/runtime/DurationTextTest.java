package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {
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
    assertThat(DurationText.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten", "-5s", "5 s", "5d", "PT-1S", "-PT1S", "s"})
  void rejects(String text) {
    assertThatThrownBy(() -> DurationText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'" + text + "' is not a duration; write e.g. 500ms, 30s, 2m, 1h, 1m30s or PT30S");
  }
}
