package dev.cairn.spring;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;

/**
 * Thrown at startup in {@code cairn.mode=validate} when the database is not at the migration
 * directory's head: files are pending or one stopped part way. Code {@link
 * ErrorCode#MIGRATIONS_PENDING}. The message lists the files and says how to apply them.
 */
public class MigrationsPendingException extends CairnException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is pending and what to do
   */
  public MigrationsPendingException(String message) {
    super(ErrorCode.MIGRATIONS_PENDING, message);
  }
}
