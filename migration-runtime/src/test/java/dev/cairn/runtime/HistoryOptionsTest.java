package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Baseline, allow-dirty, execution orders, environment skips, dry run and set. */
@WithPostgres
class HistoryOptionsTest {

  static TestDir fourFiles() {
    return TestDir.create()
        .add("1_a.sql", "CREATE TABLE a (id int);\n")
        .add("2_b.sql", "CREATE TABLE b (id int);\n")
        .add("3_c.sql", "CREATE TABLE c (id int);\n")
        .add("4_d.sql", "CREATE TABLE d (id int);\n");
  }

  @Test
  void aDatabaseWithObjectsButNoRevisionsIsRefusedUntouched(ScratchDatabase db) {
    Db.exec(db, "CREATE TABLE legacy (id int)");
    assertThatThrownBy(() -> fourFiles().cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            CairnException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.DIRTY_DATABASE);
              assertThat(e.getMessage())
                  .contains("table public.legacy")
                  .contains("baseline")
                  .contains("allow-dirty");
            });
    assertThat(Db.tableExists(db, Db.REVISIONS)).isFalse();
    assertThat(Db.tableExists(db, "a")).isFalse();
  }

  @Test
  void baselineOptionRecordsTheBaselineAndAppliesOnlyLaterFiles(ScratchDatabase db) {
    Db.exec(db, "CREATE TABLE a (id int); CREATE TABLE b (id int)");
    MigrateResult r = fourFiles().cairn(db).baselineVersion("2").load().migrate();
    assertThat(r.migrations()).extracting(AppliedMigration::version).containsExactly("3", "4");
    assertThat(Db.rows(db, "SELECT version, type, hash FROM " + Db.REVISIONS + " ORDER BY 1"))
        .first()
        .isEqualTo(List.of("2", "1", ""));
    // Later runs ignore the option: the history starts at the baseline.
    assertThat(fourFiles().cairn(db).baselineVersion("2").load().migrate().wasUpToDate()).isTrue();
  }

  @Test
  void baselineOperationAndUnknownVersions(ScratchDatabase db) {
    TestDir dir = fourFiles();
    assertThatThrownBy(() -> dir.cairn(db).load().baseline("9"))
        .isInstanceOfSatisfying(
            CairnException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VERSION);
              assertThat(e.getMessage()).contains("versions run from 1 to 4");
            });
    dir.cairn(db).load().baseline("3");
    assertThat(dir.cairn(db).load().migrate().migrations())
        .extracting(AppliedMigration::version)
        .containsExactly("4");
    assertThatThrownBy(() -> dir.cairn(db).load().baseline("1"))
        .isInstanceOfSatisfying(
            CairnException.class,
            e -> assertThat(e.getMessage()).contains("already has revisions"));
  }

  @Test
  void allowDirtyRunsFromTheFirstFile(ScratchDatabase db) {
    Db.exec(db, "CREATE TABLE legacy (id int)");
    assertThat(fourFiles().cairn(db).allowDirty(true).load().migrate().appliedCount()).isEqualTo(4);
  }

  @Test
  void baselineAndAllowDirtyExcludeEachOther() {
    assertThatThrownBy(
            () ->
                Cairn.configure()
                    .directory(fourFiles().path())
                    .baselineVersion("1")
                    .allowDirty(true)
                    .load())
        .isInstanceOfSatisfying(
            CairnException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
  }

  /** 1, 2 and 4 applied; then 3 arrives (merged from a branch) together with 5. */
  static TestDir outOfOrder(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add("2_b.sql", "CREATE TABLE b (id int);\n")
            .add("4_d.sql", "CREATE TABLE d (id int);\n");
    dir.cairn(db).load().migrate();
    return dir.add("3_c.sql", "CREATE TABLE c (id int);\n")
        .add("5_e.sql", "CREATE TABLE e (id int);\n");
  }

  @Test
  void linearRefusesAnOutOfOrderFileAndExecutesNothing(ScratchDatabase db) {
    TestDir dir = outOfOrder(db);
    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOfSatisfying(
            NonLinearHistoryException.class,
            e -> {
              assertThat(e.outOfOrderFiles()).containsExactly("3_c.sql");
              assertThat(e.getMessage())
                  .contains("3_c.sql")
                  .contains("ordered before version 4")
                  .contains("non-linear")
                  .contains("linear-skip");
            });
    assertThat(Db.tableExists(db, "e")).isFalse();
    MigrationStatus st = dir.cairn(db).load().status();
    assertThat(st.pending())
        .extracting(PendingMigration::file, PendingMigration::outOfOrder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3_c.sql", true),
            org.assertj.core.groups.Tuple.tuple("5_e.sql", false));
  }

  @Test
  void linearSkipLeavesTheOutOfOrderFileAndAppliesTheRest(ScratchDatabase db) {
    TestDir dir = outOfOrder(db);
    MigrateResult r = dir.cairn(db).execOrder(ExecOrder.LINEAR_SKIP).load().migrate();
    assertThat(r.migrations()).extracting(AppliedMigration::version).containsExactly("5");
    assertThat(r.outOfOrderSkipped()).containsExactly("3_c.sql");
    assertThat(Db.tableExists(db, "c")).isFalse();
    // atlas.sum hashes of 4 and 5 now include 3, but the applied files are intact.
    assertThat(dir.cairn(db).execOrder(ExecOrder.LINEAR_SKIP).load().migrate().wasUpToDate())
        .isTrue();
    assertThat(dir.cairn(db).execOrder(ExecOrder.LINEAR_SKIP).load().status().outOfOrderSkipped())
        .containsExactly("3_c.sql");
  }

  @Test
  void nonLinearAppliesTheOutOfOrderFileFirstAndHistoryStaysVerifiable(ScratchDatabase db) {
    TestDir dir = outOfOrder(db);
    MigrateResult r = dir.cairn(db).execOrder(ExecOrder.NON_LINEAR).load().migrate();
    assertThat(r.migrations()).extracting(AppliedMigration::version).containsExactly("3", "5");
    assertThat(r.currentVersion()).isEqualTo("5");
    assertThat(dir.cairn(db).load().migrate().wasUpToDate()).isTrue();
    assertThat(dir.cairn(db).load().validate().appliedFiles()).isEqualTo(5);
  }

  @Test
  void filesSkippedByEnvironmentAreRecordedAsResolvedAndNotExecuted(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add(
                "2_fixture.sql",
                "-- cairn:skip-on staging,production\n\nCREATE TABLE fixture (id int);\n")
            .add("3_c.sql", "CREATE TABLE c (id int);\n");
    MigrateResult r = dir.cairn(db).environment("Production").load().migrate();
    assertThat(r.migrations())
        .extracting(AppliedMigration::version, AppliedMigration::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", AppliedMigration.Outcome.APPLIED),
            org.assertj.core.groups.Tuple.tuple("2", AppliedMigration.Outcome.SKIPPED),
            org.assertj.core.groups.Tuple.tuple("3", AppliedMigration.Outcome.APPLIED));
    assertThat(Db.tableExists(db, "fixture")).isFalse();
    assertThat(
            Db.rows(
                db,
                "SELECT type, applied, total, operator_version LIKE '% skip-on:production' FROM "
                    + Db.REVISIONS
                    + " WHERE version = '2'"))
        .containsExactly(List.of("4", "0", "0", "t"));
    MigrationStatus st = dir.cairn(db).load().status();
    assertThat(st.applied().get(1).skippedEnvironment()).contains("production");
    assertThat(st.state()).isEqualTo(MigrationStatus.State.UP_TO_DATE);
  }

  @Test
  void filesWithSkipOnRunWhereTheEnvironmentDoesNotMatch(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add(
                "1_fixture.sql", "-- cairn:skip-on production\n\nCREATE TABLE fixture (id int);\n");
    dir.cairn(db).environment("dev").load().migrate();
    assertThat(Db.tableExists(db, "fixture")).isTrue();
  }

  @Test
  void dryRunShowsWhatWouldRunAndChangesNothing(ScratchDatabase db) {
    TestDir dir = fourFiles();
    dir.cairn(db).load().set("2");
    Db.exec(db, "CREATE TABLE a (id int); CREATE TABLE b (id int)");
    DryRunResult dry = dir.cairn(db).load().dryRun();
    assertThat(dry.currentVersion()).isEqualTo("2");
    assertThat(dry.migrations())
        .extracting(PlannedMigration::file, PlannedMigration::statements)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3_c.sql", List.of("CREATE TABLE c (id int)")),
            org.assertj.core.groups.Tuple.tuple("4_d.sql", List.of("CREATE TABLE d (id int)")));
    assertThat(dry.describe()).contains("-- 3_c.sql (in a transaction)\nCREATE TABLE c (id int);");
    assertThat(Db.tableExists(db, "c")).isFalse();
    assertThat(Db.column(db, "SELECT version FROM " + Db.REVISIONS + " ORDER BY 1"))
        .containsExactly("1", "2");
  }

  @Test
  void dryRunOnAFreshDatabaseCreatesNoRevisionTable(ScratchDatabase db) {
    DryRunResult dry = fourFiles().cairn(db).load().dryRun();
    assertThat(dry.migrations()).hasSize(4);
    assertThat(Db.tableExists(db, Db.REVISIONS)).isFalse();
  }

  @Test
  void setMovesTheHistoryBothWaysWithoutExecutingAnything(ScratchDatabase db) {
    TestDir dir = fourFiles();
    SetResult up = dir.cairn(db).load().set("2");
    assertThat(up.markedApplied()).containsExactly("1", "2");
    assertThat(Db.tableExists(db, "a")).isFalse();
    assertThat(Db.rows(db, "SELECT version, type FROM " + Db.REVISIONS + " ORDER BY 1"))
        .containsExactly(List.of("1", "4"), List.of("2", "4"));

    Db.exec(db, "CREATE TABLE a (id int); CREATE TABLE b (id int)");
    assertThat(dir.cairn(db).load().migrate().migrations())
        .extracting(AppliedMigration::version)
        .containsExactly("3", "4");

    SetResult down = dir.cairn(db).load().set("1");
    assertThat(down.removed()).containsExactly("2", "3", "4");
    assertThat(down.currentVersion()).isEqualTo("1");
    assertThat(Db.tableExists(db, "d")).isTrue();

    SetResult unapplied = dir.cairn(db).load().markUnapplied("1");
    assertThat(unapplied.removed()).containsExactly("1");
    SetResult applied = dir.cairn(db).load().markApplied("3");
    assertThat(applied.markedApplied()).containsExactly("3");
    assertThat(Db.column(db, "SELECT version FROM " + Db.REVISIONS + " ORDER BY 1"))
        .containsExactly("3");
    assertThatThrownBy(() -> dir.cairn(db).load().markUnapplied("2"))
        .isInstanceOfSatisfying(
            CairnException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VERSION));
  }

  @Test
  void setResolvesAFailedNonTransactionalFile(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add(
                "1_a.sql",
                "-- atlas:txmode none\n\nCREATE TABLE a (id int);\nSELECT 1/0;\nCREATE TABLE z (id int);\n")
            .add("2_b.sql", "CREATE TABLE b (id int);\n");
    assertThatThrownBy(() -> dir.cairn(db).load().migrate())
        .isInstanceOf(MigrationFailedException.class);
    SetResult r = dir.cairn(db).load().set("1");
    assertThat(r.resolved()).containsExactly("1");
    assertThat(Db.rows(db, "SELECT type, applied, total FROM " + Db.REVISIONS))
        .containsExactly(List.of("6", "3", "3"));
    assertThat(dir.cairn(db).load().status().state()).isEqualTo(MigrationStatus.State.PENDING);
    assertThat(dir.cairn(db).load().migrate().migrations())
        .extracting(AppliedMigration::version)
        .containsExactly("2");
    assertThat(Db.tableExists(db, "z")).isFalse();
  }
}
