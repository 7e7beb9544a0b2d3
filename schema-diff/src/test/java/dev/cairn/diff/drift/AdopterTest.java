package dev.cairn.diff.drift;

import static dev.cairn.diff.drift.Tools.exec;
import static dev.cairn.diff.drift.Tools.revisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.imports.ImportFormat;
import dev.cairn.diff.imports.MigrationImporter;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class AdopterTest {
  static DevDatabase dev;

  @TempDir Path tmp;

  @BeforeAll
  static void openDev() {
    dev = DevDatabases.embedded();
  }

  @AfterAll
  static void closeDev() {
    dev.close();
  }

  static final String INIT = DriftDetectorTest.INIT;
  static final String ORDERS = DriftDetectorTest.ORDERS;
  static final String NOTES = DriftDetectorTest.NOTES;

  AdoptResult adopt(ScratchDatabase db, Path dir, String version, boolean dryRun) {
    return Adopter.configure()
        .dataSource(db.dataSource())
        .directory(dir)
        .devDatabase(dev)
        .version(version)
        .dryRun(dryRun)
        .load()
        .adopt();
  }

  @Test
  void recordsTheIntermediateVersionTheSchemaMatches(ScratchDatabase db) throws Exception {
    Path dir = DriftDetectorTest.directory(tmp, INIT, ORDERS, NOTES);
    exec(db, INIT + ORDERS);

    AdoptResult r = adopt(db, dir, null, false);

    assertThat(r.outcome()).isEqualTo(AdoptResult.Outcome.ADOPTED);
    assertThat(r.version()).isEqualTo("20240101000002");
    assertThat(r.checked())
        .extracting(AdoptResult.VersionCheck::differences)
        .containsExactly(1, 0, 1);
    assertThat(revisions(db)).hasValue(List.of("20240101000002"));
    assertThat(Tools.cairnApply(db, dir).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("20240101000003_step3.sql");
  }

  @Test
  void withoutMatchReportsTheClosestVersionAndChangesNothing(ScratchDatabase db) throws Exception {
    Path dir = DriftDetectorTest.directory(tmp, INIT, ORDERS, NOTES);
    exec(db, INIT + ORDERS + "ALTER TABLE users ADD COLUMN nickname text;");

    Tools.State before = Tools.state(db);
    AdoptResult r = adopt(db, dir, null, false);

    assertThat(r.outcome()).isEqualTo(AdoptResult.Outcome.NO_MATCH);
    assertThat(r.closestVersion()).isEqualTo("20240101000002");
    assertThat(r.differences())
        .extracting(Difference::label)
        .containsExactly("extra column public.users.nickname");
    assertThat(r.differences().get(0).sql())
        .containsExactly("ALTER TABLE public.users DROP COLUMN nickname");
    assertThat(r.describe())
        .contains("Closest version: 20240101000002")
        .contains("Nothing was recorded");
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void severalMatchingVersionsTakeTheNewestUnlessOneIsNamed(ScratchDatabase db) throws Exception {
    // The third file changes data only: versions 2 and 3 have the same schema.
    Path dir =
        DriftDetectorTest.directory(
            tmp, INIT, ORDERS, "INSERT INTO users VALUES (1, 'a@b', 'x');\n");
    exec(db, INIT + ORDERS);

    AdoptResult dry = adopt(db, dir, null, true);
    assertThat(dry.outcome()).isEqualTo(AdoptResult.Outcome.MATCHED);
    assertThat(dry.matchingVersions()).containsExactly("20240101000002", "20240101000003");
    assertThat(dry.version()).isEqualTo("20240101000003");
    assertThat(revisions(db)).isEmpty();

    AdoptResult named = adopt(db, dir, "20240101000002", false);
    assertThat(named.version()).isEqualTo("20240101000002");
    assertThat(revisions(db)).hasValue(List.of("20240101000002"));
  }

  @Test
  void aNamedVersionThatDoesNotMatchIsNotStamped(ScratchDatabase db) throws Exception {
    Path dir = DriftDetectorTest.directory(tmp, INIT, ORDERS, NOTES);
    exec(db, INIT + ORDERS);

    Tools.State before = Tools.state(db);
    AdoptResult r = adopt(db, dir, "20240101000003", false);

    assertThat(r.outcome()).isEqualTo(AdoptResult.Outcome.NO_MATCH);
    assertThat(r.closestVersion()).isEqualTo("20240101000003");
    assertThat(r.differences())
        .extracting(Difference::label)
        .containsExactly("missing column public.users.note");
    assertThat(r.warnings()).anyMatch(w -> w.contains("20240101000002 does"));
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void aDatabaseWithRevisionsIsRefused(ScratchDatabase db) throws Exception {
    Path dir = DriftDetectorTest.directory(tmp, INIT, ORDERS);
    Cairn.configure().dataSource(db.dataSource()).directory(dir).load().migrate();

    Tools.State before = Tools.state(db);
    assertThatThrownBy(() -> adopt(db, dir, null, false))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("migrate status")
        .hasMessageContaining("schema drift")
        .extracting(e -> ((CairnException) e).code())
        .isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(revisions(db)).hasValue(List.of("20240101000001", "20240101000002"));
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void anEmptyDatabaseHasNothingToAdopt(ScratchDatabase db) throws Exception {
    Path dir = DriftDetectorTest.directory(tmp, INIT);

    Tools.State before = Tools.state(db);
    AdoptResult r = adopt(db, dir, null, false);

    assertThat(r.outcome()).isEqualTo(AdoptResult.Outcome.EMPTY_DATABASE);
    assertThat(revisions(db)).isEmpty();
    assertThat(Tools.state(db)).isEqualTo(before);
  }

  @Test
  void adoptsADatabaseFlywayBuiltWithItsConvertedDirectory(ScratchDatabase db) throws Exception {
    Path flyway = Files.createDirectories(tmp.resolve("flyway"));
    Files.writeString(flyway.resolve("V1__init.sql"), INIT);
    Files.writeString(flyway.resolve("V2__orders.sql"), ORDERS);
    Files.writeString(flyway.resolve("V3__notes.sql"), NOTES);
    Tools.flyway(db, flyway, "2");
    Path dir = tmp.resolve("cairn");
    MigrationImporter.convert(ImportFormat.FLYWAY, flyway, dir);

    AdoptResult r = adopt(db, dir, null, false);

    assertThat(r.version()).isEqualTo("02");
    assertThat(Tools.cairnApply(db, dir).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("03_notes.sql");
  }

  @Test
  void adoptsADatabaseLiquibaseBuilt(ScratchDatabase db) throws Exception {
    Path lb = Files.createDirectories(tmp.resolve("liquibase"));
    Files.writeString(
        lb.resolve("changelog.sql"),
        "--liquibase formatted sql\n\n--changeset a:1\n" + INIT + "\n--changeset a:2\n" + ORDERS);
    Tools.liquibase(db, lb, "changelog.sql");
    Path dir = DriftDetectorTest.directory(tmp.resolve("cairn"), INIT, ORDERS, NOTES);

    AdoptResult r = adopt(db, dir, null, false);

    assertThat(r.version()).isEqualTo("20240101000002");
    assertThat(revisions(db)).hasValue(List.of("20240101000002"));
  }
}
