package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate apply --url embedded:postgres:N}: the try-out target. The files run on a fresh
 * database of the embedded server, which is gone when the command ends.
 */
class MigrateApplyEmbeddedTest {
  private static final Pattern NAME = Pattern.compile("throwaway database (\\S+) on the ");

  @TempDir Path tmp;

  @Test
  void appliesEveryFileToAThrowawayDatabaseAndDropsIt() throws IOException, SQLException {
    Path dir = tmp.resolve("migrations");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id int);\n");
    Files.writeString(
        dir.resolve("2_orders.sql"),
        "CREATE TABLE orders (id int);\nCREATE INDEX orders_id ON orders (id);\n");
    assertThat(cairn("migrate", "hash", "--dir", "file://" + dir).exitCode()).isZero();

    CliRun run =
        cairn("migrate", "apply", "--dir", "file://" + dir, "--url", "embedded:postgres:17");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("applied +1_users.sql \\(1 statement, \\d+ ms\\)")
        .containsPattern("applied +2_orders.sql \\(2 statements, \\d+ ms\\)")
        .contains("Migrated from version none to 2: 2 files, 3 statements in");
    Matcher m = NAME.matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    String database = m.group(1);
    assertThat(run.out()).endsWith("Dropped the throwaway database " + database + ".\n");
    assertThat(databaseExists(database)).isFalse();
  }

  @Test
  void aTamperedDirectoryFailsBeforeAnythingRuns() throws IOException, SQLException {
    Path dir = tmp.resolve("migrations");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id int);\n");
    assertThat(cairn("migrate", "hash", "--dir", "file://" + dir).exitCode()).isZero();
    Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id bigint);\n");

    CliRun run =
        cairn("migrate", "apply", "--dir", "file://" + dir, "--url", "embedded:postgres:17");

    assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(run.err()).contains("atlas.sum");
    Matcher m = NAME.matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    assertThat(databaseExists(m.group(1))).isFalse();
  }

  private static boolean databaseExists(String name) throws SQLException {
    // pg_database is shared by every database of the server: any one of them can tell.
    try (ScratchDatabase probe = PostgresServer.shared().createDatabase("probe");
        Connection c = probe.connect();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
