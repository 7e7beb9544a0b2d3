package dev.cairn.diff.internal.lint.catalog;

import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.ColumnKey;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Idx;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    return snapshot(null, null);
  }

  /**
   * Reads the catalog again after a statement, re-reading columns, constraints and indexes only of
   * the tables the statement could have changed: those it locked (any change to a table's
   * definition locks it), those it created, renamed or rewrote. Everything else is carried over
   * from {@code previous}, which keeps the cost of a statement independent of the schema's size.
   *
   * @param previous the snapshot before the statement, or null for a full read
   * @param touched tables (and indexes) the statement locked, or null for a full read
   * @return the snapshot
   * @throws SQLException on a database error
   */
  public Snapshot snapshot(Snapshot previous, Set<Long> touched) throws SQLException {
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
                  + " COALESCE(h.inhparent, 0), COALESCE(x.indrelid, 0)"
                  + " FROM pg_catalog.pg_class c"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                  + " LEFT JOIN pg_catalog.pg_inherits h ON h.inhrelid = c.oid AND c.relispartition"
                  + " LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid"
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
                  rs.getLong(7),
                  rs.getLong(8));
          relations.put(r.oid(), r);
        }
      }
      Set<Long> refresh = previous == null || touched == null ? null : new HashSet<>();
      if (refresh != null) {
        for (Long oid : touched) {
          Rel r = relations.getOrDefault(oid, previous.relations().get(oid));
          refresh.add(r != null && r.indexedTable() != 0 ? r.indexedTable() : oid);
        }
        for (Rel r : relations.values()) {
          Rel old = previous.relations().get(r.oid());
          if (old == null || !old.equals(r)) {
            refresh.add(r.indexedTable() != 0 ? r.indexedTable() : r.oid());
          }
        }
        for (Rel r : previous.relations().values()) {
          if (!relations.containsKey(r.oid()) && r.indexedTable() != 0) {
            refresh.add(r.indexedTable());
          }
        }
        // Renamed schemas change every definition that names them: read everything again.
        if (!previous.schemas().equals(schemas)) {
          refresh = null;
        }
      }
      if (refresh != null) {
        for (Col c : previous.columns().values()) {
          if (!refresh.contains(c.table()) && relations.containsKey(c.table())) {
            columns.put(new ColumnKey(c.table(), c.num()), c);
          }
        }
        for (Con c : previous.constraints().values()) {
          if (!refresh.contains(c.table()) && relations.containsKey(c.table())) {
            constraints.put(c.oid(), c);
          }
        }
        for (Idx i : previous.indexes().values()) {
          if (!refresh.contains(i.table()) && relations.containsKey(i.oid())) {
            indexes.put(i.oid(), i);
          }
        }
        if (refresh.isEmpty()) {
          return new Snapshot(schemas, relations, columns, constraints, indexes);
        }
      }
      readDetails(refresh, columns, constraints, indexes);
    }
    return new Snapshot(schemas, relations, columns, constraints, indexes);
  }

  private void readDetails(
      Set<Long> tables,
      Map<ColumnKey, Col> columns,
      Map<Long, Con> constraints,
      Map<Long, Idx> indexes)
      throws SQLException {
    Array filter =
        tables == null ? null : connection.createArrayOf("int8", tables.toArray(Long[]::new));
    {
      try (PreparedStatement ps =
              prepare(
                  filter,
                  "c.oid",
                  "SELECT a.attrelid, a.attnum, a.attname,"
                      + " pg_catalog.format_type(a.atttypid, a.atttypmod), a.atttypid, a.atttypmod,"
                      + " a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid),"
                      + " a.attidentity, a.attgenerated"
                      + " FROM pg_catalog.pg_attribute a"
                      + " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                      + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                      + " LEFT JOIN pg_catalog.pg_attrdef d"
                      + " ON d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.attgenerated = ''"
                      + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')"
                      + " AND "
                      + USER_NAMESPACE);
          ResultSet rs = ps.executeQuery()) {
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
      try (PreparedStatement ps =
              prepare(
                  filter,
                  "con.conrelid",
                  "SELECT con.oid, con.conrelid, con.conname, con.contype, con.convalidated,"
                      + " pg_catalog.pg_get_constraintdef(con.oid), con.conkey, con.confrelid,"
                      + " con.conindid"
                      + " FROM pg_catalog.pg_constraint con"
                      + " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
                      + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                      + " WHERE "
                      + USER_NAMESPACE);
          ResultSet rs = ps.executeQuery()) {
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
      try (PreparedStatement ps =
              prepare(
                  filter,
                  "i.indrelid",
                  "SELECT i.indexrelid, i.indrelid, c.relname, i.indisunique, i.indisprimary,"
                      + " i.indisvalid, i.indkey::pg_catalog.int2[],"
                      + " pg_catalog.pg_get_indexdef(i.indexrelid), "
                      + nullsNotDistinct
                      + ", i.indnkeyatts"
                      + " FROM pg_catalog.pg_index i"
                      + " JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
                      + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                      + " WHERE "
                      + USER_NAMESPACE);
          ResultSet rs = ps.executeQuery()) {
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
  }

  /** A query over user objects, restricted to some tables when {@code filter} is given. */
  private PreparedStatement prepare(Array filter, String tableColumn, String sql)
      throws SQLException {
    if (filter == null) {
      return connection.prepareStatement(sql);
    }
    PreparedStatement ps =
        connection.prepareStatement(sql + " AND " + tableColumn + "::pg_catalog.int8 = ANY (?)");
    ps.setArray(1, filter);
    return ps;
  }

  /**
   * The session's relation locks and, when asked, the tables' sequential-scan counters of the
   * current transaction, in one round trip.
   *
   * @param withScans whether to read the scan counters
   * @return the locks and scans
   * @throws SQLException on a database error
   */
  public SessionState state(boolean withScans) throws SQLException {
    Map<Long, LockMode> locks = new HashMap<>();
    Map<Long, Long> scans = new HashMap<>();
    String sql =
        "SELECT 'l', l.relation::pg_catalog.int8, l.mode FROM pg_catalog.pg_locks l"
            + " WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation'"
            + " AND l.granted AND l.database = (SELECT oid FROM pg_catalog.pg_database"
            + " WHERE datname = pg_catalog.current_database())"
            + (withScans
                ? " UNION ALL SELECT 's', c.oid::pg_catalog.int8,"
                    + " pg_catalog.pg_stat_get_xact_numscans(c.oid)::pg_catalog.text"
                    + " FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'm') AND "
                    + USER_NAMESPACE
                : "");
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        if (rs.getString(1).equals("l")) {
          locks.merge(rs.getLong(2), LockMode.fromPgLocks(rs.getString(3)), LockMode::stronger);
        } else {
          scans.put(rs.getLong(2), Long.parseLong(rs.getString(3)));
        }
      }
    }
    return new SessionState(locks, scans);
  }

  /**
   * Locks held and scans counted at one moment of a transaction.
   *
   * @param locks the strongest lock per relation oid
   * @param scans sequential scans per table oid (empty when not read)
   */
  public record SessionState(Map<Long, LockMode> locks, Map<Long, Long> scans) {}

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
