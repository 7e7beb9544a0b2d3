package dev.cairn.runtime;

/**
 * The integrity file {@code atlas.sum} is missing ({@link ErrorCode#SUM_FILE_MISSING}) or cannot be
 * parsed ({@link ErrorCode#SUM_FILE_CORRUPT}). Nothing was executed.
 */
public class SumFileException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * Creates an exception.
   *
   * @param code {@link ErrorCode#SUM_FILE_MISSING} or {@link ErrorCode#SUM_FILE_CORRUPT}
   * @param location the migration directory
   * @param message what happened, where, and what to do next
   */
  public SumFileException(ErrorCode code, String location, String message) {
    super(code, message);
    this.location = location;
  }

  /**
   * The migration directory whose sum file is affected.
   *
   * @return the directory location
   */
  public String location() {
    return location;
  }
}
