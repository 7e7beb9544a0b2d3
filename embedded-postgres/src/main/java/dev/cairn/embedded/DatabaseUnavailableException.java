package dev.cairn.embedded;

/** The embedded server could not start, or the external server could not be reached. */
public class DatabaseUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do next
   * @param cause the underlying failure
   */
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
