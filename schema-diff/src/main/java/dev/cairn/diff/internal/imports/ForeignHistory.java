package dev.cairn.diff.internal.imports;

import dev.cairn.diff.imports.ImportFormat;
import dev.cairn.diff.model.Identifiers;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads another tool's history table: which migrations it applied, and whether anything failed or
 * is half done. Read only.
 *
 * @param table the schema-qualified table read
 * @param applied history keys of applied migrations (see {@code ImportedMigration.historyKey}),
 *     Flyway versions normalised
 * @param baseline Flyway's baseline version (everything up to it counts as applied), or null
 * @param upTo golang-migrate's current version (everything up to it is applied), or null
 * @param problems failed, dirty or locked states that forbid a take-over
 */
public record ForeignHistory(
    String table,
    Set<String> applied,
    List<BigInteger> baseline,
    BigInteger upTo,
    List<String> problems) {

  /** Copies the collections. */
  public ForeignHistory {
    applied = Set.copyOf(applied);
    baseline = baseline == null ? null : List.copyOf(baseline);
    problems = List.copyOf(problems);
  }

  /** The default history table name of each tool. */
  public static String defaultTable(ImportFormat format) {
    return switch (format) {
      case FLYWAY -> "flyway_schema_history";
      case LIQUIBASE -> "databasechangelog";
      case GOLANG_MIGRATE -> "schema_migrations";
      case GOOSE -> "goose_db_version";
    };
  }

  /**
   * Normalises a Flyway version for comparison ({@code 1_1}, {@code 1.1.0} and {@code 1.1} are one
   * version).
   *
   * @param version the version
   * @return the normal form
   */
  public static String flywayKey(String version) {
    List<String> parts = new ArrayList<>();
    for (BigInteger b : Parsed.parts(version)) {
      parts.add(b.toString());
    }
    return String.join(".", parts);
  }

  /**
   * Reads the history.
   *
   * @param c a connection to the database
   * @param format the tool
   * @param table {@code [schema.]table}, or null to find the tool's default table in any schema
   * @return the history
   * @throws CairnException when the table is missing or ambiguous
   */
  public static ForeignHistory read(Connection c, ImportFormat format, String table) {
    String qualified = locate(c, format, table);
    try {
      return switch (format) {
        case FLYWAY -> flyway(c, qualified);
        case LIQUIBASE -> liquibase(c, qualified);
        case GOLANG_MIGRATE -> golangMigrate(c, qualified);
        case GOOSE -> goose(c, qualified);
      };
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Reading "
              + format.displayName()
              + "'s history table "
              + qualified
              + " failed: "
              + e.getMessage()
              + ". Is it really "
              + format.displayName()
              + "'s table? Give the right one with the history table option.",
          e);
    }
  }

  private static String locate(Connection c, ImportFormat format, String table) {
    String schema = null;
    String name = table == null ? defaultTable(format) : table;
    int dot = name.indexOf('.');
    if (dot > 0) {
      schema = name.substring(0, dot);
      name = name.substring(dot + 1);
    }
    List<String> found = new ArrayList<>();
    String sql =
        "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
            + " ON n.oid = c.relnamespace WHERE c.relname = ? AND c.relkind IN ('r', 'p')"
            + (schema == null ? "" : " AND n.nspname = ?")
            + " ORDER BY 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, name);
      if (schema != null) {
        ps.setString(2, schema);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(Identifiers.quote(rs.getString(1)) + "." + Identifiers.quote(rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR, "Looking up the history table failed: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "The database has no "
              + format.displayName()
              + " history table "
              + (schema == null ? name : schema + "." + name)
              + ". Was it migrated with "
              + format.displayName()
              + "? If the table has another name or schema, give it with the history table"
              + " option.");
    }
    if (found.size() > 1) {
      throw new CairnException(
          ErrorCode.INVALID_CONFIGURATION,
          "Several "
              + format.displayName()
              + " history tables exist ("
              + String.join(", ", found)
              + "); name the one to take over with the history table option, e.g. "
              + found.get(0).replace("\"", "")
              + ".");
    }
    return found.get(0);
  }

  private static ForeignHistory flyway(Connection c, String table) throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    List<BigInteger> baseline = null;
    List<String> problems = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT installed_rank, version, description, type, script, success FROM "
                    + table
                    + " ORDER BY installed_rank")) {
      while (rs.next()) {
        String version = rs.getString(2);
        String type = rs.getString(4);
        String script = rs.getString(5);
        boolean success = rs.getBoolean(6);
        String what = version == null ? script : "version " + version + " (" + script + ")";
        if (!success) {
          problems.add(
              what
                  + " failed (success = false). Fix it with Flyway first ('flyway repair' after"
                  + " cleaning up), so that the history says what the schema is.");
          continue;
        }
        switch (type == null ? "" : type) {
          case "SCHEMA" -> {}
          case "BASELINE" -> baseline = Parsed.parts(version);
          case "UNDO_SQL", "DELETE" -> applied.remove(flywayKey(version));
          case "SQL" -> applied.add(version == null ? fileName(script) : flywayKey(version));
          default -> {
            if (version == null) {
              problems.add(
                  "repeatable " + script + " is a " + type + " migration, which Cairn cannot run.");
            } else {
              applied.add(flywayKey(version));
            }
          }
        }
      }
    }
    return new ForeignHistory(table, applied, baseline, null, problems);
  }

  private static ForeignHistory liquibase(Connection c, String table) throws SQLException {
    Set<String> applied = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    String lock = table.substring(0, table.lastIndexOf('.') + 1) + "\"databasechangeloglock\"";
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT locked FROM " + lock + " WHERE locked")) {
      if (rs.next()) {
        problems.add(
            "Liquibase's lock ("
                + lock
                + ") is taken: an update is running, or one died. Wait for it, or release it"
                + " with 'liquibase release-locks' if no update runs.");
      }
    } catch (SQLException e) {
      if (!"42P01".equals(e.getSQLState())) {
        throw e;
      }
    }
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, author, filename, exectype FROM "
                    + table
                    + " ORDER BY orderexecuted, dateexecuted")) {
      while (rs.next()) {
        String id = rs.getString(1);
        String author = rs.getString(2);
        String file = rs.getString(3);
        String exec = rs.getString(4);
        String key = id + "::" + author + "::" + fileName(file);
        switch (exec == null ? "" : exec) {
          case "EXECUTED", "RERAN", "MARK_RAN" -> applied.add(key);
          case "FAILED" ->
              problems.add(
                  "changeset "
                      + author
                      + ":"
                      + id
                      + " ("
                      + file
                      + ") failed. Fix it with Liquibase first, so that the history says what the"
                      + " schema is.");
          default -> {}
        }
      }
    }
    return new ForeignHistory(table, applied, null, null, problems);
  }

  private static ForeignHistory golangMigrate(Connection c, String table) throws SQLException {
    List<String> problems = new ArrayList<>();
    BigInteger version = null;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version, dirty FROM " + table)) {
      while (rs.next()) {
        if (version != null) {
          problems.add(table + " has more than one row; golang-migrate keeps exactly one.");
        }
        version = BigInteger.valueOf(rs.getLong(1));
        if (rs.getBoolean(2)) {
          problems.add(
              "the database is dirty at version "
                  + version
                  + ": that migration failed part way. Repair the schema and run 'migrate force"
                  + " "
                  + version
                  + "' (or the previous version) with golang-migrate first.");
        }
      }
    }
    return new ForeignHistory(table, Set.of(), null, version, problems);
  }

  private static ForeignHistory goose(Connection c, String table) throws SQLException {
    Map<String, Boolean> state = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT version_id, is_applied FROM " + table + " ORDER BY id")) {
      while (rs.next()) {
        long v = rs.getLong(1);
        if (v == 0) {
          continue;
        }
        state.put(Long.toString(v), rs.getBoolean(2));
      }
    }
    Set<String> applied = new LinkedHashSet<>();
    for (Map.Entry<String, Boolean> e : state.entrySet()) {
      if (e.getValue()) {
        applied.add(e.getKey());
      }
    }
    return new ForeignHistory(table, applied, null, null, List.of());
  }

  static String fileName(String path) {
    return LiquibaseReader.fileName(path == null ? "" : path);
  }
}
