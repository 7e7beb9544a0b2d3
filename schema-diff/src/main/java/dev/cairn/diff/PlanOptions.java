package dev.cairn.diff;

/**
 * Options of one {@link Planner#plan} call.
 *
 * @param onlineSafe use the lock-friendly variants where the end result is identical: {@code CREATE
 *     | DROP INDEX CONCURRENTLY}, {@code ADD CONSTRAINT … NOT VALID} followed by {@code VALIDATE},
 *     unique and primary keys through a concurrently built index, {@code SET NOT NULL} through a
 *     validated check constraint. Only applied to tables that exist before the plan runs.
 * @param targetMajorVersion the PostgreSQL major version the plan will run on; from 17 on, a
 *     generated column's new expression is set in place ({@code ALTER COLUMN … SET EXPRESSION},
 *     which keeps the column's position) instead of dropping and re-adding the column
 */
public record PlanOptions(boolean onlineSafe, int targetMajorVersion) {

  /** Validates the version. */
  public PlanOptions {
    if (targetMajorVersion < 12) {
      throw new IllegalArgumentException(
          "Cairn plans for PostgreSQL 12 or later; got " + targetMajorVersion);
    }
  }

  /**
   * Options for PostgreSQL 15.
   *
   * @param onlineSafe whether to use the online-safe variants
   */
  public PlanOptions(boolean onlineSafe) {
    this(onlineSafe, 15);
  }

  /**
   * Online-safe variants for PostgreSQL 15.
   *
   * @return the default options
   */
  public static PlanOptions defaults() {
    return new PlanOptions(true, 15);
  }

  /**
   * Switches the online-safe variants on or off.
   *
   * @param enabled whether to use them
   * @return new options
   */
  public PlanOptions onlineSafe(boolean enabled) {
    return new PlanOptions(enabled, targetMajorVersion);
  }

  /**
   * Sets the target version.
   *
   * @param major the major version, e.g. 17
   * @return new options
   */
  public PlanOptions targetMajorVersion(int major) {
    return new PlanOptions(onlineSafe, major);
  }
}
