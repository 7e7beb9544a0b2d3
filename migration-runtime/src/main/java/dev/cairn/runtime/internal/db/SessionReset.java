package dev.cairn.runtime.internal.db;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the session back into the state Cairn found it in, between migration files and at the end,
 * so that a {@code SET search_path}, {@code SET timezone}, {@code SET ROLE}, prepared statement,
 * cursor or temporary table from one file never leaks into the next one (or into the application
 * that gets the pooled connection back).
 *
 * <p>{@code DISCARD ALL} is not used: it would also release the session-level migration lock. The
 * parts are listed instead. Settings the session had {@code SET} before Cairn got it (for example a
 * pool's init SQL) are restored after the reset.
 */
public final class SessionReset {
  private static final String RESET =
      "RESET ALL; RESET SESSION AUTHORIZATION; RESET ROLE; CLOSE ALL; DEALLOCATE ALL;"
          + " DISCARD TEMP; DISCARD SEQUENCES; DISCARD PLANS";

  private final String sql;

  private SessionReset(String sql) {
    this.sql = sql;
  }

  /**
   * Reads the session's own settings and role, to restore them after each reset.
   *
   * @param c the connection
   * @return the reset
   */
  public static SessionReset capture(Connection c) {
    String q =
        "SELECT current_user::text, session_user::text, name, setting FROM (SELECT 1) one"
            + " LEFT JOIN pg_settings ON source = 'session'"
            + " AND name NOT LIKE 'transaction\\_%' AND name NOT IN ('role',"
            + " 'session_authorization', 'client_encoding')";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(q)) {
      List<String> restore = new ArrayList<>();
      String currentUser = null;
      String sessionUser = null;
      while (rs.next()) {
        currentUser = rs.getString(1);
        sessionUser = rs.getString(2);
        String name = rs.getString(3);
        if (name != null) {
          restore.add(
              "SELECT set_config("
                  + Sql.literal(name)
                  + ", "
                  + Sql.literal(rs.getString(4))
                  + ", false)");
        }
      }
      StringBuilder sb = new StringBuilder(RESET);
      for (String r : restore) {
        sb.append("; ").append(r);
      }
      if (currentUser != null && !currentUser.equals(sessionUser)) {
        sb.append("; SET ROLE ").append(Sql.ident(currentUser));
      }
      return new SessionReset(sb.toString());
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR, "Could not read the session settings: " + e.getMessage(), e);
    }
  }

  /**
   * The reset statements, to run alone or ahead of a revision write in one round trip.
   *
   * @return semicolon-separated statements
   */
  public String sql() {
    return sql;
  }

  /**
   * Runs the reset on its own.
   *
   * @param c the connection
   */
  public void run(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Could not reset the session between migration files: " + e.getMessage(),
          e);
    }
  }
}
