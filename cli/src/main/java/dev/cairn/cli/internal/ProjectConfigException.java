package dev.cairn.cli.internal;

/**
 * The project configuration file is missing, unreadable or wrong. The message names the file, the
 * environment and the key; it never holds a configured value, which may be a secret.
 */
public final class ProjectConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do
   */
  public ProjectConfigException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong and what to do
   * @param cause the underlying failure
   */
  public ProjectConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
