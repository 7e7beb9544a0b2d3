package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import org.junit.jupiter.api.Test;

@WithPostgres
class TxModeTest {

  @Test
  void txModeAllRollsBackEveryFileOfTheRun(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add("2_b.sql", "CREATE TABLE b (id int);\n")
            .add("3_c.sql", "CREATE TABLE c (id int);\nSELECT * FROM nope;\n");
    assertThatThrownBy(() -> dir.cairn(db).txMode(TxMode.ALL).load().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class,
            e -> {
              assertThat(e.rolledBack()).isTrue();
              assertThat(e.getMessage()).contains("tx-mode all").contains("nothing of this run");
            });
    assertThat(Db.tableExists(db, "a")).isFalse();
    assertThat(Db.value(db, "SELECT count(*) FROM " + Db.REVISIONS)).isEqualTo("0");

    dir.add("3_c.sql", "CREATE TABLE c (id int);\n");
    MigrateResult r = dir.cairn(db).txMode(TxMode.ALL).load().migrate();
    assertThat(r.appliedCount()).isEqualTo(3);
    assertThat(Db.column(db, "SELECT version FROM " + Db.REVISIONS + " ORDER BY 1"))
        .containsExactly("1", "2", "3");
  }

  @Test
  void txModeAllRefusesAFileThatCannotRunInATransactionBeforeExecutingAnything(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add(
                "2_idx.sql", "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n");
    assertThatThrownBy(() -> dir.cairn(db).txMode(TxMode.ALL).load().migrate())
        .isInstanceOfSatisfying(
            CairnException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
              assertThat(e.getMessage()).contains("2_idx.sql").contains("atlas:txmode none");
            });
    assertThat(Db.tableExists(db, "a")).isFalse();
  }

  @Test
  void perFileTxModeNoneRunsCreateIndexConcurrentlyUnderTheSessionLock(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add("2_idx.sql", "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n")
            .add("3_enum.sql", "CREATE TYPE mood AS ENUM ('sad');\n")
            .add("4_value.sql", "-- atlas:txmode none\n\nALTER TYPE mood ADD VALUE 'happy';\n");
    MigrateResult r = dir.cairn(db).load().migrate();
    assertThat(r.appliedCount()).isEqualTo(4);
    assertThat(Db.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'a_id'::regclass"))
        .isEqualTo("t");
    assertThat(
            Db.value(db, "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum"))
        .isEqualTo("sad,happy");
  }

  @Test
  void runWideTxModeNoneCommitsStatementByStatement(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nSELECT 1/0;\n");
    assertThatThrownBy(() -> dir.cairn(db).txMode(TxMode.NONE).load().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class, e -> assertThat(e.appliedStatements()).isEqualTo(2));
    assertThat(Db.value(db, "SELECT count(*) FROM a")).isEqualTo("1");
    assertThat(Db.revisions(db).get(0).subList(0, 4)).containsExactly("1", "2", "2", "3");
  }

  @Test
  void fileTxModeDirectiveRunsAFileInATransactionUnderRunWideNone(ScratchDatabase db) {
    TestDir dir =
        TestDir.create()
            .add("1_a.sql", "-- atlas:txmode file\n\nCREATE TABLE a (id int);\nSELECT 1/0;\n");
    assertThatThrownBy(() -> dir.cairn(db).txMode(TxMode.NONE).load().migrate())
        .isInstanceOfSatisfying(
            MigrationFailedException.class, e -> assertThat(e.rolledBack()).isTrue());
    assertThat(Db.tableExists(db, "a")).isFalse();
  }
}
