package dev.cairn.diff;

import dev.cairn.diff.internal.inspect.CatalogReader;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a PostgreSQL database's schema from {@code pg_catalog} into a {@link Database}.
 *
 * <p>A few set-based queries, one per object kind, read every object of the included schemas at
 * once. Definitions come back in the catalog's normal form ({@code pg_get_constraintdef}, {@code
 * pg_get_indexdef}, {@code pg_get_viewdef}, …) printed with {@code search_path = pg_catalog}, so
 * every user object is schema-qualified and the result does not depend on the session. Objects
 * owned by extensions are left out (the extension is listed instead); so are the revision table and
 * schema unless {@link InspectOptions#everything()} is used. Objects Cairn cannot model are listed
 * in {@link Database#unsupported()}.
 *
 * <p>The connection is only read from. With auto-commit on, the inspection runs in its own
 * read-only, repeatable-read transaction (one consistent snapshot) that is rolled back afterwards;
 * inside a caller's transaction it runs in that transaction and restores the session settings it
 * changed.
 */
public final class CatalogInspector {
  /** Session settings that change how the catalog's functions print definitions. */
  private static final Map<String, String> SETTINGS = new LinkedHashMap<>();

  static {
    SETTINGS.put("search_path", "pg_catalog");
    SETTINGS.put("DateStyle", "ISO, MDY");
    SETTINGS.put("IntervalStyle", "postgres");
    SETTINGS.put("extra_float_digits", "3");
  }

  private CatalogInspector() {}

  /**
   * Inspects with {@link InspectOptions#defaults()}.
   *
   * @param connection an open connection to the database to read
   * @return the schema model
   * @throws CairnException with {@link ErrorCode#INSPECTION_FAILED} when a catalog query fails
   */
  public static Database inspect(Connection connection) {
    return inspect(connection, InspectOptions.defaults());
  }

  /**
   * Inspects the database the connection points at.
   *
   * @param connection an open connection to the database to read
   * @param options which schemas and tables to read
   * @return the schema model
   * @throws CairnException with {@link ErrorCode#INSPECTION_FAILED} when a catalog query fails
   */
  public static Database inspect(Connection connection, InspectOptions options) {
    try {
      boolean ownTransaction = connection.getAutoCommit();
      if (ownTransaction) {
        return inOwnTransaction(connection, options);
      }
      return inCallersTransaction(connection, options);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.INSPECTION_FAILED,
          "Reading the schema from the database catalog failed: "
              + e.getMessage()
              + " (SQLState "
              + e.getSQLState()
              + "). Check that the connection is open and that the user may read pg_catalog.",
          e);
    }
  }

  private static Database inOwnTransaction(Connection c, InspectOptions options)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      try (Statement st = c.createStatement()) {
        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
      apply(c, SETTINGS, true);
      return CatalogReader.read(c, options);
    } finally {
      try {
        c.rollback();
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static Database inCallersTransaction(Connection c, InspectOptions options)
      throws SQLException {
    Map<String, String> previous = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      for (String name : SETTINGS.keySet()) {
        try (ResultSet rs = st.executeQuery("SELECT current_setting('" + name + "')")) {
          rs.next();
          previous.put(name, rs.getString(1));
        }
      }
    }
    apply(c, SETTINGS, false);
    try {
      return CatalogReader.read(c, options);
    } finally {
      apply(c, previous, false);
    }
  }

  private static void apply(Connection c, Map<String, String> settings, boolean local)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config(?, ?, ?)")) {
      for (Map.Entry<String, String> e : settings.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.setBoolean(3, local);
        ps.executeQuery().close();
      }
    }
  }
}
