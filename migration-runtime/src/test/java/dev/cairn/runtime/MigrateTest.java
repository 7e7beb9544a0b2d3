package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

@WithPostgres
class MigrateTest {

  static TestDir threeFiles() {
    return TestDir.create()
        .add("1_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n")
        .add(
            "2_orders.sql",
            "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n"
                + "CREATE INDEX orders_user ON orders (user_id);\n")
        .add(
            "3_seed.sql",
            "INSERT INTO users VALUES (1, 'ada');\nINSERT INTO users VALUES (2, 'bob');\n");
  }

  @Test
  void appliesEveryFileOnceAndRecordsAtlasShapedRevisions(ScratchDatabase db) {
    TestDir dir = threeFiles();
    MigrateResult first = dir.cairn(db).load().migrate();

    assertThat(first.initialVersion()).isNull();
    assertThat(first.currentVersion()).isEqualTo("3");
    assertThat(first.migrations())
        .extracting(AppliedMigration::file, AppliedMigration::statements)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1_users.sql", 1),
            org.assertj.core.groups.Tuple.tuple("2_orders.sql", 2),
            org.assertj.core.groups.Tuple.tuple("3_seed.sql", 2));
    assertThat(Db.revisions(db))
        .containsExactly(
            java.util.Arrays.asList("1", "2", "1", "1", null, null, "1"),
            java.util.Arrays.asList("2", "2", "2", "2", null, null, "2"),
            java.util.Arrays.asList("3", "2", "2", "2", null, null, "2"));
    assertThat(Db.value(db, "SELECT count(*) FROM users")).isEqualTo("2");
    assertThat(Db.column(db, "SELECT DISTINCT operator_version FROM " + Db.REVISIONS))
        .singleElement()
        .asString()
        .startsWith("Cairn v");

