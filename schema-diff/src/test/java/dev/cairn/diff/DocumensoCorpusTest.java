package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Documenso's 163-file history replayed, inspected, and compared with its final {@code pg_dump}
 * applied to another database: the two inspections must be equal.
 */
class DocumensoCorpusTest {

  @Test
  void replayedHistoryInspectsEqualToTheDumpedFinalSchema() throws Exception {
    Path corpus = Corpus.dir().orElse(null);
    assumeTrue(corpus != null, "shared/corpus is absent (a fresh clone has none)");

    try (Stream<Path> s = Files.list(corpus.resolve("documenso"))) {
      assertThat(s.filter(p -> p.toString().endsWith(".sql")).count()).isEqualTo(163);
    }
    LoadOptions options = LoadOptions.defaults().withCache(StateCache.disabled());
    List<String> replayedFiles = new ArrayList<>();
    Database replayed;
    Database dumped;
    try (DevDatabase dev = DevDatabases.embedded()) {
      replayed =
          SchemaSource.migrationDirectory(corpus.resolve("documenso").toString())
              .load(
                  dev,
                  options.withListener(
                      new LoadListener() {
                        @Override
                        public void scriptExecuted(String source, String script, int statements) {
                          replayedFiles.add(script);
                        }
                      }));
      dumped =
          SchemaSource.sql("documenso.final.sql", dumpWithoutPsqlMetaCommands(corpus))
              .load(dev, options);
    }
    assertThat(replayedFiles).hasSize(163).isSorted();

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

  /** The dump is psql input: its {@code \restrict} guard lines are not SQL. */
  private static String dumpWithoutPsqlMetaCommands(Path corpus) throws IOException {
    return Files.readAllLines(corpus.resolve("documenso.final.sql"), StandardCharsets.UTF_8)
        .stream()
        .filter(line -> !line.startsWith("\\"))
        .collect(Collectors.joining("\n"));
  }
}
