package dev.cairn.diff.internal.lint.catalog;

import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.ColumnKey;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Idx;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-based reads of the dev database's catalog and of the session's own locks and scan counters.
 * Every query names {@code pg_catalog} explicitly because a migration may change {@code
 * search_path}.
 */
public final class CatalogProbe {
  private static final String USER_NAMESPACE =
      "n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

  private final Connection connection;
  private final int serverVersion;

  /**
   * Creates a probe on a connection.
   *
   * @param connection the dev database connection the migration statements run on
   * @throws SQLException if the server version cannot be read
   */
  public CatalogProbe(Connection connection) throws SQLException {
    this.connection = connection;
    this.serverVersion = connection.getMetaData().getDatabaseMajorVersion();
  }

  /**
   * The server's major version.
   *
   * @return e.g. 17
   */
  public int serverVersion() {
    return serverVersion;
  }

  /**
   * Reads every user schema, relation, column, constraint and index.
   *
   * @return the snapshot
   * @throws SQLException on a database error
   */
  public Snapshot snapshot() throws SQLException {
    Map<Long, String> schemas = new HashMap<>();
    Map<Long, Rel> relations = new HashMap<>();
    Map<ColumnKey, Col> columns = new HashMap<>();
    Map<Long, Con> constraints = new HashMap<>();
    Map<Long, Idx> indexes = new HashMap<>();
    try (Statement st = connection.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE " + USER_NAMESPACE)) {
        while (rs.next()) {
          schemas.put(rs.getLong(1), rs.getString(2));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relfilenode, c.relpersistence,"
                  + " COALESCE((SELECT i.inhparent FROM pg_catalog.pg_inherits i"
                  + " WHERE i.inhrelid = c.oid AND c.relispartition LIMIT 1), 0)"
                  + " FROM pg_catalog.pg_class c"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE c.relkind IN ('r', 'p', 'i', 'I', 'S', 'v', 'm', 'f') AND "
                  + USER_NAMESPACE)) {
        while (rs.next()) {
          Rel r =
              new Rel(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4).charAt(0),
                  rs.getLong(5),
                  rs.getString(6).charAt(0),
                  rs.getLong(7));
          relations.put(r.oid(), r);
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT a.attrelid, a.attnum, a.attname,"
                  + " pg_catalog.format_type(a.atttypid, a.atttypmod), a.atttypid, a.atttypmod,"
                  + " a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid),"
                  + " a.attidentity, a.attgenerated"
                  + " FROM pg_catalog.pg_attribute a"
                  + " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                  + " LEFT JOIN pg_catalog.pg_attrdef d"
                  + " ON d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.attgenerated = ''"
                  + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND "
                  + USER_NAMESPACE)) {
        while (rs.next()) {
          Col c =
              new Col(
                  rs.getLong(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5),
                  rs.getInt(6),
                  rs.getBoolean(7),
                  rs.getString(8),
                  flag(rs.getString(9)),
                  flag(rs.getString(10)));
          columns.put(new ColumnKey(c.table(), c.num()), c);
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT con.oid, con.conrelid, con.conname, con.contype, con.convalidated,"
                  + " pg_catalog.pg_get_constraintdef(con.oid), con.conkey, con.confrelid,"
                  + " con.conindid"
                  + " FROM pg_catalog.pg_constraint con"
                  + " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE "
                  + USER_NAMESPACE)) {
        while (rs.next()) {
          Con c =
              new Con(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4).charAt(0),
                  rs.getBoolean(5),
                  rs.getString(6),
                  ints(rs.getArray(7)),
                  rs.getLong(8),
                  rs.getLong(9));
          constraints.put(c.oid(), c);
        }
      }
      String nullsNotDistinct = serverVersion >= 15 ? "i.indnullsnotdistinct" : "false";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT i.indexrelid, i.indrelid, c.relname, i.indisunique, i.indisprimary,"
                  + " i.indisvalid, i.indkey::pg_catalog.int2[],"
                  + " pg_catalog.pg_get_indexdef(i.indexrelid), "
                  + nullsNotDistinct
                  + ", i.indnkeyatts"
                  + " FROM pg_catalog.pg_index i"
                  + " JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE "
                  + USER_NAMESPACE)) {
        while (rs.next()) {
          List<Integer> keys = ints(rs.getArray(7));
          int keyCount = Math.min(rs.getInt(10), keys.size());
          Idx i =
              new Idx(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getBoolean(4),
                  rs.getBoolean(5),
                  rs.getBoolean(6),
                  keys.subList(0, keyCount),
                  rs.getString(8),
                  rs.getBoolean(9));
          indexes.put(i.oid(), i);
        }
      }
    }
    return new Snapshot(schemas, relations, columns, constraints, indexes);
  }

  /**
   * The strongest relation lock this session holds on each relation.
   *
   * @return lock mode by relation oid
   * @throws SQLException on a database error
   */
  public Map<Long, LockMode> locks() throws SQLException {
    Map<Long, LockMode> locks = new HashMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT l.relation::pg_catalog.int8, l.mode FROM pg_catalog.pg_locks l"
                    + " WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation'"
                    + " AND l.granted AND l.database = (SELECT oid FROM pg_catalog.pg_database"
                    + " WHERE datname = pg_catalog.current_database())")) {
      while (rs.next()) {
        LockMode mode = LockMode.fromPgLocks(rs.getString(2));
        locks.merge(rs.getLong(1), mode, LockMode::stronger);
      }
    }
    return locks;
  }

  /**
   * Sequential scans counted in the current transaction, by table oid. Only differences between two
   * readings in one transaction are meaningful (counters not yet flushed from earlier transactions
   * are included).
   *
   * @return scan counts
   * @throws SQLException on a database error
   */
  public Map<Long, Long> sequentialScans() throws SQLException {
    Map<Long, Long> scans = new HashMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.oid, pg_catalog.pg_stat_get_xact_numscans(c.oid)"
                    + " FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'm') AND "
                    + USER_NAMESPACE)) {
      while (rs.next()) {
        scans.put(rs.getLong(1), rs.getLong(2));
      }
    }
    return scans;
  }

  /**
   * Reads one setting of the session.
   *
   * @param name e.g. {@code lock_timeout}
   * @return its current value, e.g. {@code 0} or {@code 5s}
   * @throws SQLException on a database error
   */
  public String setting(String name) throws SQLException {
    try (var ps = connection.prepareStatement("SELECT pg_catalog.current_setting(?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /**
   * Whether the server counts table accesses ({@code track_counts}); without it scan counters stay
   * at zero.
   *
   * @return true if counters are kept
   * @throws SQLException on a database error
   */
  public boolean tracksCounts() throws SQLException {
    return "on".equals(setting("track_counts"));
  }

  private static char flag(String s) {
    return s == null || s.isEmpty() ? '\0' : s.charAt(0);
  }

  private static List<Integer> ints(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object raw = array.getArray();
    List<Integer> out = new ArrayList<>();
    if (raw instanceof Short[] shorts) {
      for (Short s : shorts) {
        out.add(s.intValue());
      }
    } else if (raw instanceof Integer[] ints) {
      for (Integer i : ints) {
        out.add(i);
      }
    } else if (raw instanceof Object[] objects) {
      for (Object o : objects) {
        out.add(((Number) o).intValue());
      }
    }
    return out;
  }
}
