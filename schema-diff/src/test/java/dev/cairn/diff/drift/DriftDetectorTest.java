package dev.cairn.diff.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.model.Database;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@WithPostgres
class DriftDetectorTest {
  static DevDatabase dev;

  @TempDir Path dir;

  @BeforeAll
  static void openDev() {
    dev = DevDatabases.embedded();
  }

  @AfterAll
  static void closeDev() {
    dev.close();
  }

  static final String INIT =
      "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL,"
          + " status text NOT NULL DEFAULT 'new');\n";
  static final String ORDERS =
      "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users,"
          + " created_at timestamptz NOT NULL DEFAULT now());\n"
          + "CREATE INDEX orders_user_idx ON orders (user_id);\n";
  static final String NOTES = "ALTER TABLE users ADD COLUMN note text;\n";

  static Path directory(Path dir, String... contents) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < contents.length; i++) {
      Files.writeString(
          dir.resolve("2024010100000" + (i + 1) + "_step" + (i + 1) + ".sql"), contents[i]);
    }
    AtlasSum.write(MigrationDirectory.of(dir));
    return dir;
  }

  static void exec(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static DriftReport detect(ScratchDatabase db, Path dir) {
    return DriftDetector.configure()
        .dataSource(db.dataSource())
        .directory(dir)
        .devDatabase(dev)
        .load()
        .detect();
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        Arguments.of("clean", null, List.of()),
        Arguments.of(
            "extra index",
            "CREATE INDEX orders_created_idx ON orders (created_at)",
            List.of("extra index public.orders.orders_created_idx")),
        Arguments.of(
            "dropped column",
            "ALTER TABLE users DROP COLUMN status",
            List.of("missing column public.users.status")),
        Arguments.of(
            "changed default",
            "ALTER TABLE users ALTER COLUMN status SET DEFAULT 'active'",
            List.of("default mismatch on column public.users.status")),
        Arguments.of(
            "extra table",
            "CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz)",
            List.of("extra table public.audit")),
        Arguments.of(
            "changed type and nullability",
            "ALTER TABLE users ALTER COLUMN email TYPE varchar(100), ALTER COLUMN email DROP NOT"
                + " NULL",
            List.of(
                "type mismatch on column public.users.email",
                "nullability mismatch on column public.users.email")),
        Arguments.of(
            "dropped foreign key",
            "ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey",
            List.of("missing constraint public.orders.orders_user_id_fkey")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void namesEveryDifferingObjectAndPrintsSqlBothWays(
      String name, String mutation, List<String> expected, ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT, ORDERS);
    Cairn.configure().dataSource(db.dataSource()).directory(d).load().migrate();
    if (mutation != null) {
      exec(db, mutation);
    }

    DriftReport report = detect(db, d);

    assertThat(report.differences())
        .extracting(Difference::label)
        .containsExactlyElementsOf(expected);
    assertThat(report.hasDrift()).isEqualTo(!expected.isEmpty());
    assertThat(report.currentVersion()).isEqualTo("20240101000002");
    assertThat(report.replayed())
        .containsExactly("20240101000001_step1.sql", "20240101000002_step2.sql");
    if (expected.isEmpty()) {
      assertThat(report.toMigrationsSql()).isEmpty();
      assertThat(report.describe()).startsWith("No drift: ");
      return;
    }
    assertThat(report.describe()).contains(expected.get(0));

    // The reverse script really turns the migrations' state into the database's ...
    Database live = inspect(db);
    try (ScratchDatabase replay = db.server().createDatabase("replay")) {
      Cairn.configure().dataSource(replay.dataSource()).directory(d).load().migrate();
      exec(replay, report.toDatabaseSql());
      assertThat(SchemaDiffer.diff(inspect(replay), live, DiffOptions.defaults()).changes())
          .isEmpty();
    }
    // ... and the forward script brings the database back: no drift afterwards.
    exec(db, report.toMigrationsSql());
    assertThat(detect(db, d).differences()).isEmpty();
  }

  static Database inspect(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return CatalogInspector.inspect(c);
    }
  }

  @Test
  void typeMismatchSaysWhatEachSideHas(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT);
    Cairn.configure().dataSource(db.dataSource()).directory(d).load().migrate();
    exec(db, "ALTER TABLE users ALTER COLUMN id TYPE integer");

    Difference diff = detect(db, d).differences().get(0);

    assertThat(diff.kind()).isEqualTo(Difference.Kind.TYPE_MISMATCH);
    assertThat(diff.expected()).isEqualTo("bigint");
    assertThat(diff.actual()).isEqualTo("integer");
    assertThat(diff.sql()).containsExactly("ALTER TABLE public.users ALTER COLUMN id TYPE bigint");
  }

  @Test
  void replaysExactlyTheAppliedFilesNotPendingOnes(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT, ORDERS);
    Cairn.configure().dataSource(db.dataSource()).directory(d).load().migrate();
    // A third file arrives but is not applied yet: not drift.
    Files.writeString(d.resolve("20240101000003_step3.sql"), NOTES);
    AtlasSum.write(MigrationDirectory.of(d));

    DriftReport report = detect(db, d);

    assertThat(report.differences()).isEmpty();
    assertThat(report.replayed()).hasSize(2);
  }

  @Test
  void baselineCoversEveryFileUpToItsVersion(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT, ORDERS, NOTES);
    // Built by hand up to step 2, then baselined there and migrated to step 3.
    exec(db, INIT + ORDERS);
    Cairn cairn = Cairn.configure().dataSource(db.dataSource()).directory(d).load();
    cairn.baseline("20240101000002");
    cairn.migrate();

    DriftReport report = detect(db, d);

    assertThat(report.differences()).isEmpty();
    assertThat(report.replayed())
        .containsExactly(
            "20240101000001_step1.sql", "20240101000002_step2.sql", "20240101000003_step3.sql");
  }

  @Test
  void markedAppliedButNeverRunIsDrift(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT, NOTES);
    exec(db, INIT);
    // Someone "fixed" the history by marking step 2 applied without running it.
    Cairn.configure().dataSource(db.dataSource()).directory(d).load().set("20240101000002");

    DriftReport report = detect(db, d);

    assertThat(report.differences())
        .extracting(Difference::label)
        .containsExactly("missing column public.users.note");
    assertThat(report.differences().get(0).sql())
        .containsExactly("ALTER TABLE public.users ADD COLUMN note text");
  }

  @Test
  void databaseWithObjectsButNoRevisionsPointsToAdopt(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT);
    exec(db, INIT);

    assertThatThrownBy(() -> detect(db, d))
        .isInstanceOf(CairnException.class)
        .hasMessageContaining("migrate adopt")
        .extracting(e -> ((CairnException) e).code())
        .isEqualTo(ErrorCode.DIRTY_DATABASE);
  }

  @Test
  void anEditedAppliedFileIsReportedNotReplayed(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT);
    Cairn.configure().dataSource(db.dataSource()).directory(d).load().migrate();
    Files.writeString(d.resolve("20240101000001_step1.sql"), INIT + NOTES);
    AtlasSum.write(MigrationDirectory.of(d));

    assertThatThrownBy(() -> detect(db, d))
        .isInstanceOf(CairnException.class)
        .extracting(e -> ((CairnException) e).code())
        .isEqualTo(ErrorCode.HISTORY_CHANGED);
  }

  @Test
  void otherToolsHistoryTablesAreNotDrift(ScratchDatabase db) throws Exception {
    Path d = directory(dir, INIT);
    Cairn.configure().dataSource(db.dataSource()).directory(d).load().migrate();
    exec(db, "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY)");

    assertThat(detect(db, d).differences()).isEmpty();
    assertThat(
            DriftDetector.configure()
                .dataSource(db.dataSource())
                .directory(d)
                .devDatabase(dev)
                .includeForeignHistoryTables(true)
                .load()
                .detect()
                .differences())
        .extracting(Difference::label)
        .containsExactly("extra table public.flyway_schema_history");
  }
}
