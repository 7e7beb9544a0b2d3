package dev.cairn.diff.drift;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.model.Database;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Builds databases the way other tools do (real Flyway, Liquibase and Hibernate; golang-migrate and
 * goose, which are Go programs, by doing what they document: one multi-statement query per file and
 * their history rows) and compares schemas.
 */
public final class Tools {
  static {
    // Liquibase 5 fetches its analytics configuration over the network unless told not to.
    System.setProperty("liquibase.analytics.enabled", "false");
  }

  private Tools() {}

  /**
   * Flyway configured as its documentation says for {@code CREATE INDEX CONCURRENTLY}: without the
   * transactional lock (which would keep a transaction open that the index build waits for).
   */
  private static org.flywaydb.core.api.configuration.FluentConfiguration flywayConfig(
      ScratchDatabase db, Path location) {
    return Flyway.configure()
        .dataSource(db.jdbcUrl(), db.user(), db.password())
        .locations("filesystem:" + location.toAbsolutePath())
        .configuration(Map.of("flyway.postgresql.transactional.lock", "false"));
  }

  /** Runs {@code flyway migrate} on a location, optionally up to a target version. */
  public static void flyway(ScratchDatabase db, Path location, String target) {
    var config = flywayConfig(db, location);
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }

  /** Runs Flyway's {@code baseline} at a version, then {@code migrate}. */
  public static void flywayBaselineThenMigrate(ScratchDatabase db, Path location, String version) {
    Flyway f = flywayConfig(db, location).baselineVersion(version).load();
    f.baseline();
    f.migrate();
  }

  /** Runs {@code liquibase update} with a changelog in a directory. */
  public static void liquibase(ScratchDatabase db, Path dir, String changelog) throws Exception {
    Map<String, Object> scope = new HashMap<>();
    scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    Scope.child(
        scope,
        () -> {
          CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME);
          update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, db.jdbcUrl());
          update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, db.user());
          update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, db.password());
          update.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog);
          update.execute();
        });
  }

  /** Starts Hibernate with {@code hbm2ddl.auto=update} on the entities, and stops it. */
  public static void hibernateUpdate(ScratchDatabase db, Class<?>... entities) {
    Configuration cfg = new Configuration();
    for (Class<?> c : entities) {
      cfg.addAnnotatedClass(c);
    }
    cfg.setProperty("hibernate.connection.url", db.jdbcUrl());
    cfg.setProperty("hibernate.connection.username", db.user());
    cfg.setProperty("hibernate.connection.password", db.password() == null ? "" : db.password());
    cfg.setProperty("hibernate.hbm2ddl.auto", "update");
    // What a Spring Boot application uses; the schema loader's default naming preset.
    cfg.setProperty(
        "hibernate.physical_naming_strategy",
        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
    try (SessionFactory sf = cfg.buildSessionFactory()) {
      sf.getMetamodel();
    }
  }

  /**
   * golang-migrate's {@code up}: each {@code .up.sql} file sent as one query, then its single
   * history row {@code (version, dirty)}.
   */
  public static void golangMigrateUp(ScratchDatabase db, Path dir) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY,"
              + " dirty boolean NOT NULL)");
      List<Path> ups;
      try (var s = Files.list(dir)) {
        ups = s.filter(p -> p.toString().endsWith(".up.sql")).sorted().toList();
      }
      for (Path up : ups) {
        String name = up.getFileName().toString();
        long version = Long.parseLong(name.substring(0, name.indexOf('_')));
        st.execute(Files.readString(up));
        st.execute("DELETE FROM schema_migrations");
        st.execute("INSERT INTO schema_migrations VALUES (" + version + ", false)");
      }
    }
  }

  /**
   * goose's {@code up}: the Up section of each file (annotation lines dropped) as one query, in a
   * transaction unless the file says {@code NO TRANSACTION}, then a {@code goose_db_version} row.
   */
  public static void gooseUp(ScratchDatabase db, Path dir) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS goose_db_version (id serial NOT NULL PRIMARY KEY,"
              + " version_id bigint NOT NULL, is_applied boolean NOT NULL,"
              + " tstamp timestamp NULL DEFAULT now())");
      st.execute("INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true)");
      List<Path> files;
      try (var s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
      }
      for (Path f : files) {
        String text = Files.readString(f);
        String up = text.substring(text.indexOf("-- +goose Up") + "-- +goose Up".length());
        int down = up.indexOf("-- +goose Down");
        if (down >= 0) {
          up = up.substring(0, down);
        }
        up = up.replaceAll("(?m)^--\\s*\\+goose.*$", "");
        boolean tx = !text.contains("-- +goose NO TRANSACTION");
        c.setAutoCommit(!tx);
        st.execute(up);
        String name = f.getFileName().toString();
        long version = Long.parseLong(name.substring(0, name.indexOf('_')));
        st.execute(
            "INSERT INTO goose_db_version (version_id, is_applied) VALUES (" + version + ", true)");
        if (tx) {
          c.commit();
        }
        c.setAutoCommit(true);
      }
    }
  }

  /** Applies a Cairn directory. */
  public static MigrateResult cairnApply(ScratchDatabase db, Path dir) {
    return Cairn.configure().dataSource(db.dataSource()).directory(dir).load().migrate();
  }

  /** Inspects a database without the history tables of any tool. */
  public static Database inspect(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      return CatalogInspector.inspect(
          c,
          InspectOptions.defaults()
              .excludingTables(DriftDetector.FOREIGN_HISTORY_TABLES.toArray(new String[0])));
    }
  }

  /** History tables of the tools Cairn takes over from, whose rows a refusal must leave alone. */
  private static final List<String> HISTORY_TABLES =
      List.of(
          "flyway_schema_history",
          "databasechangelog",
          "databasechangeloglock",
          "schema_migrations",
          "goose_db_version",
          "atlas_schema_revisions.atlas_schema_revisions");

  /**
   * Everything a refused adopt or take-over must leave as it was: the whole catalog (every schema,
   * the tools' history tables and Cairn's revision schema included) and the rows of every history
   * table.
   *
   * @param schema the inspected catalog
   * @param historyRows each existing history table's rows, as text, sorted
   */
  public record State(Database schema, Map<String, List<String>> historyRows) {}

  /** Takes a {@link State} snapshot. */
  public static State state(ScratchDatabase db) throws SQLException {
    Map<String, List<String>> rows = new java.util.TreeMap<>();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      Database schema = CatalogInspector.inspect(c, InspectOptions.defaults());
      for (String table : HISTORY_TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
          rs.next();
          if (!rs.getBoolean(1)) {
            continue;
          }
        }
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
          while (rs.next()) {
            values.add(rs.getString(1));
          }
        }
        rows.put(table, values);
      }
      return new State(schema, rows);
    }
  }

  /** The changes between two databases' schemas (empty when equal). */
  public static List<String> differences(ScratchDatabase a, ScratchDatabase b) throws SQLException {
    List<String> out = new ArrayList<>();
    for (SchemaChange c :
        SchemaDiffer.diff(inspect(a), inspect(b), DiffOptions.defaults()).changes()) {
      out.add(c.describe());
    }
    return out;
  }

  /** Executes SQL. */
  public static void exec(ScratchDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** The revision table's versions, or empty when the table does not exist. */
  public static Optional<List<String>> revisions(ScratchDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT to_regclass('atlas_schema_revisions.atlas_schema_revisions') IS NOT NULL")) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return Optional.empty();
        }
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT version FROM atlas_schema_revisions.atlas_schema_revisions ORDER BY"
                  + " version")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return Optional.of(out);
    }
  }
}
