package dev.cairn.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code splitter/NAME.sql} is split and rendered, and must equal the hand-written
 * {@code splitter/NAME.expected}. Each input is also replayed on PostgreSQL, statement by
 * statement, which fails if a statement was cut in the wrong place.
 *
 * <p>Expected format: {@code @@ line N} starts a statement, {@code ## TEXT} lines are its attached
 * comments (newlines written as {@code \n}), then the statement text.
 */
@WithPostgres
class SqlSplitterGoldenTest {

  static Stream<String> goldenFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(SqlSplitterGoldenTest.class.getResource("/splitter").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(10);
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void splitMatchesGolden(String name) throws Exception {
    String sql = read(name);
    String expected = read(name.replace(".sql", ".expected"));

    List<SqlStatement> statements = SqlSplitter.split(sql, delimiterOf(sql));

    assertThat(render(statements)).isEqualTo(expected);
    for (SqlStatement s : statements) {
      assertThat(sql.substring(s.startOffset(), s.endOffset())).isEqualTo(s.text());
    }
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void everyStatementExecutesOnPostgres(String name, ScratchDatabase db) throws Exception {
    String sql = read(name);
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      for (SqlStatement s : SqlSplitter.split(sql, delimiterOf(sql))) {
        try {
          st.execute(s.text());
        } catch (SQLException e) {
          throw new AssertionError(name + ":" + s.line() + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** A test-side reading of Atlas's first-line delimiter directive (with \n, \r, \t escapes). */
  static String delimiterOf(String sql) {
    String prefix = "-- atlas:delimiter ";
    if (!sql.startsWith(prefix)) {
      return null;
    }
    int eol = sql.indexOf('\n');
    return sql.substring(prefix.length(), eol)
        .replace("\\n", "\n")
        .replace("\\r", "\r")
        .replace("\\t", "\t");
  }

  private static String render(List<SqlStatement> statements) {
    StringBuilder b = new StringBuilder();
    for (SqlStatement s : statements) {
      b.append("@@ line ").append(s.line()).append('\n');
      for (String c : s.comments()) {
        b.append("## ").append(c.replace("\n", "\\n")).append('\n');
      }
      b.append(s.text()).append('\n');
    }
    return b.toString();
  }

  private static String read(String name) throws IOException, URISyntaxException {
    Path p = Path.of(SqlSplitterGoldenTest.class.getResource("/splitter/" + name).toURI());
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
