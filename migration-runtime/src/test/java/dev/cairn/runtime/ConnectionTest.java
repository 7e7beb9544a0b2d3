package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WithPostgres
class ConnectionTest {
  static final String SECRET = "Sup3r-s3cret-pw";

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void unreachableDatabaseIsRetriedWithinTheBudgetThenReportedWithoutThePassword()
      throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/app?password=" + SECRET;
    TestDir dir = TestDir.create().add("1_a.sql", "CREATE TABLE a (id int);\n");
    long t0 = System.nanoTime();
    assertThatThrownBy(
            () ->
                Cairn.configure()
                    .url(url, "app", SECRET)
                    .directory(dir.path())
                    .connectRetry(Duration.ofMillis(700))
                    .load()
                    .migrate())
        .isInstanceOfSatisfying(
            DatabaseConnectionException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_UNREACHABLE);
              assertThat(e.attempts()).isGreaterThan(1);
              assertThat(e.sqlState()).contains("08001");
              assertThat(e.getMessage())
                  .contains("Cannot reach the database at jdbc:postgresql://127.0.0.1:")
                  .contains("attempts")
                  .doesNotContain(SECRET);
              assertThat(e.getCause().getMessage()).doesNotContain(SECRET);
            });
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(took).isBetween(Duration.ofMillis(700), Duration.ofSeconds(8));
  }

  @Test
  void missingDriverFailsAtOnceWithoutEchoingTheUrlPassword() {
    TestDir dir = TestDir.create().add("1_a.sql", "SELECT 1;\n");
    assertThatThrownBy(
            () ->
                Cairn.configure()
                    .url("jdbc:nosuchdb://host/db?user=x&password=" + SECRET)
                    .directory(dir.path())
                    .load()
                    .status())
        .isInstanceOfSatisfying(
            DatabaseConnectionException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.getMessage()).contains("password=***").doesNotContain(SECRET);
            });
  }

  @Test
  void wrongPasswordFailsAtOnceAndNeverEchoesIt(ScratchDatabase db) throws Exception {
    String role = "cairn_pw_user";
    requirePasswordAuthentication(db, role);
    String url = db.jdbcUrl();
    TestDir dir = TestDir.create().add("1_a.sql", "CREATE TABLE a (id int);\n");
    long t0 = System.nanoTime();
    assertThatThrownBy(
            () ->
                Cairn.configure()
                    .url(url, role, SECRET + "-wrong")
                    .directory(dir.path())
                    .connectRetry(Duration.ofSeconds(20))
                    .load()
                    .migrate())
        .isInstanceOfSatisfying(
            DatabaseConnectionException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_AUTHENTICATION_FAILED);
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.sqlState()).contains("28P01");
              assertThat(e.getMessage())
                  .contains("password authentication failed")
                  .contains("'" + role + "'")
                  .doesNotContain(SECRET);
            });
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));

    // The same user with the right password, through DriverManager, migrates.
    MigrateResult r =
        Cairn.configure().url(url, role, SECRET).directory(dir.path()).load().migrate();
    assertThat(r.appliedCount()).isEqualTo(1);
  }

  /**
   * Creates a role with a password and makes the embedded server demand it (the embedded server
   * trusts local connections by default).
   */
  static void requirePasswordAuthentication(ScratchDatabase db, String role) throws Exception {
    assumeTrue(db.server().isEmbedded(), "needs the embedded server's pg_hba.conf");
    Db.exec(
        db,
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
            + role
            + "') THEN CREATE ROLE "
            + role
            + " LOGIN; END IF; END $$");
    Db.exec(db, "ALTER ROLE " + role + " PASSWORD '" + SECRET + "'");
    Db.exec(db, "GRANT ALL ON DATABASE " + db.name() + " TO " + role);
    Db.exec(db, "GRANT ALL ON SCHEMA public TO " + role);
    Path hba = Path.of(Db.value(db, "SHOW hba_file"));
    String lines =
        "host all "
            + role
            + " 127.0.0.1/32 scram-sha-256\nhost all "
            + role
            + " ::1/128 scram-sha-256\n";
    synchronized (ConnectionTest.class) {
      String current = Files.readString(hba);
      if (!current.startsWith(lines)) {
        Files.writeString(hba, lines + current);
        Db.exec(db, "SELECT pg_reload_conf()");
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        DriverManager.getConnection(db.jdbcUrl(), role, "probe-wrong").close();
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
