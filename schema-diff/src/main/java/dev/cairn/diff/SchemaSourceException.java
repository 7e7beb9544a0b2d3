package dev.cairn.diff;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;

/**
 * A statement of a schema source failed on the dev database. The message names the file and line,
 * shows the statement and PostgreSQL's own message.
 */
public final class SchemaSourceException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String statement;
  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param message the full explanation
   * @param file the file (or text name) holding the statement
   * @param line the 1-based line where the error is (the statement's first line when PostgreSQL
   *     gives no position)
   * @param statement the statement text
   * @param sqlState PostgreSQL's SQLSTATE, or {@code null}
   * @param cause the driver's exception
   */
  public SchemaSourceException(
      String message, String file, int line, String statement, String sqlState, Throwable cause) {
    super(ErrorCode.SCHEMA_SOURCE_FAILED, message, cause);
    this.file = file;
    this.line = line;
    this.statement = statement;
    this.sqlState = sqlState;
  }

  /**
   * The file (or text name) holding the failed statement.
   *
   * @return e.g. {@code 20240101000000_init.sql}
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line of the error in {@link #file()}.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The failed statement.
   *
   * @return its text
   */
  public String statement() {
    return statement;
  }

  /**
   * PostgreSQL's SQLSTATE.
   *
   * @return e.g. {@code 42P01}, or {@code null}
   */
  public String sqlState() {
    return sqlState;
  }
}
