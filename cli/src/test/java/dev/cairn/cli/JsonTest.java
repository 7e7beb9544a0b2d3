package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  enum Kind {
    TABLE
  }

  record Item(String name, int count, Optional<String> note, List<Kind> kinds) {}

  @Test
  void writesRecordsMapsAndListsInOrderWithTwoSpaceIndent() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", new Item("t", 2, Optional.empty(), List.of(Kind.TABLE)));
    m.put("empty", List.of());
    m.put("none", Map.of());
    m.put("path", Path.of("db", "migrations"));
    m.put("timeout", Duration.ofSeconds(90));
    m.put("ratio", 0.5);
    m.put("nan", Double.NaN);
    m.put("flag", false);
    m.put("nothing", null);
    assertThat(Json.write(m))
        .isEqualTo(
            """
            {
              "z": 1,
              "a": {
                "name": "t",
                "count": 2,
                "note": null,
                "kinds": [
                  "TABLE"
                ]
              },
              "empty": [],
              "none": {},
              "path": "db/migrations",
              "timeout": "PT1M30S",
              "ratio": 0.5,
              "nan": null,
              "flag": false,
              "nothing": null
            }
            """);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          plain            | "plain"
          say "hi"         | "say \\"hi\\""
          back\\slash      | "back\\\\slash"
          """)
  void quotesStrings(String in, String expected) {
    assertThat(Json.quote(in)).isEqualTo(expected);
  }

  @Test
  void escapesControlCharacters() {
    assertThat(Json.quote("a\nb\tc\u0001\u2028")).isEqualTo("\"a\\nb\\tc\\u0001\\u2028\"");
  }

  @Test
  void refusesUnknownTypes() {
    assertThatThrownBy(() -> Json.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }
}
