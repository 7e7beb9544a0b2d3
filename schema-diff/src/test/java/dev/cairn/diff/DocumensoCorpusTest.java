package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Table;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Documenso's 163-file history replayed, inspected, and compared with its final {@code pg_dump}
 * applied to another database: the two inspections must be equal.
 */
@WithPostgres
class DocumensoCorpusTest {

  @Test
  void replayedHistoryInspectsEqualToTheDumpedFinalSchema(DataSource history, PostgresServer server)
      throws Exception {
    Path corpus = Corpus.dir().orElse(null);
    assumeTrue(corpus != null, "shared/corpus is absent (a fresh clone has none)");

    List<Path> files;
    try (Stream<Path> s = Files.list(corpus.resolve("documenso"))) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSize(163);
    try (Connection c = history.getConnection();
        Statement st = c.createStatement()) {
      for (Path f : files) {
        st.execute(Files.readString(f, StandardCharsets.UTF_8));
        st.execute("RESET ALL");
      }
    }
    Database replayed = inspect(history);

    Database dumped;
    try (ScratchDatabase finalDb = server.createDatabase("documenso_final")) {
      SqlScripts.run(finalDb.dataSource(), dumpWithoutPsqlMetaCommands(corpus));
      dumped = inspect(finalDb.dataSource());
    }

    Schema pub = replayed.schema("public").orElseThrow();
    assertThat(replayed.schemas()).extracting(Schema::name).containsExactly("public");
    assertThat(pub.tables()).hasSize(51);
    assertThat(pub.enums()).hasSize(30);
    assertThat(pub.routines()).hasSize(4);
    assertThat(replayed.extensions())
        .extracting(Extension::name)
        .containsExactly("pg_trgm", "pgcrypto");
    assertThat(replayed.unsupported()).isEmpty();
    // PAST_DUE was added later with ALTER TYPE … ADD VALUE: it comes last (as pg_dump shows).
    assertThat(pub.enums())
        .filteredOn(e -> e.name().name().equals("SubscriptionStatus"))
        .singleElement()
        .extracting(EnumType::labels)
        .isEqualTo(List.of("ACTIVE", "INACTIVE", "PAST_DUE"));
    Table user = replayed.table(QualifiedName.of("public", "User")).orElseThrow();
    assertThat(user.primaryKey().orElseThrow().columns()).containsExactly("id");

    for (Table t : pub.tables()) {
      assertThat(dumped.table(t.name())).as("table %s", t.name()).contains(t);
    }
    assertThat(dumped.schema("public").orElseThrow().enums()).isEqualTo(pub.enums());
    assertThat(dumped.schema("public").orElseThrow().routines()).isEqualTo(pub.routines());
    assertThat(dumped).isEqualTo(replayed);
  }

  private static Database inspect(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return CatalogInspector.inspect(c);
    }
  }

  /** The dump is psql input: its {@code \restrict} guard lines are not SQL. */
  private static String dumpWithoutPsqlMetaCommands(Path corpus) throws IOException {
    return Files.readAllLines(corpus.resolve("documenso.final.sql"), StandardCharsets.UTF_8)
        .stream()
        .filter(line -> !line.startsWith("\\"))
        .collect(Collectors.joining("\n"));
  }
}
