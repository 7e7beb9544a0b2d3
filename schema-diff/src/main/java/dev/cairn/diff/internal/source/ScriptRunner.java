package dev.cairn.diff.internal.source;

import dev.cairn.diff.LoadListener;
import dev.cairn.diff.SchemaSourceException;
import dev.cairn.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Executes scripts statement by statement on a dev database, each statement in its own transaction
 * (so {@code CREATE INDEX CONCURRENTLY} and {@code ALTER TYPE … ADD VALUE} followed by its use both
 * work), resetting the session between files so that one file's {@code SET} never leaks into the
 * next.
 */
final class ScriptRunner {
  private static final int MAX_STATEMENT_CHARS = 2000;

  private ScriptRunner() {}

  static void run(
      Connection c, String source, String verb, List<Script> scripts, LoadListener listener)
      throws SQLException {
    c.setAutoCommit(true);
    try (Statement st = c.createStatement()) {
      st.setEscapeProcessing(false);
      for (Script script : scripts) {
        List<SqlStatement> statements = script.statements();
        for (SqlStatement s : statements) {
          try {
            st.execute(s.text());
          } catch (SQLException e) {
            throw failure(source, verb, script.name(), s, e);
          }
        }
        // SET SESSION AUTHORIZATION DEFAULT also resets ROLE; RESET ALL skips both.
        st.execute("SET SESSION AUTHORIZATION DEFAULT");
        st.execute("RESET ALL");
        st.execute("DISCARD TEMP");
        listener.scriptExecuted(source, script.name(), statements.size());
      }
    }
  }

  private static SchemaSourceException failure(
      String source, String verb, String file, SqlStatement s, SQLException e) {
    String pgMessage = e.getMessage();
    int line = s.line();
    String detail = "";
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      ServerErrorMessage m = p.getServerErrorMessage();
      pgMessage = m.getSeverity() + ": " + m.getMessage();
      int position = m.getPosition();
      if (position > 0 && position <= s.text().length() + 1) {
        String before = s.text().substring(0, Math.min(position - 1, s.text().length()));
        line += (int) before.chars().filter(ch -> ch == '\n').count();
      }
      if (m.getDetail() != null) {
        detail += "\n  Detail: " + m.getDetail();
      }
      if (m.getHint() != null) {
        detail += "\n  Hint: " + m.getHint();
      }
    }
    String text = s.text();
    if (text.length() > MAX_STATEMENT_CHARS) {
      text = text.substring(0, MAX_STATEMENT_CHARS) + "\n    … (" + text.length() + " characters)";
    }
    String message =
        verb
            + " "
            + source
            + " on the dev database failed at "
            + file
            + ":"
            + line
            + ": "
            + pgMessage
            + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")")
            + detail
            + "\n  Statement (from line "
            + s.line()
            + "):\n    "
            + text.replace("\n", "\n    ")
            + "\nFix the statement and run again. Only a scratch dev database was changed.";
    return new SchemaSourceException(message, file, line, s.text(), e.getSQLState(), e);
  }
}
