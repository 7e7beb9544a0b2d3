package dev.cairn.runtime;

import java.util.List;

/**
 * Pending migration files are ordered before the last applied one while the execution order is
 * {@link ExecOrder#LINEAR}. Nothing was executed.
 */
public class NonLinearHistoryException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final List<String> outOfOrderFiles;

  /**
   * Creates the exception.
   *
   * @param outOfOrderFiles the pending files ordered before the last applied one
   * @param message what happened and what to do next
   */
  public NonLinearHistoryException(List<String> outOfOrderFiles, String message) {
    super(ErrorCode.NON_LINEAR_HISTORY, message);
    this.outOfOrderFiles = List.copyOf(outOfOrderFiles);
  }

  /**
   * The pending files ordered before the last applied one.
   *
   * @return the file names
   */
  public List<String> outOfOrderFiles() {
    return outOfOrderFiles;
  }
}