    MigrateResult second = dir.cairn(db).load().migrate();
    assertThat(second.wasUpToDate()).isTrue();
    assertThat(second.currentVersion()).isEqualTo("3");
    assertThat(Db.value(db, "SELECT count(*) FROM users")).isEqualTo("2");
  }

  @Test
  void revisionTableHasExactlyAtlasColumns(ScratchDatabase db) {
    threeFiles().cairn(db).load().migrate();
    assertThat(
            Db.rows(
                db,
                "SELECT column_name, data_type, is_nullable, coalesce(column_default, '')"
                    + " FROM information_schema.columns WHERE table_schema ="
                    + " 'atlas_schema_revisions' AND table_name = 'atlas_schema_revisions'"
                    + " ORDER BY ordinal_position"))
        .containsExactly(
            List.of("version", "character varying", "NO", ""),
            List.of("description", "character varying", "NO", ""),
            List.of("type", "bigint", "NO", "2"),
            List.of("applied", "bigint", "NO", "0"),
            List.of("total", "bigint", "NO", "0"),
            List.of("executed_at", "timestamp with time zone", "NO", ""),
            List.of("execution_time", "bigint", "NO", ""),
            List.of("error", "text", "YES", ""),
            List.of("error_stmt", "text", "YES", ""),
            List.of("hash", "character varying", "NO", ""),
            List.of("partial_hashes", "jsonb", "YES", ""),
            List.of("operator_version", "character varying", "NO", ""));
    assertThat(
            Db.value(
                db,
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                    + Db.REVISIONS
                    + "'::regclass AND contype = 'p'"))
        .isEqualTo("PRIMARY KEY (version)");
  }

  @Test
  void failedTransactionalFileRollsBackEntirelyWithFileLineSqlStateAndHint(ScratchDatabase db) {
    TestDir dir =
        threeFiles()
            .add(
                "4_broken.sql",
                "CREATE TABLE t4 (id int);\n\n-- a comment\nSELECT\n  lower(42);\nCREATE TABLE t4b (id int);\n")
            .add("5_after.sql", "CREATE TABLE t5 (id int);\n");

    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
              assertThat(e.file()).isEqualTo("4_broken.sql");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.sqlState()).contains("42883");
              assertThat(e.hint()).get().asString().contains("explicit type casts");
              assertThat(e.rolledBack()).isTrue();
              assertThat(e.getMessage())
                  .contains("4_broken.sql:4")
                  .contains("error at line 5")
                  .contains("lower(42)")
                  .contains("SQLSTATE 42883")
                  .contains("Hint: ")
                  .contains("rolled back");
            });
    assertThat(Db.column(db, "SELECT version FROM " + Db.REVISIONS + " ORDER BY 1"))
        .containsExactly("1", "2", "3");
    assertThat(Db.tableExists(db, "t4")).isFalse();
    assertThat(Db.tableExists(db, "t5")).isFalse();
  }

  @Test
  void failedNonTransactionalFileRecordsProgressAndResumesAfterTheLastGoodStatement(
      ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_base.sql", "CREATE TABLE log (n int);\n")
            .add(
                "2_online.sql",
                "-- atlas:txmode none\n\n"
                    + "CREATE TABLE a (id int);\n"
                    + "INSERT INTO log VALUES (1);\n"
                    + "INSERT INTO missing VALUES (1);\n"
                    + "CREATE TABLE c (id int);\n");

    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class,
            e -> {
              assertThat(e.rolledBack()).isFalse();
              assertThat(e.appliedStatements()).isEqualTo(2);
              assertThat(e.totalStatements()).isEqualTo(4);
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.getMessage()).contains("statements 1 to 2").contains("resume");
            });
    List<List<String>> revs = Db.revisions(db);
    assertThat(revs).hasSize(2);
    assertThat(revs.get(1).subList(0, 4)).containsExactly("2", "2", "2", "4");
    assertThat(revs.get(1).get(4))
        .contains("relation \"missing\" does not exist")
        .contains("42P01");
    assertThat(revs.get(1).get(5)).isEqualTo("INSERT INTO missing VALUES (1)");
    assertThat(revs.get(1).get(6)).isEqualTo("2");

    MigrationStatus status = dir.cairn(db).load().status();
    assertThat(status.state()).isEqualTo(MigrationStatus.State.FAILED);
    assertThat(status.failedRevision()).get().extracting(Revision::applied).isEqualTo(2);
    assertThat(status.describe()).contains("INSERT INTO missing").contains("42P01");
    assertThat(status.pending())
        .singleElement()
        .extracting(PendingMigration::appliedStatements)
        .isEqualTo(2);

    // The operator fixes the failing statement (applied ones untouched) and runs again.
    dir.add(
        "2_online.sql",
        "-- atlas:txmode none\n\n"
            + "CREATE TABLE a (id int);\n"
            + "INSERT INTO log VALUES (1);\n"
            + "CREATE TABLE missing (id int);\n"
            + "CREATE TABLE c (id int);\n");
    MigrateResult r = dir.cairn(db).load().migrate();
    assertThat(r.migrations())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.outcome()).isEqualTo(AppliedMigration.Outcome.RESUMED);
              assertThat(m.statements()).isEqualTo(2);
            });
    assertThat(Db.value(db, "SELECT count(*) FROM log")).isEqualTo("1");
    assertThat(Db.tableExists(db, "c")).isTrue();
    assertThat(Db.revisions(db).get(1)).containsExactly("2", "2", "4", "4", null, null, "4");
    assertThat(dir.cairn(db).load().status().state()).isEqualTo(MigrationStatus.State.UP_TO_DATE);
  }

  @Test
  void editingAnAlreadyAppliedStatementOfAPartialFileIsRefused(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add(
                "1_online.sql",
                "-- atlas:txmode none\n\nCREATE TABLE a (id int);\nCREATE TABLE b (id int);\nSELECT 1/0;\n");
    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOf(MigrationFailedException.class);
    dir.add(
        "1_online.sql",
        "-- atlas:txmode none\n\nCREATE TABLE a (id bigint);\nCREATE TABLE b (id int);\nSELECT 1;\n");
    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            HistoryChangedException.class,
            e -> {
              assertThat(e.file()).isEqualTo("1_online.sql");
              assertThat(e.getMessage())
                  .contains("Statement 1 of 1_online.sql")
                  .contains("1_online.sql:3");
            });
    assertThat(Db.revisions(db).get(0).subList(0, 4)).containsExactly("1", "2", "2", "3");
  }

  @Test
  void failureCarriesPostgresDetail(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add(
                "1_dup.sql",
                "CREATE TABLE k (id int PRIMARY KEY);\nINSERT INTO k VALUES (1);\nINSERT INTO k VALUES (1);\n");
    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class,
            e -> {
              assertThat(e.sqlState()).contains("23505");
              assertThat(e.detail()).contains("Key (id)=(1) already exists.");
              assertThat(e.serverMessage()).contains("duplicate key value");
              assertThat(e.getMessage())
                  .contains("1_dup.sql:3, statement 3 of 3")
                  .contains("Detail: Key (id)=(1) already exists.");
            });
    assertThat(Db.tableExists(db, "k")).isFalse();
  }
}
