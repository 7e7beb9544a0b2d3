package dev.cairn.loader.support;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.loader.LoadedSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Applies DDL to a database and reads facts back from {@code pg_catalog}. */
public final class Catalog {
  private final ScratchDatabase db;

  public Catalog(ScratchDatabase db) {
    this.db = db;
  }

  /** Runs the whole DDL text, as a dev database would. */
  public void apply(LoadedSchema schema) {
    execute(schema.ddl());
  }

  public void execute(String sql) {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("DDL failed: " + e.getMessage(), e);
    }
  }

  /** Rows of a query, each row's columns as strings (null stays null). */
  public List<List<String>> rows(String sql, Object... params) {
    try (Connection c = db.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row. */
  public List<String> column(String sql, Object... params) {
    return rows(sql, params).stream().map(r -> r.get(0)).toList();
  }

  /** Tables of a schema, sorted. */
  public List<String> tables(String schema) {
    return column(
        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = ? and c.relkind = 'r' order by 1",
        schema);
  }

  /** Column name → formatted type ({@code format_type}), in column order. */
  public List<String> columns(String table) {
    return column(
        "select a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
            + (" || case when a.attnotnull then ' not null' else '' end")
            + " from pg_attribute a where a.attrelid = ?::regclass and a.attnum > 0"
            + " and not a.attisdropped order by a.attnum",
        table);
  }

  /** Constraint definitions ({@code pg_get_constraintdef}) of a table of one type (p, u, f, c). */
  public List<String> constraints(String table, String type) {
    return column(
        "select pg_get_constraintdef(oid) from pg_constraint where conrelid = ?::regclass"
            + " and contype = ?::\"char\" order by 1",
        table,
        type);
  }

  /** Index definitions of a table, sorted. */
  public List<String> indexes(String table) {
    return column(
        "select indexdef from pg_indexes where (schemaname || '.' || tablename)::regclass ="
            + " ?::regclass order by indexname",
        table);
  }

  /** increment, start value of a sequence. */
  public List<String> sequence(String name) {
    return rows(
            "select increment_by, start_value from pg_sequences where (schemaname || '.' ||"
                + " sequencename)::regclass = ?::regclass",
            name)
        .get(0);
  }
}
