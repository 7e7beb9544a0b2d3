package dev.cairn.diff.internal.lint;

import java.sql.SQLException;

/**
 * A statement failed on the dev database: the replay stops there.
 *
 * @param file the file
 * @param line the statement's line
 * @param statement the abbreviated statement
 * @param comments the comments directly above the statement
 * @param error the database error
 */
public record ReplayFailure(
    LintFile file,
    int line,
    String statement,
    java.util.List<String> comments,
    SQLException error) {

  /**
   * The error as a message: SQLSTATE and PostgreSQL's text.
   *
   * @return e.g. {@code ERROR 42P01: relation "x" does not exist}
   */
  public String describe() {
    String m = error.getMessage() == null ? "" : error.getMessage().trim();
    return "the dev database rejected it (SQLSTATE " + error.getSQLState() + "): " + m;
  }
}
