package dev.cairn.runtime.internal.db;

import java.lang.reflect.Method;
import java.sql.SQLException;

/**
 * PostgreSQL's structured error fields (message, detail, hint, position), read from the driver's
 * exception by reflection so that the runtime does not depend on the driver at compile time.
 *
 * @param sqlState the SQLSTATE, or null
 * @param message the primary message (without the severity prefix)
 * @param detail the detail, or null
 * @param hint the hint, or null
 * @param position the 1-based character position in the statement, or 0
 * @param where the context (e.g. the PL/pgSQL line), or null
 */
public record ServerError(
    String sqlState, String message, String detail, String hint, int position, String where) {

  /**
   * Extracts the fields from a driver exception.
   *
   * @param e the exception
   * @return the fields; only message and state when the driver is not pgjdbc
   */
  public static ServerError of(SQLException e) {
    try {
      Method m = e.getClass().getMethod("getServerErrorMessage");
      Object sem = m.invoke(e);
      if (sem != null) {
        Class<?> c = sem.getClass();
        String message = (String) c.getMethod("getMessage").invoke(sem);
        String detail = (String) c.getMethod("getDetail").invoke(sem);
        String hint = (String) c.getMethod("getHint").invoke(sem);
        int position = (Integer) c.getMethod("getPosition").invoke(sem);
        String where = (String) c.getMethod("getWhere").invoke(sem);
        String state = (String) c.getMethod("getSQLState").invoke(sem);
        return new ServerError(
            state != null ? state : e.getSQLState(),
            message != null ? message : e.getMessage(),
            blankToNull(detail),
            blankToNull(hint),
            position,
            blankToNull(where));
      }
    } catch (ReflectiveOperationException | RuntimeException ignored) {
      // Not pgjdbc, or a different version: the plain message is still useful.
    }
    return new ServerError(e.getSQLState(), e.getMessage(), null, null, 0, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The error as one text, the way it is stored in the revision table's {@code error} column.
   *
   * @return message, SQLSTATE, detail and hint
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(message == null ? "unknown error" : message);
    if (sqlState != null) {
      sb.append(" (SQLSTATE ").append(sqlState).append(')');
    }
    if (detail != null) {
      sb.append("\nDetail: ").append(detail);
    }
    if (hint != null) {
      sb.append("\nHint: ").append(hint);
    }
    if (where != null) {
      sb.append("\nWhere: ").append(where);
    }
    return sb.toString();
  }
}
