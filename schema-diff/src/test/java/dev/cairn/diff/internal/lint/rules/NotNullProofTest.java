package dev.cairn.diff.internal.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which check definitions (as {@code pg_get_constraintdef} prints them) prove a column NOT NULL.
 * The verdicts match what PostgreSQL 17 did with the same checks: SET NOT NULL skipped its scan
 * (scan counter unchanged) exactly for the proving ones.
 */
class NotNullProofTest {
  @ParameterizedTest(name = "{0} proves {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CHECK ((nickname IS NOT NULL))                                 | nickname | true",
        "CHECK ((nickname IS NOT NULL)) NOT VALID                       | nickname | true",
        "CHECK ((nickname IS NOT NULL)) NO INHERIT                      | nickname | true",
        "CHECK (((a IS NOT NULL) AND (b > 0)))                          | a        | true",
        "CHECK (((a IS NOT NULL) AND ((b IS NOT NULL) OR (b > 1))))     | a        | true",
        "CHECK (((a > 0) AND ((b IS NOT NULL) AND (c IS NOT NULL))))    | c        | true",
        "CHECK ((NOT (a IS NULL)))                                      | a        | true",
        "CHECK ((\"Nick\" IS NOT NULL))                                 | Nick     | true",
        // A NULL passes a check: strict expressions prove nothing.
        "CHECK ((a > 0))                                                | a        | false",
        "CHECK ((char_length(nickname) > 0))                            | nickname | false",
        // Only top-level AND terms count.
        "CHECK (((a IS NOT NULL) OR (b IS NOT NULL)))                   | a        | false",
        "CHECK (((b IS NOT NULL) AND (c IS NOT NULL)))                  | a        | false",
        "CHECK ((nickname_old IS NOT NULL))                             | nickname | false",
        "CHECK (((note)::text <> ' AND (x IS NOT NULL) '::text))        | x        | false",
        "FOREIGN KEY (a) REFERENCES t(id)                               | a        | false",
      })
  void provesNotNull(String definition, String column, boolean proves) {
    assertThat(NotNullProof.impliesNotNull(definition, column)).isEqualTo(proves);
  }
}
