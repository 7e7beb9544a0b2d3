package dev.cairn.runtime;

import java.util.Optional;

/**
 * A statement of a migration file failed on the database. The message names the file and line,
 * shows an excerpt of the statement, PostgreSQL's SQLSTATE, message, detail and hint, and says what
 * state the database was left in (rolled back, or partially applied and resumable).
 */
public class MigrationFailedException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String statement;
  private final String sqlState;
  private final String serverMessage;
  private final String detail;
  private final String hint;
  private final int appliedStatements;
  private final int totalStatements;
  private final boolean rolledBack;

  /**
   * Creates the exception.
   *
   * @param file the migration file name
   * @param line the 1-based line in the file where the failing statement starts
   * @param statement the failing statement
   * @param sqlState PostgreSQL's SQLSTATE, or null when the driver gave none
   * @param serverMessage PostgreSQL's primary message
   * @param detail PostgreSQL's detail, or null
   * @param hint PostgreSQL's hint, or null
   * @param appliedStatements statements of the file that stay applied (0 when rolled back)
   * @param totalStatements statements in the file
   * @param rolledBack whether the file's transaction was rolled back
   * @param message the full message
   * @param cause the driver's exception
   */
  public MigrationFailedException(
      String file,
      int line,
      String statement,
      String sqlState,
      String serverMessage,
      String detail,
      String hint,
      int appliedStatements,
      int totalStatements,
      boolean rolledBack,
      String message,
      Throwable cause) {
    super(ErrorCode.MIGRATION_FAILED, message, cause);
    this.file = file;
    this.line = line;
    this.statement = statement;
    this.sqlState = sqlState;
    this.serverMessage = serverMessage;
    this.detail = detail;
    this.hint = hint;
    this.appliedStatements = appliedStatements;
    this.totalStatements = totalStatements;
    this.rolledBack = rolledBack;
  }

  /**
   * The migration file name.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line in the file where the failing statement starts.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The failing statement.
   *
   * @return the statement text
   */
  public String statement() {
    return statement;
  }

  /**
   * PostgreSQL's SQLSTATE.
   *
   * @return the SQLSTATE, when the driver gave one
   */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }

  /**
   * PostgreSQL's primary error message.
   *
   * @return the message
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * PostgreSQL's detail line.
   *
   * @return the detail, when there is one
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * PostgreSQL's hint.
   *
   * @return the hint, when there is one
   */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /**
   * How many statements of the file remain applied (always 0 for a rolled-back file).
   *
   * @return the applied statement count
   */
  public int appliedStatements() {
    return appliedStatements;
  }

  /**
   * How many statements the file has.
   *
   * @return the statement count
   */
  public int totalStatements() {
    return totalStatements;
  }

  /**
   * Whether the file ran in a transaction that was rolled back (nothing of it remains).
   *
   * @return true when rolled back, false when partially applied
   */
  public boolean rolledBack() {
    return rolledBack;
  }
}
