package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WithPostgres
class LockTest {
  /** 32-bit FNV-1 of "atlas_migrate_execute": the key of the Atlas CLI's apply lock. */
  static final long ATLAS_KEY = 2686470616L;

  @Test
  void lockTimeoutNamesTheKeyAndTheHolderAndChangesNothing(ScratchDatabase db) throws SQLException {
    TestDir dir = TestDir.create().add("1_a.sql", "CREATE TABLE a (id int);\n");
    try (Connection holder = db.connect();
        Statement s = holder.createStatement()) {
      s.execute("SET application_name = 'other-migrator'");
      s.execute("SELECT pg_advisory_lock(" + ATLAS_KEY + ")");
      int pid;
      try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
      }
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> dir.cairn(db).lockTimeout(Duration.ofMillis(400)).load().migrate())
          .isInstanceOfSatisfying(
              LockTimeoutException.class,
              e -> {
                assertThat(e.lockKey()).isEqualTo(ATLAS_KEY);
                assertThat(e.holderPid()).hasValue(pid);
                assertThat(e.holderApplication()).contains("other-migrator");
                assertThat(e.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
                assertThat(e.getMessage())
                    .contains(String.valueOf(ATLAS_KEY))
                    .contains("pid " + pid)
                    .contains("'other-migrator'")
                    .contains("pg_terminate_backend(" + pid + ")");
              });
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
      assertThat(Db.tableExists(db, "a")).isFalse();
      assertThat(Db.tableExists(db, Db.REVISIONS)).isFalse();

      s.execute("SELECT pg_advisory_unlock(" + ATLAS_KEY + ")");
    }
    assertThat(dir.cairn(db).lockTimeout(Duration.ZERO).load().migrate().appliedCount())
        .isEqualTo(1);
    assertThat(
            Db.value(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"))
        .isEqualTo("0");
  }

  @Test
  void waitsForTheHolderAndThenFindsNothingPending(ScratchDatabase db) throws Exception {
    TestDir dir = TestDir.create().add("1_a.sql", "CREATE TABLE a (id int);\n");
    try (Connection holder = db.connect();
        Statement s = holder.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + ATLAS_KEY + ")");
      Thread release =
          new Thread(
              () -> {
                try {
                  Thread.sleep(300);
                  // Another migrator finished the work while we waited.
                  dir.cairn(db).lockKey(42).load().migrate();
                  s.execute("SELECT pg_advisory_unlock(" + ATLAS_KEY + ")");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      release.start();
      // The optimistic read sees pending work, so this instance waits for the lock.
      MigrateResult r = dir.cairn(db).lockTimeout(Duration.ofSeconds(20)).load().migrate();
      release.join();
      assertThat(r.migrations()).isEmpty();
      assertThat(r.currentVersion()).isEqualTo("1");
    }
  }
}
