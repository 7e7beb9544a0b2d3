package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the sample application's docs (issue 10, docs/howto-users.md): a migration role without
 * CREATE on the database, for which an administrator created the revision schema beforehand, must
 * be able to migrate — the error message of a failed revision-table creation even recommends "an
 * existing schema it may create tables in". PostgreSQL checks CREATE on the database before it
 * looks whether the schema exists, so {@code CREATE SCHEMA IF NOT EXISTS} fails with "permission
 * denied for database" although the schema is there and owned by the role.
 */
@WithPostgres
class RevisionSchemaPrivilegesTest {
  @TempDir Path dir;

  @Test
  void aRoleWithoutCreateOnTheDatabaseMigratesIntoAnExistingRevisionSchema(ScratchDatabase db)
      throws IOException, SQLException {
    String role = "migrator_" + db.name().replaceAll("[^a-z0-9_]", "_");
    exec(
        db,
        "CREATE ROLE "
            + role
            + " LOGIN PASSWORD 'secret';"
            + " CREATE SCHEMA atlas_schema_revisions AUTHORIZATION "
            + role
            + "; ALTER SCHEMA public OWNER TO "
            + role);
    try {
      Files.writeString(dir.resolve("1_orders.sql"), "CREATE TABLE orders (id int);\n");
      AtlasSum.write(MigrationDirectory.of(dir));

      MigrateResult result =
          Cairn.configure().url(db.jdbcUrl(), role, "secret").directory(dir).load().migrate();

      assertThat(result.currentVersion()).isEqualTo("1");
    } finally {
      exec(db, "DROP OWNED BY " + role + " CASCADE; DROP ROLE " + role);
    }
  }

  private static void exec(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
