package dev.cairn.diff.imports;

import static dev.cairn.diff.drift.Tools.cairnApply;
import static dev.cairn.diff.drift.Tools.differences;
import static dev.cairn.diff.drift.Tools.exec;
import static dev.cairn.diff.drift.Tools.flyway;
import static dev.cairn.diff.drift.Tools.revisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.drift.Difference;
import dev.cairn.diff.drift.DriftDetector;
import dev.cairn.diff.drift.DriftReport;
import dev.cairn.diff.drift.Tools;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FlywayImportTest {
  @TempDir Path tmp;

  Path source() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("flyway"));
    write(src, "V1__init.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
    write(src, "V1_1__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
    write(
        src,
        "V2__email_index.sql",
        "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
    write(
        src,
        "nested/V3__tags.sql",
        "CREATE TABLE tags (id bigint PRIMARY KEY, label text UNIQUE);\n");
    write(
        src,
        "V10__orders.sql",
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users,"
            + " total numeric(12,2) DEFAULT 0);\n"
            + "CREATE FUNCTION order_total(o orders) RETURNS numeric LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n  RETURN o.total;\nEND;\n$$;\n");
    write(
        src,
        "R__user_view.sql",
        "CREATE OR REPLACE VIEW named_users AS SELECT id, name FROM users;\n");
    return src;
  }

  static void write(Path dir, String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
  }

  @Test
  void convertsInFlywayOrderWithPaddedVersions() throws Exception {
    Path out = tmp.resolve("cairn");
    ImportResult r = MigrationImporter.convert(ImportFormat.FLYWAY, source(), out);

    assertThat(MigrationDirectory.of(out).files())
        .extracting(MigrationFile::name)
        .containsExactly(
            "001.0_init.sql",
            "001.1_add_email.sql",
            "002.0_email_index.sql",
            "003.0_tags.sql",
            "010.0_orders.sql",
            "011.0_user_view.sql");
    assertThat(r.migrations())
        .extracting(ImportedMigration::origin)
        .containsExactly(
            "V1__init.sql",
            "V1_1__add_email.sql",
            "V2__email_index.sql",
            "nested/V3__tags.sql",
            "V10__orders.sql",
            "R__user_view.sql");
    assertThat(r.migrations().get(2).transactional()).isFalse();
    assertThat(Files.readString(out.resolve("002.0_email_index.sql")))
        .startsWith("-- atlas:txmode none\n");
    assertThat(r.versionMapping()).contains("zero-padded");
    assertThat(r.notes()).anyMatch(n -> n.contains("R__user_view.sql") && n.contains("once"));
    // The sum Cairn verifies before every run is there and correct.
    assertThat(AtlasSum.verify(MigrationDirectory.of(out)).files()).hasSize(6);
    // A second run changes nothing and says so.
    assertThat(MigrationImporter.convert(ImportFormat.FLYWAY, source(), out).unchanged()).isTrue();
  }

  @Test
  void roundTripsAndTakesOverTheAppliedState(ScratchDatabase flywayDb) throws Exception {
    Path src = source();
    flyway(flywayDb, src, null);
    Path out = tmp.resolve("cairn");
    ImportResult imported = MigrationImporter.convert(ImportFormat.FLYWAY, src, out);

    try (ScratchDatabase fresh = flywayDb.server().createDatabase("fresh")) {
      cairnApply(fresh, out);
      assertThat(differences(flywayDb, fresh)).isEmpty();
    }

    TakeOverResult t =
        HistoryTakeOver.configure().dataSource(flywayDb.dataSource()).load().takeOver(imported);
    assertThat(t.applied()).hasSize(6);
    assertThat(t.pending()).isEmpty();
    assertThat(t.historyTable()).isEqualTo("public.flyway_schema_history");
    assertThat(revisions(flywayDb))
        .hasValue(List.of("001.0", "001.1", "002.0", "003.0", "010.0", "011.0"));

    // From now on drift is checked against the imported files; Flyway's table is not drift.
    assertThat(drift(flywayDb, out).differences()).isEmpty();
    exec(flywayDb, "CREATE INDEX users_name_idx ON users (name)");
    assertThat(drift(flywayDb, out).differences())
        .extracting(Difference::label)
        .containsExactly("extra index public.users.users_name_idx");

    // The next deploy applies only what is new.
    Files.writeString(
        out.resolve("20240601000000_add_phone.sql"), "ALTER TABLE users ADD COLUMN phone text;\n");
    AtlasSum.write(MigrationDirectory.of(out));
    MigrateResult next = cairnApply(flywayDb, out);
    assertThat(next.migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("20240601000000_add_phone.sql");
  }

  static DriftReport drift(ScratchDatabase db, Path dir) {
    return DriftDetector.configure().dataSource(db.dataSource()).directory(dir).load().detect();
  }

  @Test
  void baselineRowCoversEarlierVersions(ScratchDatabase db) throws Exception {
    Path src = source();
    // A database that existed before Flyway: its schema is V1 + V1.1, then Flyway took over.
    exec(db, "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, email text)");
    Tools.flywayBaselineThenMigrate(db, src, "1.1");
    ImportResult imported =
        MigrationImporter.convert(ImportFormat.FLYWAY, src, tmp.resolve("cairn"));

    TakeOverResult t =
        HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported);

    assertThat(t.applied()).hasSize(6);
    assertThat(cairnApply(db, tmp.resolve("cairn")).migrations()).isEmpty();
  }

  @Test
  void repeatableAppliedBeforePendingFilesRunsAgainAfterThem(ScratchDatabase db) throws Exception {
    Path src = source();
    flyway(db, src, "3");
    ImportResult imported =
        MigrationImporter.convert(ImportFormat.FLYWAY, src, tmp.resolve("cairn"));

    TakeOverResult t =
        HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported);

    assertThat(t.pending()).containsExactly("010.0_orders.sql", "011.0_user_view.sql");
    assertThat(t.notes()).anyMatch(n -> n.contains("011.0_user_view.sql") && n.contains("again"));
    assertThat(cairnApply(db, tmp.resolve("cairn")).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("010.0_orders.sql", "011.0_user_view.sql");
  }

  @Test
  void refusesFailedEntriesAndWritesNothing(ScratchDatabase db) throws Exception {
    Path src = source();
    flyway(db, src, null);
    // What Flyway records when a non-transactional migration fails half way.
    exec(db, "UPDATE flyway_schema_history SET success = false WHERE version = '10'");
    ImportResult imported =
        MigrationImporter.convert(ImportFormat.FLYWAY, src, tmp.resolve("cairn"));

    Tools.State before = Tools.state(db);
    assertThatThrownBy(
            () -> HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("version 10 (V10__orders.sql) failed")
        .hasMessageContaining("nothing was written")
        .extracting(e -> ((CairnException) e).code())
        .isEqualTo(ErrorCode.HISTORY_CHANGED);
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void refusesPendingMigrationsOrderedBeforeAppliedOnes(ScratchDatabase db) throws Exception {
    Path src = source();
    flyway(db, src, null);
    // Added later with an old version: Flyway reports it as ignored/pending.
    write(src, "V1_5__late.sql", "ALTER TABLE users ADD COLUMN late text;\n");
    ImportResult imported =
        MigrationImporter.convert(ImportFormat.FLYWAY, src, tmp.resolve("cairn"));

    Tools.State before = Tools.state(db);
    assertThatThrownBy(
            () -> HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining(
            "pending migrations are ordered before applied ones (V1_5__late.sql)");
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void refusesHistoryEntriesTheSourceDoesNotHave(ScratchDatabase db) throws Exception {
    Path src = source();
    flyway(db, src, null);
    Files.delete(src.resolve("V10__orders.sql"));
    ImportResult imported =
        MigrationImporter.convert(ImportFormat.FLYWAY, src, tmp.resolve("cairn"));

    Tools.State before = Tools.state(db);
    assertThatThrownBy(
            () -> HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("the history records version 10, which the source does not have");
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void undoBaselineAndOddFilesAreLeftOutWithNotes() throws Exception {
    Path src = source();
    write(src, "U2__undo_index.sql", "DROP INDEX users_email_idx;\n");
    write(src, "B5__baseline.sql", "CREATE TABLE users (id bigint);\n");
    write(src, "notes.sql", "SELECT 1;\n");
    write(src, "V11__slow.sql", "UPDATE users SET name = name;\n");
    write(src, "V11__slow.sql.conf", "executeInTransaction=false\n");

    ImportResult r = MigrationImporter.convert(ImportFormat.FLYWAY, src, tmp.resolve("cairn"));

    assertThat(r.migrations())
        .extracting(ImportedMigration::origin)
        .doesNotContain("U2__undo_index.sql", "B5__baseline.sql", "notes.sql");
    assertThat(r.notes())
        .anyMatch(n -> n.contains("U2__undo_index.sql") && n.contains("roll forward"))
        .anyMatch(n -> n.contains("B5__baseline.sql"))
        .anyMatch(n -> n.contains("notes.sql"));
    ImportedMigration slow =
        r.migrations().stream().filter(m -> m.origin().equals("V11__slow.sql")).findFirst().get();
    assertThat(slow.transactional()).isFalse();
    assertThat(slow.file()).isEqualTo("011.0_slow.sql");
  }

  @Test
  void refusesToOverwriteAnotherDirectory() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("cairn"));
    Files.writeString(out.resolve("20240101000000_mine.sql"), "SELECT 1;\n");

    assertThatThrownBy(() -> MigrationImporter.convert(ImportFormat.FLYWAY, source(), out))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("already holds migrations");
    assertThat(Files.list(out).toList()).hasSize(1);
  }
}
