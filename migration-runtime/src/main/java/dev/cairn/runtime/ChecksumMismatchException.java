package dev.cairn.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The migration files are not the ones the integrity file ({@code atlas.sum}) or the revision table
 * recorded. Nothing was executed. Names the files involved and the precise {@link Reason}.
 */
public class ChecksumMismatchException extends CairnException {
  private static final long serialVersionUID = 1L;

  /** How the files differ from what was recorded. */
  public enum Reason {
    /** A file's content changed after the sum was computed. */
    EDITED,
    /** A file exists that the sum does not list. */
    ADDED,
    /** The sum lists a file that no longer exists. */
    REMOVED,
    /** The same files exist, but in a different order than the sum records. */
    REORDERED,
    /** The sum file's header does not match its own lines (it was edited by hand). */
    SUM_FILE_EDITED
  }

  private final Reason reason;
  private final List<String> files;

  /**
   * Creates an exception.
   *
   * @param reason how the files differ
   * @param files the file names involved
   * @param message what happened, where, and what to do next
   */
  public ChecksumMismatchException(Reason reason, List<String> files, String message) {
    super(ErrorCode.CHECKSUM_MISMATCH, message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.files = List.copyOf(files);
  }

  /**
   * How the files differ from what was recorded.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The file names involved.
   *
   * @return the files, possibly empty
   */
  public List<String> files() {
    return files;
  }
}
