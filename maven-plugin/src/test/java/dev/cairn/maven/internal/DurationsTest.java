package dev.cairn.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @ParameterizedTest
  @CsvSource({
    "30, 30000",
    "250ms, 250",
    "30s, 30000",
    "10m, 600000",
    "1h, 3600000",
    "1m5s, 65000",
    "PT2S, 2000"
  })
  void parses(String text, long millis) {
    assertThat(Durations.parse("p", text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-1s", "PT-1S", "3d"})
  void rejects(String text) {
    assertThatThrownBy(() -> Durations.parse("lockTimeout", text))
        .hasMessageStartingWith("lockTimeout '" + text + "' is not a duration");
  }
}
