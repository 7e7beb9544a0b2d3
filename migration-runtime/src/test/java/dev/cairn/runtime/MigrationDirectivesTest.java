package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cairn.runtime.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationDirectivesTest {

  private static MigrationFile file(String content) {
    return MigrationFile.of("7_x.sql", content.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> valid() {
    MigrationDirectives none = MigrationDirectives.NONE;
    return Stream.of(
        arguments("SELECT 1;", none),
        arguments("-- a comment mentioning atlas:txmode later\n\nSELECT 1;", none),
        arguments(
            "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (a);\n",
            new MigrationDirectives(
                Optional.of(TxMode.NONE), false, List.of(), Optional.empty(), false, Set.of())),
        arguments(
            "-- atlas:txmode file\n-- atlas:nolint DS103 MF101\n"
                + "-- cairn:skip-on staging, Production\n\nSELECT 1;",
            new MigrationDirectives(
                Optional.of(TxMode.FILE),
                false,
                List.of("DS103", "MF101"),
                Optional.empty(),
                false,
                Set.of("staging", "production"))),
        arguments(
            "-- atlas:nolint\n\nDROP TABLE t;",
            new MigrationDirectives(
                Optional.empty(), true, List.of(), Optional.empty(), false, Set.of())),
        arguments(
            "-- atlas:delimiter //\nSELECT 1; SELECT 2//SELECT 3",
            new MigrationDirectives(
                Optional.empty(), false, List.of(), Optional.of("//"), false, Set.of())),
        arguments(
            "-- atlas:delimiter \\n---\\n\n\nA;\n---\nB",
            new MigrationDirectives(
                Optional.empty(), false, List.of(), Optional.of("\n---\n"), false, Set.of())),
        arguments(
            "-- atlas:sum ignore\n\nSELECT 1;",
            new MigrationDirectives(
                Optional.empty(), false, List.of(), Optional.empty(), true, Set.of())),
        arguments("SELECT 1;\n-- atlas:nolint DS103\nDROP TABLE t;", none),
        arguments("/* atlas:nolint */\nDROP TABLE t;", none),
        arguments("-- atlas:txmode none\r\n\r\nSELECT 1;\r\n", withTxMode(TxMode.NONE)));
  }

  private static MigrationDirectives withTxMode(TxMode mode) {
    return new MigrationDirectives(
        Optional.of(mode), false, List.of(), Optional.empty(), false, Set.of());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("valid")
  void parses(String content, MigrationDirectives expected) {
    assertThat(file(content).directives()).isEqualTo(expected);
  }

  @Test
  void delimiterDirectiveDrivesStatementSplitting() {
    assertThat(file("-- atlas:delimiter //\nSELECT 1; SELECT 2//SELECT 3").statements())
        .extracting(SqlStatement::text)
        .containsExactly("SELECT 1; SELECT 2", "SELECT 3");
  }

  @Test
  void statementLevelNolintStaysWithItsStatement() {
    List<SqlStatement> statements =
        file("SELECT 1;\n-- atlas:nolint DS103\nDROP TABLE t;").statements();
    assertThat(statements.get(1).comments()).containsExactly("-- atlas:nolint DS103");
  }

  @Test
  void skipOnComparesEnvironmentsIgnoringCase() {
    MigrationDirectives d = file("-- cairn:skip-on staging,production\n\nSELECT 1;").directives();
    assertThat(d.skippedIn("PRODUCTION")).isTrue();
    assertThat(d.skippedIn("dev")).isFalse();
    assertThat(d.skippedIn(null)).isFalse();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(
            "-- atlas:txmod none\n\nSELECT 1;",
            1,
            "unknown directive 'atlas:txmod'; did you mean 'atlas:txmode'? known directives:"
                + " atlas:txmode, atlas:nolint, atlas:delimiter, atlas:sum, cairn:skip-on"),
        arguments("-- cairn:skipon prod\n\nSELECT 1;", 1, "did you mean 'cairn:skip-on'?"),
        arguments("-- atlas:delimeter //\nSELECT 1//", 1, "did you mean 'atlas:delimiter'?"),
        arguments(
            "-- atlas:frobnicate\n\nSELECT 1;", 1, "unknown directive 'atlas:frobnicate'; known"),
        arguments("-- ATLAS:txmode none\n\nSELECT 1;", 1, "directives are lower case"),
        arguments("-- atlas: txmode none\n\nSELECT 1;", 1, "no space around ':'"),
        arguments("-- atlas:txmode=none\n\nSELECT 1;", 1, "separate the arguments"),
        arguments(
            "-- atlas:txmode none\nCREATE INDEX CONCURRENTLY i ON t (a);",
            1,
            "followed by an empty line"),
        arguments("SELECT 1;\n-- cairn:skip-on prod\nSELECT 2;", 2, "is a file directive"),
        arguments("-- atlas:txmode maybe\n\nSELECT 1;", 1, "takes 'none' or 'file', got 'maybe'"),
        arguments(
            "-- atlas:txmode none\n-- atlas:txmode file\n\nSELECT 1;", 2, "already set on line 1"),
        arguments("-- cairn:skip-on\n\nSELECT 1;", 1, "needs environment names"),
        arguments(
            "-- cairn:skip-on prod;stage\n\nSELECT 1;", 1, "'prod;stage' is not an environment"),
        arguments(
            "-- atlas:txmode none\n-- atlas:delimiter //\n\nSELECT 1//",
            2,
            "must be the first line"),
        arguments("--atlas:delimiter //\nSELECT 1//", 1, "exactly as '-- atlas:delimiter"),
        arguments("-- atlas:delimiter\nSELECT 1;", 1, "needs a delimiter"),
        arguments("-- atlas:sum ignore please\n\nSELECT 1;", 1, "the only atlas:sum directive"),
        arguments(
            "SELECT 1;\n-- atlas:sum ignore\nSELECT 2;", 2, "atlas:sum must be the first line"),
        arguments(
            "SELECT 1;\n\n-- atlas:nolint\n\nDROP TABLE t;", 3, "not attached to a statement"),
        arguments("SELECT 1;\n-- atlas:nolint", 2, "not attached to a statement"),
        arguments("ALTER TABLE t\n  -- atlas:nolint\n  DROP COLUMN c;", 2, "inside a statement"),
        arguments("-- atlas:checkpoint\n\nCREATE TABLE t ();", 1, "not supported by Cairn"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("invalid")
  void rejects(String content, int line, String message) {
    assertThatThrownBy(() -> file(content).directives())
        .isInstanceOfSatisfying(
            DirectiveException.class,
            e -> {
              assertThat(e.file()).isEqualTo("7_x.sql");
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage()).startsWith("7_x.sql:" + line + ": ").contains(message);
            });
  }

  @Test
  void statementsOfABrokenFileNameTheFile() {
    assertThatThrownBy(() -> file("SELECT 1;\nSELECT 'x;\n").statements())
        .isInstanceOf(SqlSyntaxException.class)
        .hasMessageStartingWith("7_x.sql:2: unterminated string literal");
  }

  @Test
  void invalidUtf8IsReported() {
    MigrationFile f = MigrationFile.of("1_x.sql", new byte[] {'S', (byte) 0xC3, '('});
    assertThatThrownBy(f::content)
        .isInstanceOfSatisfying(
            CairnException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ENCODING))
        .hasMessageContaining("1_x.sql: not valid UTF-8");
  }
}
