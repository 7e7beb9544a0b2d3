package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class SessionResetTest {

  @Test
  void sessionStateOfOneFileDoesNotLeakIntoTheNextAndTheLockSurvives(ScratchDatabase db) {
    String role = "cairn_leak_" + Long.toHexString(System.nanoTime());
    Db.exec(db, "CREATE ROLE " + role);
    try {
      TestDir dir =
          TestDir.create()
              .add(
                  "1_leak.sql",
                  "SET search_path TO elsewhere, public;\n"
                      + "SET TIME ZONE 'Asia/Tokyo';\n"
                      + "SET statement_timeout = '1234s';\n"
                      + "CREATE TEMP TABLE tmp_leak (x int);\n"
                      + "PREPARE leak_stmt AS SELECT 1;\n"
                      + "DECLARE leak_cur CURSOR WITH HOLD FOR SELECT 1;\n"
                      + "SET ROLE "
                      + role
                      + ";\n")
              .add(
                  "2_check.sql",
                  "CREATE TABLE public.env AS SELECT current_setting('search_path') AS sp,"
                      + " current_setting('TimeZone') AS tz, current_setting('statement_timeout') AS st,"
                      + " current_user::text AS cu,"
                      + " (SELECT count(*) FROM pg_prepared_statements WHERE name = 'leak_stmt') AS ps,"
                      + " (SELECT count(*) FROM pg_cursors WHERE name = 'leak_cur') AS cursors,"
                      + " to_regclass('pg_temp.tmp_leak') IS NULL AS no_temp,"
                      + " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                      + " AND pid = pg_backend_pid() AND granted) AS locks;\n");
      dir.cairn(db).load().migrate();
      String defaultTz = Db.value(db, "SELECT current_setting('TimeZone')");
      assertThat(Db.rows(db, "SELECT * FROM public.env"))
          .containsExactly(
              List.of("\"$user\", public", defaultTz, "0", db.user(), "0", "0", "t", "1"));
    } finally {
      Db.exec(db, "DROP OWNED BY " + role + "; DROP ROLE " + role);
    }
  }

  @Test
  void aPooledConnectionGetsItsOwnSettingsBackAndItsPreparedStatementsKeepWorking(
      ScratchDatabase db) throws SQLException {
    Db.exec(db, "CREATE SCHEMA app");
    try (Connection physical = db.connect()) {
      try (Statement s = physical.createStatement()) {
        s.execute("SET search_path TO app, public");
        s.execute("SET application_name TO 'pool-init'");
      }
      // Let pgjdbc switch this statement to a named server-side prepared statement.
      try (PreparedStatement ps = physical.prepareStatement("SELECT ?::int + 1")) {
        for (int i = 0; i < 8; i++) {
          ps.setInt(1, i);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
          }
        }
      }
      TestDir dir =
          TestDir.create()
              .add("1_a.sql", "SET search_path TO public;\nCREATE TABLE t1 (id int);\n")
              .add("2_b.sql", "CREATE TABLE t2 (id int);\n");
      Cairn.configure()
          .dataSource(single(physical))
          .directory(dir.path())
          .allowDirty(true)
          .load()
          .migrate();

      assertThat(Db.value(db, "SELECT to_regclass('app.t2')")).isEqualTo("app.t2");
      assertThat(Db.value(db, "SELECT to_regclass('public.t1')")).isEqualTo("t1");
      try (Statement s = physical.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT current_setting('search_path'), current_setting('application_name')")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("app, public");
        assertThat(rs.getString(2)).isEqualTo("pool-init");
      }
      assertThat(physical.getAutoCommit()).isTrue();
      try (PreparedStatement ps = physical.prepareStatement("SELECT ?::int + 1")) {
        for (int i = 0; i < 8; i++) {
          ps.setInt(1, i);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(i + 1);
          }
        }
      }
    }
  }

  /** A DataSource handing out one physical connection whose close() does nothing, like a pool. */
  static DataSource single(Connection physical) {
    Connection handle =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(physical, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new DataSource() {
      @Override
      public Connection getConnection() {
        return handle;
      }

      @Override
      public Connection getConnection(String u, String p) {
        return handle;
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }
}
