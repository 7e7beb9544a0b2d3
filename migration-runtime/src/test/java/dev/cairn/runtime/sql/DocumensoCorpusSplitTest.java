package dev.cairn.runtime.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Splits every file of the real Documenso history (163 files) and replays the statements in order
 * on PostgreSQL: a statement cut in the wrong place fails to execute. Skipped when the shared
 * corpus is absent (a fresh clone).
 */
@WithPostgres
class DocumensoCorpusSplitTest {

  @Test
  void everyStatementOfTheHistoryExecutesInOrder(ScratchDatabase db) throws Exception {
    Optional<Path> dir = SharedCorpus.documenso();
    assumeTrue(dir.isPresent(), "shared/corpus/documenso not found; skipping");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir.get())) {
      files = list.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertThat(files).hasSize(163);

    int statements = 0;
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      for (Path file : files) {
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        List<SqlStatement> split = SqlSplitter.split(sql);
        assertThat(split).as(file.getFileName().toString()).isNotEmpty();
        for (SqlStatement s : split) {
          try {
            st.execute(s.text());
          } catch (SQLException e) {
            throw new AssertionError(
                file.getFileName() + ":" + s.line() + ": " + e.getMessage(), e);
          }
          statements++;
        }
      }
      // The final schema has the tables the dump shows; a mis-split history would not get there.
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE n.nspname = 'public' AND c.relkind = 'r'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(expectedTableCount(dir.get()));
      }
    }
    assertThat(statements).isGreaterThan(163);
  }

  /** Counts CREATE TABLE statements for public tables in the reference pg_dump of the history. */
  private static int expectedTableCount(Path documenso) throws Exception {
    Path dump = documenso.resolveSibling("documenso.final.sql");
    return (int)
        Files.readAllLines(dump, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("CREATE TABLE public."))
            .count();
  }
}
