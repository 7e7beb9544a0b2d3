package dev.cairn.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus is the same history in every format, and histories are prefixes of each other. */
class MigrationCorpusTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 60})
  void everyFormatHoldsEveryMigration(int size, @TempDir Path dir) throws IOException {
    MigrationCorpus c = MigrationCorpus.generate(dir.resolve("c"), size);

    assertThat(c.files()).hasSize(size);
    assertThat(count(c.flywayDir())).isEqualTo(size);
    String changelog = Files.readString(c.liquibaseChangelog());
    assertThat(changelog).startsWith("-- liquibase formatted sql\n");
    assertThat(changelog.split("\n--changeset bench:", -1)).hasSize(size + 1);
    assertThat(Files.readString(c.psqlScript()).split("\\\\i '", -1)).hasSize(size + 1);
    // The directory is intact for Cairn (and Atlas): atlas.sum matches every file.
    assertThat(AtlasSum.verify(MigrationDirectory.of(c.atlasDir())).files()).hasSize(size);
  }

  @Test
  void flywayAndAtlasFilesHaveTheSameContentInTheSameOrder(@TempDir Path dir) throws IOException {
    MigrationCorpus c = MigrationCorpus.generate(dir.resolve("c"), 30);
    for (int i = 1; i <= 30; i++) {
      int n = i;
      Path flyway;
      try (Stream<Path> s = Files.list(c.flywayDir())) {
        flyway =
            s.filter(p -> p.getFileName().toString().startsWith("V" + n + "__"))
                .findFirst()
                .orElseThrow();
      }
      assertThat(Files.readString(flyway)).isEqualTo(Files.readString(c.files().get(i - 1)));
    }
  }

  @Test
  void aShorterHistoryIsAPrefixOfALongerOne() {
    List<MigrationGenerator.Migration> short_ = MigrationGenerator.generate(40);
    List<MigrationGenerator.Migration> long_ = MigrationGenerator.generate(400);
    assertThat(long_.subList(0, 40)).isEqualTo(short_);
  }

  @Test
  void theHistoryMixesTablesIndexesForeignKeysAndColumnChanges() {
    String all =
        String.join(
            "\n",
            MigrationGenerator.generate(100).stream()
                .map(MigrationGenerator.Migration::sql)
                .toList());
    assertThat(all)
        .contains("CREATE TABLE t1 ")
        .contains("CREATE INDEX ")
        .contains("FOREIGN KEY (ref_id) REFERENCES ")
        .contains(" ADD COLUMN ")
        .contains(" TYPE bigint");
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
