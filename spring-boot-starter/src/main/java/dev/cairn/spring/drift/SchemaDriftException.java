package dev.cairn.spring.drift;

import dev.cairn.diff.drift.DriftReport;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.util.Objects;

/**
 * Startup stopped because the database differs from the state its applied migrations describe
 * ({@code cairn.drift.check-on-startup=fail}). The message names every differing object and holds
 * the SQL both ways; {@link #report()} has the details.
 */
public class SchemaDriftException extends CairnException {
  private static final long serialVersionUID = 1L;

  /** The report; not serialized with the exception. */
  private final transient DriftReport report;

  /**
   * Creates the exception.
   *
   * @param report the report with drift
   */
  public SchemaDriftException(DriftReport report) {
    super(
        ErrorCode.SCHEMA_DRIFT,
        Objects.requireNonNull(report, "report").describe()
            + "\nUndo the change with the first script, or keep it in a new migration file (the"
            + " second script); set cairn.drift.check-on-startup=warn to start anyway.");
    this.report = report;
  }

  /**
   * The drift report.
   *
   * @return the report (null after deserialization)
   */
  public DriftReport report() {
    return report;
  }
}
