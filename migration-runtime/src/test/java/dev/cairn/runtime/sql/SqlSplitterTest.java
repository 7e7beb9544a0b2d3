package dev.cairn.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cairn.runtime.SqlSyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlSplitterTest {

  static Stream<Arguments> edgeCases() {
    return Stream.of(
        arguments("", List.of()),
        arguments("   \n\t ", List.of()),
        arguments(";;;", List.of()),
        arguments("-- only a comment", List.of()),
        arguments("/* only; a comment */", List.of()),
        arguments("SELECT 1", List.of("1:SELECT 1")),
        arguments("SELECT 1;SELECT 2;", List.of("1:SELECT 1", "1:SELECT 2")),
        arguments("\n\n  SELECT 1  ;  \n", List.of("3:SELECT 1")),
        arguments("SELECT 1\r\n;\r\nSELECT 2;", List.of("1:SELECT 1", "3:SELECT 2")),
        arguments("SELECT ';' || \";\" FROM t;", List.of("1:SELECT ';' || \";\" FROM t")),
        arguments("SELECT $$;$$;SELECT $a$;$a$", List.of("1:SELECT $$;$$", "1:SELECT $a$;$a$")),
        arguments("SELECT (1;2);SELECT 3", List.of("1:SELECT (1;2)", "1:SELECT 3")),
        arguments(
            "BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;",
            List.of("1:BEGIN", "2:CREATE INDEX CONCURRENTLY i ON t (a)", "3:COMMIT")),
        arguments(
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;"
                + "SELECT f()",
            List.of(
                "1:CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
                "1:SELECT f()")),
        arguments(
            "create function f() returns int language sql begin atomic select case when true"
                + " then 1 end; end; select 2",
            List.of(
                "1:create function f() returns int language sql begin atomic select case when true"
                    + " then 1 end; end",
                "1:select 2")),
        // A column called "begin" followed by "atomic"-free text is not a body.
        arguments("SELECT 1 AS begin;SELECT 2", List.of("1:SELECT 1 AS begin", "1:SELECT 2")),
        arguments(
            "DO $$BEGIN RAISE NOTICE 'x;'; END$$;SELECT 1",
            List.of("1:DO $$BEGIN RAISE NOTICE 'x;'; END$$", "1:SELECT 1")),
        arguments("SELECT 'a\\';SELECT 2", List.of("1:SELECT 'a\\'", "1:SELECT 2")),
        arguments(
            "SET standard_conforming_strings TO off;SELECT 'a\\';b';SELECT 2",
            List.of("1:SET standard_conforming_strings TO off", "1:SELECT 'a\\';b'", "1:SELECT 2")),
        arguments(
            "SET LOCAL standard_conforming_strings = false;SELECT E'x';" + "RESET ALL;SELECT 'ok'",
            List.of(
                "1:SET LOCAL standard_conforming_strings = false",
                "1:SELECT E'x'",
                "1:RESET ALL",
                "1:SELECT 'ok'")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("edgeCases")
  void splits(String sql, List<String> expected) {
    assertThat(SqlSplitter.split(sql))
        .extracting(s -> s.line() + ":" + s.text())
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> customDelimiters() {
    return Stream.of(
        arguments(
            "//", "SELECT 1; SELECT 2//SELECT 3//", List.of("SELECT 1; SELECT 2", "SELECT 3")),
        arguments("\n---\n", "A;\n---\nB\n---\n", List.of("A;", "B")),
        arguments("$$", "SELECT 1$$SELECT 2", List.of("SELECT 1", "SELECT 2")),
        arguments("//", "SELECT '//' // /* // */ SELECT 2", List.of("SELECT '//'", "SELECT 2")),
        arguments(";", "SELECT 1;SELECT 2", List.of("SELECT 1", "SELECT 2")),
        arguments("GO", "SELECT 1\nGO\nSELECT 2 AS GOAL", List.of("SELECT 1", "SELECT 2 AS GOAL")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("customDelimiters")
  void splitsAtCustomDelimiter(String delimiter, String sql, List<String> expected) {
    assertThat(SqlSplitter.split(sql, delimiter))
        .extracting(SqlStatement::text)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void offsetsPointAtTheTextInTheInput() {
    String sql = "  -- c\n  SELECT 1 ;\n\tSELECT 2";
    List<SqlStatement> statements = SqlSplitter.split(sql);
    assertThat(statements).hasSize(2);
    for (SqlStatement s : statements) {
      assertThat(sql.substring(s.startOffset(), s.endOffset())).isEqualTo(s.text());
    }
    assertThat(statements.get(0).comments()).containsExactly("-- c");
    assertThat(statements.get(1).comments()).isEmpty();
  }

  @Test
  void atlasTextKeepsTheSemicolonLikeAtlasScanner() {
    List<SqlStatement> statements = SqlSplitter.split("SELECT 1 -- c\n  ;\nSELECT 2;SELECT 3");
    assertThat(statements)
        .extracting(SqlStatement::atlasText)
        .containsExactly("SELECT 1 -- c\n  ;", "SELECT 2;", "SELECT 3");
    assertThat(SqlSplitter.split("SELECT 1;\n---\nSELECT 2", "\n---\n"))
        .extracting(SqlStatement::atlasText)
        .containsExactly("SELECT 1;", "SELECT 2");
  }

  @Test
  void statementTokensAreRelativeToTheStatement() {
    SqlStatement s = SqlSplitter.split("\n\nSELECT 1 -- x\n  INTO t;").get(0);
    assertThat(s.significantTokens())
        .extracting(SqlToken::upper)
        .containsExactly("SELECT", "1", "INTO", "T");
    assertThat(s.tokens().get(0).line()).isEqualTo(1);
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments("SELECT 1;\nSELECT (1,\n2;\nSELECT 3;", 2, "unclosed '('"),
        arguments(
            "SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\nSELECT 1;",
            3,
            "unclosed BEGIN ATOMIC body"),
        arguments("SELECT 1;\n\nSELECT 'x;\nSELECT 2;", 3, "unterminated string literal"),
        arguments("SELECT $q$ x $Q$;", 1, "$q$ opened here is never closed"),
        arguments("SELECT 1;\n/* /* */", 2, "unterminated block comment"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("syntaxErrors")
  void reportsUnterminatedConstructsWithLine(String sql, int line, String message) {
    assertThatThrownBy(() -> SqlSplitter.split(sql))
        .isInstanceOfSatisfying(
            SqlSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage()).startsWith("line " + line + ": ").contains(message);
              assertThat(e.withSource("7_x.sql").getMessage()).startsWith("7_x.sql:" + line + ": ");
            });
  }
}
