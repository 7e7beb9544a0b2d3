package dev.cairn.spring;

import dev.cairn.embedded.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers for assertions. */
final class Sql {
  private Sql() {}

  /** The first column of every row, as strings. */
  static List<String> column(ScratchDatabase db, String query) {
    try (Connection c = db.connect()) {
      return column(c, query);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  static List<String> column(DataSource ds, String query) {
    try (Connection c = ds.getConnection()) {
      return column(c, query);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  private static List<String> column(Connection c, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  static void execute(ScratchDatabase db, String sql) {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Tables of the public schema, sorted. */
  static List<String> tables(ScratchDatabase db) {
    return column(
        db, "select tablename from pg_tables where schemaname = 'public' order by tablename");
  }

  /** Versions recorded in the default revision table, sorted. */
  static List<String> revisions(ScratchDatabase db) {
    return column(
        db, "select version from atlas_schema_revisions.atlas_schema_revisions order by version");
  }
}
