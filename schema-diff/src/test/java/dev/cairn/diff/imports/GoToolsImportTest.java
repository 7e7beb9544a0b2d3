package dev.cairn.diff.imports;

import static dev.cairn.diff.drift.Tools.cairnApply;
import static dev.cairn.diff.drift.Tools.differences;
import static dev.cairn.diff.drift.Tools.exec;
import static dev.cairn.diff.drift.Tools.revisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.drift.Tools;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.MigrationDirectory;
import dev.cairn.runtime.MigrationFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** golang-migrate and goose directories, on databases built the way those tools build them. */
@WithPostgres
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GoToolsImportTest {
  @TempDir Path tmp;

  Path golangMigrate() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("golang-migrate"));
    Files.writeString(
        d.resolve("000001_init.up.sql"),
        "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n"
            + "CREATE TABLE roles (id bigint PRIMARY KEY);\n");
    Files.writeString(d.resolve("000001_init.down.sql"), "DROP TABLE roles;\nDROP TABLE users;\n");
    Files.writeString(
        d.resolve("000002_name_index.up.sql"),
        "CREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n");
    Files.writeString(
        d.resolve("000003_own_transaction.up.sql"),
        "BEGIN;\nALTER TABLE users ADD COLUMN role_id bigint REFERENCES roles;\nCOMMIT;\n");
    return d;
  }

  Path goose() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("goose"));
    Files.writeString(
        d.resolve("00001_init.sql"),
        """
        -- +goose Up
        CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, updated_at timestamptz);

        -- +goose StatementBegin
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.updated_at := now();
          RETURN NEW;
        END;
        $$;
        -- +goose StatementEnd

        -- +goose Down
        DROP FUNCTION touch();
        DROP TABLE users;
        """);
    Files.writeString(
        d.resolve("00002_index.sql"),
        """
        -- +goose NO TRANSACTION
        -- +goose Up
        CREATE INDEX CONCURRENTLY users_name_idx ON users (name);

        -- +goose Down
        DROP INDEX CONCURRENTLY users_name_idx;
        """);
    Files.writeString(
        d.resolve("00003_trigger.sql"),
        """
        -- +goose Up
        CREATE TRIGGER users_touch BEFORE UPDATE ON users
          FOR EACH ROW EXECUTE FUNCTION touch();
        """);
    return d;
  }

  @Test
  void golangMigrateRoundTripsAndTakesOver(ScratchDatabase db) throws Exception {
    Path src = golangMigrate();
    Tools.golangMigrateUp(db, src);
    Path out = tmp.resolve("cairn");

    ImportResult r = MigrationImporter.convert(ImportFormat.GOLANG_MIGRATE, src, out);

    assertThat(MigrationDirectory.of(out).files())
        .extracting(MigrationFile::name)
        .containsExactly("000001_init.sql", "000002_name_index.sql", "000003_own_transaction.sql");
    assertThat(r.versionMapping()).contains("kept");
    assertThat(r.migrations())
        .extracting(ImportedMigration::transactional)
        .containsExactly(true, false, false);
    assertThat(Files.readString(out.resolve("down/000001_init.sql"))).contains("DROP TABLE roles;");
    try (ScratchDatabase fresh = db.server().createDatabase("fresh")) {
      cairnApply(fresh, out);
      assertThat(differences(db, fresh)).isEmpty();
    }

    TakeOverResult t = HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(r);
    assertThat(t.applied()).hasSize(3);
    assertThat(revisions(db)).hasValue(List.of("000001", "000002", "000003"));
    assertThat(cairnApply(db, out).migrations()).isEmpty();
  }

  @Test
  void golangMigrateDirtyDatabaseIsRefused(ScratchDatabase db) throws Exception {
    Path src = golangMigrate();
    Tools.golangMigrateUp(db, src);
    exec(db, "UPDATE schema_migrations SET dirty = true");
    ImportResult r =
        MigrationImporter.convert(ImportFormat.GOLANG_MIGRATE, src, tmp.resolve("cairn"));

    Tools.State before = Tools.state(db);
    assertThatThrownBy(
            () -> HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(r))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("dirty at version 3");
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void gooseRoundTripsAndTakesOverWithANewFilePending(ScratchDatabase db) throws Exception {
    Path src = goose();
    Tools.gooseUp(db, src);
    Path out = tmp.resolve("cairn");

    ImportResult r = MigrationImporter.convert(ImportFormat.GOOSE, src, out);

    assertThat(r.migrations())
        .extracting(ImportedMigration::file)
        .containsExactly("00001_init.sql", "00002_index.sql", "00003_trigger.sql");
    assertThat(Files.readString(out.resolve("00002_index.sql")))
        .startsWith("-- atlas:txmode none\n")
        .doesNotContain("+goose");
    assertThat(Files.readString(out.resolve("down/00001_init.sql"))).contains("DROP TABLE users;");
    try (ScratchDatabase fresh = db.server().createDatabase("fresh")) {
      cairnApply(fresh, out);
      assertThat(differences(db, fresh)).isEmpty();
    }

    HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(r);
    Files.writeString(
        out.resolve("20240601000000_email.sql"), "ALTER TABLE users ADD email text;\n");
    AtlasSum.write(MigrationDirectory.of(out));
    assertThat(cairnApply(db, out).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("20240601000000_email.sql");
  }

  @Test
  void gooseRolledBackVersionStaysPending(ScratchDatabase db) throws Exception {
    Path src = goose();
    Tools.gooseUp(db, src);
    // goose down: the trigger is dropped and a row with is_applied = false recorded.
    exec(
        db,
        "DROP TRIGGER users_touch ON users;"
            + " INSERT INTO goose_db_version (version_id, is_applied) VALUES (3, false)");
    ImportResult r = MigrationImporter.convert(ImportFormat.GOOSE, src, tmp.resolve("cairn"));

    TakeOverResult t = HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(r);

    assertThat(t.pending()).containsExactly("00003_trigger.sql");
    assertThat(cairnApply(db, tmp.resolve("cairn")).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("00003_trigger.sql");
  }

  @Test
  void goMigrationsCannotBeImported() throws Exception {
    Path src = goose();
    Files.writeString(src.resolve("00004_backfill.go"), "package migrations\n");

    assertThatThrownBy(
            () -> MigrationImporter.convert(ImportFormat.GOOSE, src, tmp.resolve("cairn")))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("00004_backfill.go");
  }
}
