package dev.cairn.runtime.guard;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;

/**
 * Thrown by {@link PrivilegeCheck#verify} in {@link GuardMode#FAIL} when the application's role can
 * change the schema. Code {@link ErrorCode#EXCESSIVE_PRIVILEGES}.
 */
public class ExcessivePrivilegesException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final transient PrivilegeReport report;

  /**
   * Creates the exception.
   *
   * @param report the findings
   */
  public ExcessivePrivilegesException(PrivilegeReport report) {
    super(ErrorCode.EXCESSIVE_PRIVILEGES, report.describe());
    this.report = report;
  }

  /**
   * The findings.
   *
   * @return the report
   */
  public PrivilegeReport report() {
    return report;
  }
}
