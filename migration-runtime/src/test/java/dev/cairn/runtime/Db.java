package dev.cairn.runtime;

import dev.cairn.embedded.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small SQL helpers for assertions. */
final class Db {
  private Db() {}

  static void exec(ScratchDatabase db, String sql) {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<List<String>> rows(ScratchDatabase db, String sql) {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<String>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String value(ScratchDatabase db, String sql) {
    List<List<String>> r = rows(db, sql);
    return r.isEmpty() ? null : r.get(0).get(0);
  }

  static List<String> column(ScratchDatabase db, String sql) {
    List<String> out = new ArrayList<>();
    for (List<String> r : rows(db, sql)) {
      out.add(r.get(0));
    }
    return out;
  }

  static boolean tableExists(ScratchDatabase db, String qualified) {
    return value(db, "SELECT to_regclass('" + qualified + "')") != null;
  }

  static final String REVISIONS = "atlas_schema_revisions.atlas_schema_revisions";

  /** version, type, applied, total, error, error_stmt, jsonb_array_length(partial_hashes). */
  static List<List<String>> revisions(ScratchDatabase db) {
    return rows(
        db,
        "SELECT version, type, applied, total, error, error_stmt,"
            + " coalesce(jsonb_array_length(partial_hashes), 0) FROM "
            + REVISIONS
            + " ORDER BY version");
  }
}
