package dev.cairn.diff;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.util.List;

/**
 * The database given as dev database already holds objects. Its message lists them, explains why a
 * dev database must be clean and how to provide one.
 */
public final class DevDatabaseNotCleanException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> objects;

  /**
   * Creates the exception.
   *
   * @param message the full explanation
   * @param objects the objects found, e.g. {@code table public.users}
   */
  public DevDatabaseNotCleanException(String message, List<String> objects) {
    super(ErrorCode.DEV_DATABASE_NOT_CLEAN, message);
    this.objects = List.copyOf(objects);
  }

  /**
   * The objects found in the database.
   *
   * @return descriptions such as {@code schema app} or {@code extension pgcrypto}
   */
  public List<String> objects() {
    return objects;
  }
}
