package dev.cairn.loader;

/**
 * The entity model could not be turned into DDL: a class is missing or is not mapped, Hibernate
 * rejected the mapping, two mappings of one column disagree, or an option is out of range. The
 * message says what happened, where, and what to change. When it is thrown, nothing was produced.
 */
public class LoaderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, where, and what to do next
   */
  public LoaderException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the underlying cause (usually Hibernate's exception).
   *
   * @param message what happened, where, and what to do next
   * @param cause the underlying failure
   */
  public LoaderException(String message, Throwable cause) {
    super(message, cause);
  }
}
