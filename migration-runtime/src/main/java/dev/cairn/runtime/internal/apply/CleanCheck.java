package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.internal.db.RevisionTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to run migrations from the first file on a database that already holds objects, unless a
 * baseline or allow-dirty is given (as Atlas). Objects that belong to extensions and the revision
 * table itself do not count.
 */
final class CleanCheck {
  private CleanCheck() {}

  private static final String SQL =
      "WITH ns AS (SELECT oid, nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog',"
          + " 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE"
          + " 'pg\\_temp\\_%' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid ="
          + " 'pg_namespace'::regclass AND d.objid = pg_namespace.oid AND d.deptype = 'e'))"
          + " SELECT what FROM ("
          + " SELECT 1 AS o, CASE c.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view '"
          + " WHEN 'S' THEN 'sequence ' WHEN 'f' THEN 'foreign table ' ELSE 'table ' END"
          + " || quote_ident(ns.nspname) || '.' || quote_ident(c.relname) AS what"
          + " FROM pg_class c JOIN ns ON ns.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
          + " AND NOT (ns.nspname = ? AND c.relname = ?)"
          + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
          + " AND d.objid = c.oid AND d.deptype = 'e')"
          + " UNION ALL SELECT 2, 'function ' || quote_ident(ns.nspname) || '.' ||"
          + " quote_ident(p.proname) FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace"
          + " WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
          + " AND d.objid = p.oid AND d.deptype = 'e')"
          + " UNION ALL SELECT 3, 'type ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname)"
          + " FROM pg_type t JOIN ns ON ns.oid = t.typnamespace"
          + " WHERE t.typtype IN ('e', 'd', 'r', 'm') AND NOT EXISTS (SELECT 1 FROM pg_depend d"
          + " WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')"
          + " UNION ALL SELECT 4, 'schema ' || quote_ident(ns.nspname) FROM ns"
          + " WHERE ns.nspname NOT IN ('public', ?)"
          + ") found ORDER BY o, what LIMIT 6";

  static void check(Connection c, RevisionTable table) {
    List<String> found = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, table.schema());
      ps.setString(2, table.table());
      ps.setString(3, table.schema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Could not check whether the database is empty: " + e.getMessage(),
          e);
    }
    if (!found.isEmpty()) {
      String list = String.join(", ", found.subList(0, Math.min(5, found.size())));
      throw new CairnException(
          ErrorCode.DIRTY_DATABASE,
          "The database already holds objects ("
              + list
              + (found.size() > 5 ? ", …" : "")
              + ") but has no revisions in "
              + table.qualifiedName()
              + ", so Cairn cannot tell which migrations it already reflects. Nothing was"
              + " executed. If the schema matches a migration file, record that version as the"
              + " baseline (baseline VERSION): later files are applied on top of it. If the"
              + " objects are unrelated and the first file should run anyway, allow a dirty"
              + " database (allow-dirty). If you meant another database, check the URL.");
    }
  }
}
