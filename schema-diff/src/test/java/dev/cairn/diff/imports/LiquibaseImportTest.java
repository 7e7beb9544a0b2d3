package dev.cairn.diff.imports;

import static dev.cairn.diff.drift.Tools.cairnApply;
import static dev.cairn.diff.drift.Tools.differences;
import static dev.cairn.diff.drift.Tools.exec;
import static dev.cairn.diff.drift.Tools.liquibase;
import static dev.cairn.diff.drift.Tools.revisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.drift.Difference;
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

@WithPostgres
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LiquibaseImportTest {
  @TempDir Path tmp;

  static final String CHANGELOG =
      """
      --liquibase formatted sql

      --changeset alice:1
      --comment: the first table
      CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
      --rollback DROP TABLE users;

      --changeset alice:2 runInTransaction:false
      CREATE INDEX CONCURRENTLY users_name_idx ON users (name);
      --rollback DROP INDEX users_name_idx;

      --changeset bob:3 splitStatements:false
      CREATE FUNCTION trim_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.name := trim(NEW.name);
        RETURN NEW;
      END;
      $$;

      --changeset bob:4 endDelimiter:/
      CREATE TABLE notes (id bigint PRIMARY KEY, body text)
      /
      CREATE TRIGGER users_trim BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION trim_name()
      /

      --changeset carol:5 dbms:h2
      CREATE TABLE h2_only (id int);

      --changeset carol:6 context:test
      CREATE TABLE fixtures (id int PRIMARY KEY);
      """;

  Path source(String changelog) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("liquibase"));
    Files.writeString(dir.resolve("changelog.sql"), changelog);
    return dir;
  }

  @Test
  void convertsEachChangesetInOrder() throws Exception {
    Path out = tmp.resolve("cairn");
    ImportResult r =
        MigrationImporter.convert(
            ImportFormat.LIQUIBASE, source(CHANGELOG).resolve("changelog.sql"), out);

    assertThat(MigrationDirectory.of(out).files())
        .extracting(MigrationFile::name)
        .containsExactly(
            "01_alice_1.sql", "02_alice_2.sql", "03_bob_3.sql", "04_bob_4.sql", "06_carol_6.sql");
    assertThat(Files.readString(out.resolve("02_alice_2.sql")))
        .startsWith("-- atlas:txmode none\n");
    assertThat(Files.readString(out.resolve("04_bob_4.sql")))
        .startsWith("-- atlas:delimiter \\n---\\n\n");
    assertThat(
            MigrationFile.of("04_bob_4.sql", Files.readAllBytes(out.resolve("04_bob_4.sql")))
                .statements())
        .hasSize(2);
    assertThat(Files.readString(out.resolve("down/01_alice_1.sql"))).contains("DROP TABLE users;");
    assertThat(r.notes())
        .anyMatch(n -> n.contains("carol:5") && n.contains("h2"))
        .anyMatch(n -> n.contains("carol:6") && n.contains("context"));
  }

  @Test
  void roundTripsAndTakesOverTheAppliedState(ScratchDatabase lbDb) throws Exception {
    Path src = source(CHANGELOG);
    liquibase(lbDb, src, "changelog.sql");
    Path out = tmp.resolve("cairn");
    ImportResult imported =
        MigrationImporter.convert(ImportFormat.LIQUIBASE, src.resolve("changelog.sql"), out);

    try (ScratchDatabase fresh = lbDb.server().createDatabase("fresh")) {
      cairnApply(fresh, out);
      assertThat(differences(lbDb, fresh)).isEmpty();
    }

    TakeOverResult t =
        HistoryTakeOver.configure().dataSource(lbDb.dataSource()).load().takeOver(imported);
    assertThat(t.applied()).hasSize(5);
    assertThat(revisions(lbDb)).hasValue(List.of("01", "02", "03", "04", "06"));

    assertThat(FlywayImportTest.drift(lbDb, out).differences()).isEmpty();
    exec(lbDb, "ALTER TABLE notes DROP COLUMN body");
    assertThat(FlywayImportTest.drift(lbDb, out).differences())
        .extracting(Difference::label)
        .containsExactly("missing column public.notes.body");

    Files.writeString(
        out.resolve("20240601000000_add_email.sql"), "ALTER TABLE users ADD COLUMN email text;\n");
    AtlasSum.write(MigrationDirectory.of(out));
    assertThat(cairnApply(lbDb, out).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("20240601000000_add_email.sql");
  }

  @Test
  void refusesAChangesetInsertedBeforeAppliedOnes(ScratchDatabase db) throws Exception {
    Path src = source(CHANGELOG);
    liquibase(db, src, "changelog.sql");
    String edited =
        CHANGELOG.replace(
            "--changeset alice:2",
            "--changeset alice:1b\nALTER TABLE users ADD COLUMN late text;\n\n--changeset alice:2");
    Files.writeString(src.resolve("changelog.sql"), edited);
    ImportResult imported =
        MigrationImporter.convert(
            ImportFormat.LIQUIBASE, src.resolve("changelog.sql"), tmp.resolve("cairn"));

    Tools.State before = Tools.state(db);
    assertThatThrownBy(
            () -> HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("changeset alice:1b (changelog.sql)");
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void refusesFailedChangesetsAndATakenLock(ScratchDatabase db) throws Exception {
    Path src = source(CHANGELOG);
    liquibase(db, src, "changelog.sql");
    exec(db, "UPDATE databasechangelog SET exectype = 'FAILED' WHERE id = '4'");
    exec(db, "UPDATE databasechangeloglock SET locked = true");
    ImportResult imported =
        MigrationImporter.convert(
            ImportFormat.LIQUIBASE, src.resolve("changelog.sql"), tmp.resolve("cairn"));

    Tools.State before = Tools.state(db);
    assertThatThrownBy(
            () -> HistoryTakeOver.configure().dataSource(db.dataSource()).load().takeOver(imported))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("changeset bob:4 (changelog.sql) failed")
        .hasMessageContaining("Liquibase's lock");
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void rejectsAFileThatIsNotAFormattedSqlChangelog() throws Exception {
    Path src = source("CREATE TABLE t (id int);\n");

    assertThatThrownBy(
            () ->
                MigrationImporter.convert(
                    ImportFormat.LIQUIBASE, src.resolve("changelog.sql"), tmp.resolve("cairn")))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("--liquibase formatted sql");
    assertThat(Files.exists(tmp.resolve("cairn"))).isFalse();
  }
}
