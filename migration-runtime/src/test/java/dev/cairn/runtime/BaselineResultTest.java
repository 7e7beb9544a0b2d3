package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the sample application's docs (issue 10, docs/howto-adopt.md): a run that only records
 * the baseline reports {@code currentVersion() == null}, so {@code cairn migrate apply --baseline
 * V} prints "Nothing to apply: the database is at version none." although {@code migrate status}
 * then shows version V. ({@code Engine.migrate} takes the baseline into account only when a file
 * was applied too.)
 */
@WithPostgres
class BaselineResultTest {
  @TempDir Path dir;

  @Test
  void aRunThatOnlyRecordsTheBaselineReportsTheBaselineVersion(ScratchDatabase db)
      throws IOException {
    Files.writeString(dir.resolve("1_orders.sql"), "CREATE TABLE orders (id int);\n");
    Files.writeString(dir.resolve("2_lines.sql"), "CREATE TABLE lines (id int);\n");
    AtlasSum.write(MigrationDirectory.of(dir));

    MigrateResult result =
        Cairn.configure()
            .dataSource(db.dataSource())
            .directory(dir)
            .baselineVersion("2")
            .load()
            .migrate();

    assertThat(result.migrations()).isEmpty();
    assertThat(result.currentVersion()).isEqualTo("2");
  }
}
