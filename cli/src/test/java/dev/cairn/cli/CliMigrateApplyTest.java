package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code migrate apply}, {@code status} and {@code set}, run in-process. */
@WithPostgres
class CliMigrateApplyTest {
  static final String SECRET = "Cli-s3cret-Passw0rd";

  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void directory() throws IOException {
    dir = tmp.resolve("migrations");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id int);\n");
    Files.writeString(
        dir.resolve("2_orders.sql"),
        "CREATE TABLE orders (id int);\nCREATE INDEX orders_id ON orders (id);\n");
    assertThat(cairn("migrate", "hash", "--dir", "file://" + dir).exitCode()).isZero();
  }

  @AfterEach
  void restoreEnvironment() {
    DatabaseOptions.environment = System::getenv;
  }

  String[] args(ScratchDatabase db, String... more) {
    String[] base = {"--dir", "file://" + dir, "--url", db.jdbcUrl(), "--user", db.user()};
    String[] all = new String[more.length + base.length];
    System.arraycopy(more, 0, all, 0, more.length);
    System.arraycopy(base, 0, all, more.length, base.length);
    return all;
  }

  static String query(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  void applyAppliesPendingFilesAndExitsZeroWhenNothingIsPending(ScratchDatabase db)
      throws Exception {
    CliRun first = cairn(args(db, "migrate", "apply"));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .containsPattern("applied +1_users.sql \\(1 statement, \\d+ ms\\)")
        .containsPattern("applied +2_orders.sql \\(2 statements, \\d+ ms\\)")
        .contains("Migrated from version none to 2: 2 files, 3 statements in");
    assertThat(query(db, "SELECT count(*) FROM atlas_schema_revisions.atlas_schema_revisions"))
        .isEqualTo("2");

    CliRun again = cairn(args(db, "migrate", "apply"));
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEqualTo("Nothing to apply: the database is at version 2.\n");
  }

  @Test
  void baselineOnlyRecordsTheBaselineAndReportsItsVersion(ScratchDatabase db) throws Exception {
    CliRun r = cairn(args(db, "migrate", "apply", "--baseline", "2"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo("Recorded the baseline: the database is at version 2; nothing else to apply.\n");
    assertThat(query(db, "SELECT to_regclass('users')")).isNull();
    assertThat(query(db, "SELECT version FROM atlas_schema_revisions.atlas_schema_revisions"))
        .isEqualTo("2");
  }

  @Test
  void dryRunPrintsTheStatementsAndExecutesNothing(ScratchDatabase db) throws Exception {
    CliRun r = cairn(args(db, "migrate", "apply", "--dry-run"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("-- 1_users.sql (in a transaction)\nCREATE TABLE users (id int);\n")
        .contains("CREATE INDEX orders_id ON orders (id);")
        .contains("-- dry run: 2 files pending; nothing was executed");
    assertThat(query(db, "SELECT to_regclass('users')")).isNull();
  }

  @Test
  void statusAndSetShowAndEditTheHistory(ScratchDatabase db) {
    CliRun before = cairn(args(db, "migrate", "status"));
    assertThat(before.exitCode()).as(before.err()).isZero();
    assertThat(before.out())
        .contains("Migration status: PENDING")
        .contains("Current version: none")
        .contains("    1_users.sql\n    2_orders.sql\n");

    CliRun set = cairn(args(db, "migrate", "set", "1"));
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(set.out()).isEqualTo("marked applied  1\nCurrent version: 1.\n");

    CliRun after = cairn(args(db, "migrate", "status"));
    assertThat(after.out()).contains("Current version: 1").contains("Pending:         1");

    CliRun unset = cairn(args(db, "migrate", "set", "--unapplied", "1"));
    assertThat(unset.out()).isEqualTo("removed         1\nCurrent version: none.\n");

    CliRun both = cairn(args(db, "migrate", "set", "1", "--applied", "2"));
    assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(both.err()).contains("exactly one of VERSION, --applied or --unapplied");
  }

  @Test
  void credentialsComeFromTheEnvironment(ScratchDatabase db) {
    DatabaseOptions.environment = Map.of("CAIRN_URL", db.jdbcUrl(), "CAIRN_USER", db.user())::get;
    CliRun r = cairn("migrate", "apply", "--dir", "file://" + dir);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("to 2");
  }

  @Test
  void missingUrlIsAUsageError() {
    DatabaseOptions.environment = name -> null;
    CliRun r = cairn("migrate", "apply", "--dir", "file://" + dir);
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("No database given").contains("CAIRN_URL");
  }

  @Test
  void badOptionValuesAreUsageErrors(ScratchDatabase db) {
    CliRun tx = cairn(args(db, "migrate", "apply", "--tx-mode", "sometimes"));
    assertThat(tx.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(tx.err()).contains("Unknown transaction mode 'sometimes'");
    CliRun lock = cairn(args(db, "migrate", "apply", "--lock-timeout", "soon"));
    assertThat(lock.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(lock.err()).contains("'soon' is not a duration");
  }

  @Test
  void failingMigrationExitsOneWithFileLineAndSqlState(ScratchDatabase db) throws Exception {
    Files.writeString(dir.resolve("3_bad.sql"), "CREATE TABLE t3 (id int);\nSELECT * FROM nope;\n");
    cairn("migrate", "hash", "--dir", "file://" + dir);
    CliRun r = cairn(args(db, "migrate", "apply"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.CHECK_FAILED.code());
    assertThat(r.err())
        .contains("3_bad.sql:2")
        .contains("SELECT * FROM nope")
        .contains("SQLSTATE 42P01")
        .contains("rolled back");
    assertThat(query(db, "SELECT max(version) FROM atlas_schema_revisions.atlas_schema_revisions"))
        .isEqualTo("2");
  }

  @Test
  void unreachableDatabaseExitsThreeAfterTheRetryBudget() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRun r =
        cairn(
            "migrate",
            "apply",
            "--dir",
            "file://" + dir,
            "--url",
            "jdbc:postgresql://127.0.0.1:" + port + "/app",
            "--user",
            "app",
            "--password",
            SECRET,
            "--connect-retry",
            "300ms");
    assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
    assertThat(r.err()).contains("Cannot reach the database");
    assertThat(r.out() + r.err()).doesNotContain(SECRET);
  }

  @Test
  void wrongPasswordExitsThreeAndIsNeverPrinted(ScratchDatabase db) throws Exception {
    String role = "cairn_cli_pw";
    requirePassword(db, role);
    CliRun viaOption =
        cairn(
            "migrate",
            "apply",
            "--dir",
            "file://" + dir,
            "--url",
            db.jdbcUrl(),
            "--user",
            role,
            "--password",
            SECRET + "x");
    assertThat(viaOption.exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
    assertThat(viaOption.err()).contains("password authentication failed");
    assertThat(viaOption.out() + viaOption.err()).doesNotContain(SECRET);

    DatabaseOptions.environment =
        Map.of("CAIRN_URL", db.jdbcUrl() + "?password=" + SECRET + "y", "CAIRN_USER", role)::get;
    CliRun viaUrl = cairn("migrate", "status", "--dir", "file://" + dir);
    assertThat(viaUrl.exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
    assertThat(viaUrl.out() + viaUrl.err()).doesNotContain(SECRET);

    DatabaseOptions.environment =
        Map.of("CAIRN_URL", db.jdbcUrl(), "CAIRN_USER", role, "CAIRN_PASSWORD", SECRET)::get;
    CliRun ok = cairn("migrate", "apply", "--dir", "file://" + dir);
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out() + ok.err()).doesNotContain(SECRET);
  }

  /** A role with a password that the embedded server (trusting local users) must check. */
  static void requirePassword(ScratchDatabase db, String role) throws Exception {
    assumeTrue(db.server().isEmbedded(), "needs the embedded server's pg_hba.conf");
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + role
              + "') THEN CREATE ROLE "
              + role
              + " LOGIN; END IF; END $$");
      s.execute("ALTER ROLE " + role + " PASSWORD '" + SECRET + "'");
      s.execute("GRANT ALL ON DATABASE " + db.name() + " TO " + role);
      s.execute("GRANT ALL ON SCHEMA public TO " + role);
      Path hba;
      try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
        rs.next();
        hba = Path.of(rs.getString(1));
      }
      String lines =
          "host all "
              + role
              + " 127.0.0.1/32 scram-sha-256\nhost all "
              + role
              + " ::1/128 scram-sha-256\n";
      synchronized (CliMigrateApplyTest.class) {
        String current = Files.readString(hba);
        if (!current.startsWith(lines)) {
          Files.writeString(hba, lines + current);
          s.execute("SELECT pg_reload_conf()");
        }
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        DriverManager.getConnection(db.jdbcUrl(), role, "probe").close();
      } catch (SQLException e) {
        if ("28P01".equals(e.getSQLState())) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("pg_hba.conf change did not take effect");
      }
      Thread.sleep(50);
    }
  }
}
