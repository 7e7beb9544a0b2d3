package dev.cairn.runtime;

import java.util.List;

/**
 * The migration directory cannot be used as it is: it is missing or empty, a file name is
 * malformed, two files share a version, or a file cannot be read. Names the offending files.
 */
public class MigrationDirectoryException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final List<String> files;

  /**
   * Creates an exception.
   *
   * @param code one of the directory-related codes
   * @param message what happened, where, and what to do next
   * @param files the offending file names (may be empty)
   */
  public MigrationDirectoryException(ErrorCode code, String message, List<String> files) {
    super(code, message);
    this.files = List.copyOf(files);
  }

  /**
   * Creates an exception caused by an I/O failure.
   *
   * @param code one of the directory-related codes
   * @param message what happened, where, and what to do next
   * @param files the offending file names (may be empty)
   * @param cause the underlying failure
   */
  public MigrationDirectoryException(
      ErrorCode code, String message, List<String> files, Throwable cause) {
    super(code, message, cause);
    this.files = List.copyOf(files);
  }

  /**
   * The offending file names, relative to the directory.
   *
   * @return the files, possibly empty
   */
  public List<String> files() {
    return files;
  }
}
