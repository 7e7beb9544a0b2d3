package dev.cairn.runtime.guard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Helpers that look at the database through the unguarded data source. */
final class GuardTesting {
  private GuardTesting() {}

  /** Whether a relation of that name exists (asked without the guard). */
  static boolean exists(DataSource raw, String relation) throws SQLException {
    try (Connection c = raw.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select to_regclass('" + relation.replace("'", "''") + "') is not null")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  static void execute(DataSource raw, String sql) throws SQLException {
    try (Connection c = raw.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static long count(DataSource raw, String query) throws SQLException {
    try (Connection c = raw.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
