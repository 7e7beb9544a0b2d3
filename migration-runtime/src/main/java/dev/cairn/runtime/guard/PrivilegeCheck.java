package dev.cairn.runtime.guard;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An optional least-privilege check of the application's database role: teams run migrations as one
 * role and the application as another that can read and write data but not change the schema. The
 * check reports a role that is a superuser, can create schemas, can {@code CREATE} in one of its
 * schemas ({@code has_schema_privilege}) or owns (directly or through an inherited role) a table,
 * view or sequence there — each with the {@code REVOKE}/{@code ALTER … OWNER TO}/{@code GRANT} that
 * fixes it.
 *
 * <p>Run it with the application's connection at startup; it sends three catalog queries.
 */
public final class PrivilegeCheck {
  private static final Logger LOG = LoggerFactory.getLogger(PrivilegeCheck.class);
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

  private PrivilegeCheck() {}

  /**
   * Inspects the connection's role against the schemas on its {@code search_path}.
   *
   * @param connection the application's connection
   * @return the findings
   * @throws SQLException if the catalog cannot be read
   */
  public static PrivilegeReport inspect(Connection connection) throws SQLException {
    return inspect(connection, null);
  }

  /**
   * Inspects the connection's role against the given schemas.
   *
   * @param connection the application's connection
   * @param schemas the schemas the application uses, or null for the connection's {@code
   *     search_path}
   * @return the findings
   * @throws SQLException if the catalog cannot be read
   */
  public static PrivilegeReport inspect(Connection connection, List<String> schemas)
      throws SQLException {
    Objects.requireNonNull(connection, "connection");
    String role;
    boolean superuser;
    String database;
    boolean createOnDatabase;
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select current_user, r.rolsuper, current_database(),"
                    + " has_database_privilege(current_database(), 'CREATE')"
                    + " from pg_roles r where r.rolname = current_user")) {
      rs.next();
      role = rs.getString(1);
      superuser = rs.getBoolean(2);
      database = rs.getString(3);
      createOnDatabase = rs.getBoolean(4);
    }
    List<String> looked = schemas == null ? searchPath(connection) : List.copyOf(schemas);
    List<PrivilegeFinding> findings = new ArrayList<>();
    if (superuser) {
      findings.add(
          new PrivilegeFinding(
              PrivilegeFinding.Kind.SUPERUSER,
              role,
              null,
              null,
              "connect the application as a role without SUPERUSER (CREATE ROLE app LOGIN;"
                  + " GRANT USAGE ON SCHEMA <schema> TO app; GRANT SELECT, INSERT, UPDATE, DELETE"
                  + " ON ALL TABLES IN SCHEMA <schema> TO app)"));
      return new PrivilegeReport(role, looked, findings);
    }
    if (createOnDatabase) {
      findings.add(
          new PrivilegeFinding(
              PrivilegeFinding.Kind.CREATE_ON_DATABASE,
              role,
              null,
              null,
              "REVOKE CREATE ON DATABASE " + quote(database) + " FROM " + quote(role) + ";"));
    }
    Array names = connection.createArrayOf("text", looked.toArray());
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select n.nspname from pg_namespace n where n.nspname = any(?)"
                + " and has_schema_privilege(n.oid, 'CREATE') order by n.nspname")) {
      ps.setArray(1, names);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String schema = rs.getString(1);
          findings.add(
              new PrivilegeFinding(
                  PrivilegeFinding.Kind.CREATE_ON_SCHEMA,
                  role,
                  schema,
                  null,
                  "REVOKE CREATE ON SCHEMA " + quote(schema) + " FROM " + quote(role) + ";"));
        }
      }
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select n.nspname, c.relname, c.relkind from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = any(?) and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')"
                + " and pg_has_role(c.relowner, 'USAGE') order by n.nspname, c.relname")) {
      ps.setArray(1, names);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String schema = rs.getString(1);
          String qualified = quote(schema) + "." + quote(rs.getString(2));
          String kind = objectKind(rs.getString(3));
          findings.add(
              new PrivilegeFinding(
                  PrivilegeFinding.Kind.OWNS_OBJECT,
                  role,
                  schema,
                  kind.toLowerCase(java.util.Locale.ROOT) + " " + qualified,
                  "ALTER "
                      + kind
                      + " "
                      + qualified
                      + " OWNER TO <migration_role>; GRANT "
                      + grants(kind)
                      + " ON "
                      + (kind.equals("SEQUENCE") ? "SEQUENCE " : "")
                      + qualified
                      + " TO "
                      + quote(role)
                      + ";"));
        }
      }
    }
    return new PrivilegeReport(role, looked, findings);
  }

  /**
   * Inspects the role and acts on the findings: {@link GuardMode#FAIL} throws, {@link
   * GuardMode#WARN} logs a warning (logger {@code dev.cairn.runtime.guard.PrivilegeCheck}), {@link
   * GuardMode#OFF} does not even look.
   *
   * @param connection the application's connection
   * @param mode what to do with findings
   * @return the report (empty for {@link GuardMode#OFF})
   * @throws SQLException if the catalog cannot be read
   * @throws ExcessivePrivilegesException in {@link GuardMode#FAIL} when there is a finding
   */
  public static PrivilegeReport verify(Connection connection, GuardMode mode) throws SQLException {
    Objects.requireNonNull(mode, "mode");
    if (mode == GuardMode.OFF) {
      return new PrivilegeReport("", List.of(), List.of());
    }
    PrivilegeReport report = inspect(connection);
    if (!report.leastPrivileged()) {
      if (mode == GuardMode.FAIL) {
        throw new ExcessivePrivilegesException(report);
      }
      LOG.warn(report.describe());
    }
    return report;
  }

  private static List<String> searchPath(Connection connection) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("select unnest(current_schemas(false))")) {
      while (rs.next()) {
        schemas.add(rs.getString(1));
      }
    }
    return schemas;
  }

  private static String objectKind(String relkind) {
    return switch (relkind) {
      case "v" -> "VIEW";
      case "m" -> "MATERIALIZED VIEW";
      case "S" -> "SEQUENCE";
      case "f" -> "FOREIGN TABLE";
      default -> "TABLE";
    };
  }

  private static String grants(String kind) {
    return switch (kind) {
      case "VIEW", "MATERIALIZED VIEW" -> "SELECT";
      case "SEQUENCE" -> "USAGE, SELECT, UPDATE";
      default -> "SELECT, INSERT, UPDATE, DELETE";
    };
  }

  /** Quotes an identifier for a message's SQL unless it is a plain lower-case name. */
  static String quote(String identifier) {
    if (PLAIN_IDENTIFIER.matcher(identifier).matches()) {
      return identifier;
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
