package dev.cairn.runtime;

import java.util.Optional;

/**
 * Cairn could not open a connection: the server stayed unreachable for the whole retry budget
 * ({@link ErrorCode#DATABASE_UNREACHABLE}), it rejected the credentials ({@link
 * ErrorCode#DATABASE_AUTHENTICATION_FAILED}, never retried), or no JDBC driver accepts the URL
 * ({@link ErrorCode#INVALID_CONFIGURATION}). The message never contains a password.
 */
public class DatabaseConnectionException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final int attempts;
  private final String sqlState;

  /**
   * Creates the exception.
   *
   * @param code {@link ErrorCode#DATABASE_UNREACHABLE}, {@link
   *     ErrorCode#DATABASE_AUTHENTICATION_FAILED} or {@link ErrorCode#INVALID_CONFIGURATION}
   * @param attempts how many connection attempts were made
   * @param sqlState the SQLSTATE of the last failure, or null
   * @param message what happened and what to do next
   * @param cause the last failure, already stripped of any password, or null
   */
  public DatabaseConnectionException(
      ErrorCode code, int attempts, String sqlState, String message, Throwable cause) {
    super(code, message, cause);
    this.attempts = attempts;
    this.sqlState = sqlState;
  }

  /**
   * How many connection attempts were made.
   *
   * @return the attempt count
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The SQLSTATE of the last failed attempt.
   *
   * @return the SQLSTATE, when the driver gave one
   */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
