package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cairn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.legacy.LegacyCustomer;
import dev.cairn.cli.legacy.LegacyOrder;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schema drift}, {@code migrate adopt}, {@code migrate import} and {@code schema reconcile}.
 */
@WithPostgres
class ExistingDatabaseCommandsTest {
  @TempDir Path tmp;

  static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n";
  static final String V2 =
      "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users,"
          + " created_at timestamptz NOT NULL DEFAULT now());\n";
  static final String V3 = "ALTER TABLE users ADD COLUMN email text;\n";

  Path migrations(String... files) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("migrations"));
    for (int i = 0; i < files.length; i++) {
      Files.writeString(dir.resolve("2024010100000" + (i + 1) + "_v" + (i + 1) + ".sql"), files[i]);
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

  /** The whole catalog (history tables and revision schema included) and the history rows. */
  static List<Object> snapshot(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      List<Object> state = new ArrayList<>();
      state.add(
          dev.cairn.diff.CatalogInspector.inspect(c, dev.cairn.diff.InspectOptions.defaults()));
      try (ResultSet rs =
          st.executeQuery(
              "SELECT to_regclass('schema_migrations') IS NOT NULL,"
                  + " to_regclass('atlas_schema_revisions.atlas_schema_revisions') IS NOT NULL")) {
        rs.next();
        state.add(rs.getBoolean(2));
        if (rs.getBoolean(1)) {
          try (Statement rows = c.createStatement();
              ResultSet r =
                  rows.executeQuery("SELECT t::text FROM schema_migrations t ORDER BY 1")) {
            while (r.next()) {
              state.add(r.getString(1));
            }
          }
        }
      }
      return state;
    }
  }

  static List<String> revisions(ScratchDatabase db) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version || ':' || type FROM atlas_schema_revisions.atlas_schema_revisions"
                    + " ORDER BY version")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      if ("3F000".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
        return null;
      }
      throw e;
    }
    return out;
  }

  static String[] db(ScratchDatabase db, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--url", db.jdbcUrl(), "--user", db.user()));
    if (db.password() != null) {
      all.addAll(List.of("--password", db.password()));
    }
    return all.toArray(new String[0]);
  }

  @Test
  void driftExitsZeroWhenCleanAndOneNamingEachObject(ScratchDatabase db) throws Exception {
    Path dir = migrations(V1, V2);
    assertThat(cairn(db(db, "migrate", "apply", "--dir", dir.toString())).exitCode()).isZero();

    CliRun clean = cairn(db(db, "schema", "drift", "--dir", dir.toString()));
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).startsWith("No drift: ");

    exec(
        db,
        "CREATE INDEX orders_created_idx ON orders (created_at); ALTER TABLE users DROP COLUMN name");
    CliRun drift = cairn(db(db, "schema", "drift", "--dir", dir.toString()));
    assertThat(drift.exitCode()).isEqualTo(1);
    assertThat(drift.out())
        .contains("extra index public.orders.orders_created_idx")
        .contains("missing column public.users.name")
        .contains("-- SQL that brings the database back to its migrations:")
        .contains("DROP INDEX public.orders_created_idx")
        .contains("-- SQL that turns the migrations' state into the database's")
        .contains("CREATE INDEX orders_created_idx ON public.orders USING btree (created_at)");
    if (db.password() != null && !db.password().isEmpty()) {
      assertThat(drift.out()).doesNotContain(db.password());
    }

    CliRun json = cairn(db(db, "schema", "drift", "--dir", dir.toString(), "--format", "json"));
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.out())
        .contains("\"drift\": true")
        .contains("\"classification\": \"extra index\"")
        .contains("\"object\": \"public.orders.orders_created_idx\"");
  }

  @Test
  void driftOnAnUnreachableDatabaseExitsThree() throws Exception {
    Path dir = migrations(V1);
    CliRun r =
        cairn(
            "schema",
            "drift",
            "--dir",
            dir.toString(),
            "--url",
            "jdbc:postgresql://127.0.0.1:1/app",
            "--connect-retry",
            "0");
    assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
  }

  @Test
  void adoptRecordsTheMatchingVersionAndApplyContinues(ScratchDatabase db) throws Exception {
    Path dir = migrations(V1, V2, V3);
    exec(db, V1 + V2);

    CliRun r = cairn(db(db, "migrate", "adopt", "--dir", dir.toString()));

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("matches version 20240101000002");
    assertThat(revisions(db)).containsExactly("20240101000002:1");
    CliRun apply = cairn(db(db, "migrate", "apply", "--dir", dir.toString()));
    assertThat(apply.out()).contains("20240101000003_v3.sql").doesNotContain("_v1.sql");

    CliRun again = cairn(db(db, "migrate", "adopt", "--dir", dir.toString()));
    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(again.err()).contains("migrate status").contains("schema drift");
  }

  @Test
  void adoptWithoutMatchReportsTheClosestVersionAndRecordsNothing(ScratchDatabase db)
      throws Exception {
    Path dir = migrations(V1, V2, V3);
    exec(db, V1 + V2 + "ALTER TABLE users ADD COLUMN nickname text");
    List<Object> before = snapshot(db);

    CliRun r = cairn(db(db, "migrate", "adopt", "--dir", dir.toString(), "--format", "json"));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("\"outcome\": \"NO_MATCH\"")
        .contains("\"closestVersion\": \"20240101000002\"")
        .contains("\"object\": \"public.users.nickname\"");
    assertThat(revisions(db)).isNull();
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void importOnADirtyGolangMigrateDatabaseChangesNothing(ScratchDatabase db) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("gm"));
    Files.writeString(src.resolve("1_users.up.sql"), V1);
    Files.writeString(src.resolve("2_orders.up.sql"), V2);
    // golang-migrate failed in file 2 and marked the database dirty.
    exec(
        db,
        V1
            + "CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL);"
            + " INSERT INTO schema_migrations VALUES (2, true)");
    List<Object> before = snapshot(db);

    CliRun r =
        cairn(
            db(
                db,
                "migrate",
                "import",
                "--from",
                "golang-migrate",
                "--source",
                src.toString(),
                "--dir",
                tmp.resolve("cairn").toString()));

    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("dirty at version 2");
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void importConvertsAndTakesOverAGolangMigrateDatabase(ScratchDatabase db) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("gm"));
    Files.writeString(src.resolve("1_users.up.sql"), V1);
    Files.writeString(src.resolve("2_orders.up.sql"), V2);
    Files.writeString(src.resolve("2_orders.down.sql"), "DROP TABLE orders;\n");
    Files.writeString(src.resolve("3_email.up.sql"), V3);
    // golang-migrate ran the first two files and recorded its single row.
    exec(
        db,
        V1
            + V2
            + "CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL);"
            + " INSERT INTO schema_migrations VALUES (2, false)");
    Path out = tmp.resolve("cairn");

    CliRun convert =
        cairn(
            "migrate",
            "import",
            "--from",
            "golang-migrate",
            "--source",
            src.toString(),
            "--dir",
            out.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    assertThat(convert.out())
        .contains("1_users.up.sql")
        .contains("->  01_users.sql")
        .contains("+ down/02_orders.sql")
        .contains("zero-padded");

    CliRun takeOver =
        cairn(
            db(
                db,
                "migrate",
                "import",
                "--from",
                "golang-migrate",
                "--source",
                src.toString(),
                "--dir",
                out.toString()));
    assertThat(takeOver.exitCode()).as(takeOver.err()).isZero();
    assertThat(takeOver.out()).contains("Already imported").contains("pending: 03_email.sql");
    assertThat(revisions(db)).containsExactly("01:4", "02:4");

    CliRun apply = cairn(db(db, "migrate", "apply", "--dir", out.toString()));
    assertThat(apply.out()).contains("03_email.sql").doesNotContain("01_users.sql");
  }

  @Test
  void reconcileClassifiesWhatHibernateUpdateLeftBehind(ScratchDatabase db) throws Exception {
    hibernateUpdate(db, LegacyCustomer.class, LegacyOrder.class);
    Path report = tmp.resolve("reconcile.md");

    CliRun r =
        cairn(
            db(
                db,
                "schema",
                "reconcile",
                "--to",
                "entities:dev.cairn.cli.entities",
                "--classpath",
                testClassPath(),
                "--format",
                "markdown",
                "--output",
                report.toString()));

    assertThat(r.exitCode()).as(r.err()).isZero();
    String md = Files.readString(report);
    assertThat(md)
        .contains("### 1. ")
        .contains("type mismatch on column public.shop_customer.email")
        .contains("nullability mismatch on column public.shop_customer.email")
        .contains("extra column public.shop_customer.legacy_code")
        .contains("missing constraint public.shop_customer.")
        .contains("ALTER TABLE public.shop_customer ALTER COLUMN email TYPE character varying(200)")
        .contains("ALTER TABLE public.shop_customer DROP COLUMN legacy_code")
        .doesNotContain("shop_order");
  }

  static void hibernateUpdate(ScratchDatabase db, Class<?>... entities) {
    Configuration cfg = new Configuration();
    for (Class<?> c : entities) {
      cfg.addAnnotatedClass(c);
    }
    cfg.setProperty("hibernate.connection.url", db.jdbcUrl());
    cfg.setProperty("hibernate.connection.username", db.user());
    cfg.setProperty("hibernate.connection.password", db.password() == null ? "" : db.password());
    cfg.setProperty("hibernate.hbm2ddl.auto", "update");
    cfg.setProperty(
        "hibernate.physical_naming_strategy",
        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
    try (SessionFactory sf = cfg.buildSessionFactory()) {
      sf.getMetamodel();
    }
  }

  private static String testClassPath() {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(cp.split(File.pathSeparator))
        .filter(e -> !e.contains("surefire"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
