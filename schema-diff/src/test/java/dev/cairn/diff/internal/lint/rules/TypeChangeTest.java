package dev.cairn.diff.internal.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.internal.lint.rules.TypeChange.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangeTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "character varying(10) | character varying(20) | SAFE",
        "character varying(255) | character varying(100) | NARROWING",
        "character varying(255) | text | SAFE",
        "text | character varying(100) | NARROWING",
        "character(10) | character varying(5) | NARROWING",
        "smallint | integer | SAFE",
        "integer | bigint | SAFE",
        "bigint | integer | NARROWING",
        "integer | smallint | NARROWING",
        "integer | numeric | SAFE",
        "integer | numeric(12,2) | SAFE",
        "integer | numeric(5,2) | NARROWING",
        "numeric(10,2) | numeric(12,2) | SAFE",
        "numeric(10,2) | numeric(10,4) | NARROWING",
        "numeric(10,4) | numeric(10,2) | NARROWING",
        "numeric(10,2) | numeric | SAFE",
        "numeric | numeric(10,2) | NARROWING",
        "numeric(10,2) | integer | NARROWING",
        "double precision | real | NARROWING",
        "real | double precision | SAFE",
        "integer | double precision | SAFE",
        "bigint | double precision | NARROWING",
        "timestamp without time zone | timestamp with time zone | SAFE",
        "timestamp(6) without time zone | timestamp(3) without time zone | NARROWING",
        "timestamp(3) without time zone | timestamp without time zone | SAFE",
        "timestamp without time zone | date | NARROWING",
        "date | timestamp without time zone | SAFE",
        "cidr | inet | SAFE",
        "json | jsonb | SAFE",
        "integer | text | SAFE",
        "text | integer | CROSS_FAMILY",
        "text | uuid | CROSS_FAMILY",
        "text | \"Role\" | CROSS_FAMILY",
        "text[] | character varying(10)[] | NARROWING",
        "integer[] | bigint[] | SAFE",
        "text | text[] | CROSS_FAMILY",
      })
  void judges(String from, String to, Verdict verdict) {
    TypeChange change = TypeChange.judge(from, to, "c", "t");

    assertThat(change.verdict()).isEqualTo(verdict);
    if (verdict != Verdict.SAFE) {
      assertThat(change.detail()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "character varying(255) | character varying(100) | char_length(c) > 100",
        "bigint | integer | c NOT BETWEEN -2147483648 AND 2147483647",
        "text | integer | NOT pg_input_is_valid(c::text, 'integer')",
      })
  void checksCountTheRowsConcerned(String from, String to, String where) {
    assertThat(TypeChange.judge(from, to, "c", "t").check())
        .startsWith("SELECT count(*) FROM t WHERE ")
        .contains(where);
  }
}
