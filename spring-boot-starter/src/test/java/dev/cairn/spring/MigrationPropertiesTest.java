package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.DatabaseConnectionException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.LockTimeoutException;
import dev.cairn.runtime.MigrationFailedException;
import dev.cairn.runtime.NonLinearHistoryException;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each {@code cairn.*} migration property reaches the runtime and changes what happens. */
@WithPostgres
class MigrationPropertiesTest {

  @Test
  void revisionTableSchemaAndName(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.revisions-schema=ops", "cairn.revisions-table=schema_history")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(Sql.column(db, "select version from ops.schema_history order by 1"))
                  .containsExactly("20240101000000", "20240102000000");
            });
  }

  @Test
  void plainPathsAndFilesystemPrefixedPathsBothWork(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.create().add("1_a.sql", "CREATE TABLE a (id int);\n");
    Runners.cairn(db)
        .withPropertyValues("cairn.location=" + dir.path())
        .run(context -> assertThat(Sql.tables(db)).containsExactly("a"));
    dir.add("2_b.sql", "CREATE TABLE b (id int);\n");
    Runners.cairn(db)
        .withPropertyValues(dir.property())
        .run(context -> assertThat(Sql.tables(db)).containsExactly("a", "b"));
  }

  @Test
  void baselineVersionSkipsWhatTheExistingSchemaHolds(ScratchDatabase db) {
    Sql.execute(db, TestMigrations.CUSTOMER);
    Runners.cairn(db)
        .withPropertyValues("cairn.baseline-version=20240101000000")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
              assertThat(
                      Sql.column(
                          db,
                          "select version || ':' || type from"
                              + " atlas_schema_revisions.atlas_schema_revisions order by 1"))
                  .containsExactly("20240101000000:1", "20240102000000:2");
            });
  }

  @ParameterizedTest
  @CsvSource({"false, DIRTY_DATABASE", "true, "})
  void allowDirty(boolean allowDirty, String failure, ScratchDatabase db) {
    Sql.execute(db, "CREATE TABLE legacy (id int)");
    TestMigrations dir = TestMigrations.create().add("1_a.sql", "CREATE TABLE a (id int);\n");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.allow-dirty=" + allowDirty)
        .run(
            context -> {
              if (failure == null) {
                assertThat(context).hasNotFailed();
                assertThat(Sql.tables(db)).containsExactly("a", "legacy");
              } else {
                assertThat(Failures.find(context.getStartupFailure(), CairnException.class).code())
                    .isEqualTo(ErrorCode.valueOf(failure));
                assertThat(Sql.tables(db)).containsExactly("legacy");
              }
            });
  }

  /** With one transaction for the run, the first file rolls back with the failing second. */
  @ParameterizedTest
  @CsvSource({"file, a", "all, ''", "FILE, a"})
  void txMode(String mode, String survivors, ScratchDatabase db) {
    TestMigrations dir =
        TestMigrations.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add("2_b.sql", "CREATE TABLE b (id int);\nSELECT 1/0;\n");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.tx-mode=" + mode)
        .run(
            context -> {
              assertThat(Failures.find(context.getStartupFailure(), MigrationFailedException.class))
                  .hasMessageContaining("2_b.sql");
              assertThat(String.join(",", Sql.tables(db))).isEqualTo(survivors);
            });
  }

  @Test
  void environmentSkipsFilesMarkedSkipOn(ScratchDatabase db) {
    TestMigrations dir =
        TestMigrations.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add(
                "2_fixture.sql", "-- cairn:skip-on production\n\nCREATE TABLE fixture (id int);\n");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.environment=production")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(Sql.tables(db)).containsExactly("a");
              assertThat(Sql.revisions(db)).containsExactly("1", "2");
            });
  }

  @Test
  void withoutTheEnvironmentSkipOnFilesRun(ScratchDatabase db) {
    TestMigrations dir =
        TestMigrations.create()
            .add(
                "2_fixture.sql", "-- cairn:skip-on production\n\nCREATE TABLE fixture (id int);\n");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.environment=staging")
        .run(context -> assertThat(Sql.tables(db)).containsExactly("fixture"));
  }

  @ParameterizedTest
  @CsvSource({"linear, NonLinear, 'a,c'", "linear-skip, , 'a,c'", "non-linear, , 'a,b,c'"})
  void execOrder(String order, String failure, String tables, ScratchDatabase db) {
    TestMigrations dir =
        TestMigrations.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add("3_c.sql", "CREATE TABLE c (id int);\n");
    Cairn.configure().dataSource(db.dataSource()).directory(dir.path()).load().migrate();
    dir.add("2_b.sql", "CREATE TABLE b (id int);\n");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.exec-order=" + order)
        .run(
            context -> {
              if (failure != null) {
                assertThat(
                        Failures.find(context.getStartupFailure(), NonLinearHistoryException.class))
                    .hasMessageContaining("2_b.sql");
              } else {
                assertThat(context).hasNotFailed();
              }
              assertThat(String.join(",", Sql.tables(db))).isEqualTo(tables);
            });
  }

  @Test
  void lockTimeoutBoundsTheWaitForAnotherMigrator(ScratchDatabase db) throws Exception {
    try (Connection other = db.connect();
        Statement st = other.createStatement()) {
      st.execute("SELECT pg_advisory_lock(4242)");
      Runners.cairn(db)
          .withPropertyValues("cairn.lock-timeout=300ms")
          .withBean(CairnConfigurationCustomizer.class, () -> b -> b.lockKey(4242))
          .run(
              context -> {
                assertThat(Failures.find(context.getStartupFailure(), LockTimeoutException.class))
                    .hasMessageContaining("lock");
                assertThat(Sql.tables(db)).isEmpty();
              });
    }
  }

  @Test
  void connectRetryBoundsTheWaitForAnUnreachableDatabase(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues(
            "cairn.url=jdbc:postgresql://127.0.0.1:1/nowhere",
            "cairn.user=nobody",
            "cairn.password=s3cret-never-shown",
            "cairn.connect-retry=0s")
        .run(
            context -> {
              DatabaseConnectionException e =
                  Failures.find(context.getStartupFailure(), DatabaseConnectionException.class);
              assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_UNREACHABLE);
              assertThat(e).hasMessageNotContaining("s3cret-never-shown");
            });
  }
}
