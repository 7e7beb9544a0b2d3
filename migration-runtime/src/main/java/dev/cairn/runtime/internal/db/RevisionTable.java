package dev.cairn.runtime.internal.db;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.Revision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The revision table, column for column Atlas's {@code atlas_schema_revisions} (default schema and
 * table both {@code atlas_schema_revisions}, as the Atlas CLI uses for a connection not bound to a
 * schema). All revisions are read with one query; each write is one upsert built as SQL text so it
 * can share a round trip with the session reset.
 */
public final class RevisionTable {
  /** The default schema and table name, as Atlas's. */
  public static final String DEFAULT_NAME = "atlas_schema_revisions";

  /** Atlas stores its cloud identifier in a row with this version; it is not a migration. */
  public static final String ATLAS_IDENTIFIER_VERSION = ".atlas_cloud_identifier";

  private static final String COLUMNS =
      "version, description, type, applied, total, executed_at, execution_time, error,"
          + " error_stmt, hash, partial_hashes, operator_version";

  private final String schema;
  private final String table;
  private final String qualified;

  /**
   * Creates the accessor.
   *
   * @param schema the schema holding the table
   * @param table the table name
   */
  public RevisionTable(String schema, String table) {
    this.schema = schema;
    this.table = table;
    this.qualified = Sql.ident(schema) + "." + Sql.ident(table);
  }

  /**
   * The schema-qualified, quoted table name.
   *
   * @return e.g. {@code "atlas_schema_revisions"."atlas_schema_revisions"}
   */
  public String qualifiedName() {
    return qualified;
  }

  /**
   * The schema name.
   *
   * @return the schema
   */
  public String schema() {
    return schema;
  }

  /**
   * The table name.
   *
   * @return the table
   */
  public String table() {
    return table;
  }

