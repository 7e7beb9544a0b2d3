package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.model.Database;
import dev.cairn.loader.LoadedSchema;
import dev.cairn.loader.LoaderOptions;
import dev.cairn.loader.SchemaLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The drift gate: the schema the entities (plus the supplemental SQL) describe must be exactly the
 * one {@code migrations/} produces. When it fails, an entity changed without its migration: run the
 * {@code cairn migrate diff} command printed in the message and commit the new file.
 */
class MigrationsMatchEntitiesTest {

  @Test
  void replayingTheMigrationsGivesTheSchemaTheEntitiesDescribe() {
    LoadedSchema entities =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.sample.domain")
                .supplementalSql(Repo.supplementalSql())
                .build());
    assertThat(entities.summary().tables())
        .as("tables of the entity model")
        .contains("purchase_order", "order_line", "card_payment", "product_tag");

    Database desired;
    Database current;
    try (DevDatabase dev = DevDatabases.embedded()) {
      desired = SchemaSource.desiredDdl(entities.ddl()).load(dev);
      current = SchemaSource.migrationDirectory(Repo.migrations().toString()).load(dev);
    }
    DiffResult diff = SchemaDiffer.diff(current, desired, DiffOptions.defaults());

    assertThat(diff.changes())
        .as(
            "migrations/ is behind the entities; write the missing migration with%n"
                + "  cli/cairn migrate diff NAME --dir file://migrations"
                + " --to entities:dev.cairn.sample.domain --to file://sample-app/src/main/sql"
                + " --classpath \"sample-app/target/classes:$(cat"
                + " sample-app/target/classpath.txt)\"%nmissing:%n%s",
            diff.changes().stream()
                .map(SchemaChange::describe)
                .collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }
}
