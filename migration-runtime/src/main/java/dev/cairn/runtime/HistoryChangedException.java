package dev.cairn.runtime;

/**
 * A migration file that the revision table records as applied no longer matches what was applied:
 * it was edited, renamed or removed, or a statement that already ran in a partially applied file
 * changed. Nothing was executed.
 */
public class HistoryChangedException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final String file;

  /**
   * Creates the exception.
   *
   * @param version the version of the affected revision
   * @param file the file name (or the expected name when the file is missing)
   * @param message what happened and what to do next
   */
  public HistoryChangedException(String version, String file, String message) {
    super(ErrorCode.HISTORY_CHANGED, message);
    this.version = version;
    this.file = file;
  }

  /**
   * The version of the affected revision.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The affected file name.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }
}