  /**
   * Reads every revision, sorted by version (byte order, as Atlas compares versions).
   *
   * @param c an auto-commit connection
   * @return the revisions, or empty when the table does not exist yet
   */
  public Optional<List<Revision>> readAll(Connection c) {
    String sql =
        "SELECT version, description, type, applied, total, executed_at, execution_time, error,"
            + " error_stmt, hash, partial_hashes::text, operator_version FROM "
            + qualified;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<Revision> out = new ArrayList<>();
      while (rs.next()) {
        String version = rs.getString(1);
        if (ATLAS_IDENTIFIER_VERSION.equals(version)) {
          continue;
        }
        Timestamp at = rs.getTimestamp(6);
        List<String> partial;
        try {
          partial = Sql.parseJsonStringArray(rs.getString(11));
        } catch (IllegalArgumentException e) {
          throw invalid("its partial_hashes of version " + version + " are not a JSON array", e);
        }
        out.add(
            new Revision(
                version,
                rs.getString(2),
                (int) rs.getLong(3),
                (int) rs.getLong(4),
                (int) rs.getLong(5),
                at == null ? Instant.EPOCH : at.toInstant(),
                Duration.ofNanos(rs.getLong(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                partial,
                rs.getString(12)));
      }
      out.sort((a, b) -> a.version().compareTo(b.version()));
      return Optional.of(out);
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState())) {
        return Optional.empty();
      }
      if ("42703".equals(e.getSQLState()) || "42804".equals(e.getSQLState())) {
        throw invalid(e.getMessage(), e);
      }
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Could not read the revision table " + qualified + ": " + e.getMessage(),
          e);
    }
  }

  private CairnException invalid(String why, Exception cause) {
    return new CairnException(
        ErrorCode.REVISION_TABLE_INVALID,
        "The revision table "
            + qualified
            + " does not have the shape of Atlas's atlas_schema_revisions table ("
            + why
            + "). Point Cairn at the right table (revisions schema/table options), or rename this"
            + " table if it belongs to something else.",
        cause);
  }

  /**
   * The DDL creating the schema. Only issued when the schema is missing: PostgreSQL checks CREATE
   * on the database before it looks whether the schema exists, so even {@code IF NOT EXISTS} fails
   * for a role an administrator gave a ready-made schema.
   *
   * @return the statement
   */
  public String createSchemaSql() {
    return "CREATE SCHEMA IF NOT EXISTS " + Sql.ident(schema);
  }

  /**
   * The DDL creating the table, identical in columns and types to what the Atlas CLI creates on
   * PostgreSQL.
   *
   * @return the statement
   */
  public String createTableSql() {
    return "CREATE TABLE IF NOT EXISTS "
        + qualified
        + " (\"version\" character varying NOT NULL, \"description\" character varying NOT NULL,"
        + " \"type\" bigint NOT NULL DEFAULT 2, \"applied\" bigint NOT NULL DEFAULT 0,"
        + " \"total\" bigint NOT NULL DEFAULT 0, \"executed_at\" timestamptz NOT NULL,"
        + " \"execution_time\" bigint NOT NULL, \"error\" text NULL, \"error_stmt\" text NULL,"
        + " \"hash\" character varying NOT NULL, \"partial_hashes\" jsonb NULL,"
        + " \"operator_version\" character varying NOT NULL, PRIMARY KEY (\"version\"))";
  }

  /**
   * Creates the schema (when missing) and the table (when missing). Called under the migration
   * lock.
   *
   * @param c an auto-commit connection
   */
  public void create(Connection c) {
    boolean schemaExists;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        schemaExists = rs.next();
      }
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Could not look up the revision schema " + Sql.ident(schema) + ": " + e.getMessage(),
          e);
    }
    try (Statement s = c.createStatement()) {
      if (!schemaExists) {
        try {
          s.execute(createSchemaSql());
        } catch (SQLException e) {
          throw new CairnException(
              ErrorCode.DATABASE_ERROR,
              "Could not create the revision schema "
                  + Sql.ident(schema)
                  + ": "
                  + e.getMessage()
                  + ". The user needs CREATE on the database to create it; or have an"
                  + " administrator create the schema once (CREATE SCHEMA "
                  + Sql.ident(schema)
                  + " AUTHORIZATION <migration user>), or point Cairn at an existing schema it may"
                  + " create tables in (revisions schema option).",
              e);
        }
      }
      s.execute(createTableSql());
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Could not create the revision table "
              + qualified
              + ": "
              + e.getMessage()
              + ". The user needs CREATE on the schema "
              + Sql.ident(schema)
              + " (GRANT CREATE ON SCHEMA ... TO <migration user>); or create the table once as an"
              + " administrator.",
          e);
    }
  }

  /**
   * An upsert of one revision. Like Atlas, {@code description} and {@code executed_at} keep the
   * values of the first write.
   *
   * @param r the revision
   * @return the statement
   */
  public String upsertSql(Revision r) {
    return "INSERT INTO "
        + qualified
        + " ("
        + COLUMNS
        + ") VALUES ("
        + Sql.literal(r.version())
        + ", "
        + Sql.literal(r.description())
        + ", "
        + r.type()
        + ", "
        + r.applied()
        + ", "
        + r.total()
        + ", "
        + Sql.literal(r.executedAt().toString())
        + "::timestamptz, "
        + r.executionTime().toNanos()
        + ", "
        + Sql.literal(r.error())
        + ", "
        + Sql.literal(r.errorStatement())
        + ", "
        + Sql.literal(r.hash())
        + ", "
        + Sql.jsonArray(r.partialHashes())
        + ", "
        + Sql.literal(r.operatorVersion())
        + ") ON CONFLICT (version) DO UPDATE SET type = EXCLUDED.type, applied = EXCLUDED.applied,"
        + " total = EXCLUDED.total, execution_time = EXCLUDED.execution_time,"
        + " error = EXCLUDED.error, error_stmt = EXCLUDED.error_stmt, hash = EXCLUDED.hash,"
        + " partial_hashes = EXCLUDED.partial_hashes,"
        + " operator_version = EXCLUDED.operator_version";
  }

  /**
   * A delete of the given versions.
   *
   * @param versions the versions
   * @return the statement
   */
  public String deleteSql(Collection<String> versions) {
    StringBuilder sb =
        new StringBuilder("DELETE FROM ").append(qualified).append(" WHERE version IN (");
    boolean first = true;
    for (String v : versions) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(Sql.literal(v));
    }
    return sb.append(')').toString();
  }
}
