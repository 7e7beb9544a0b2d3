package dev.cairn.diff;

/**
 * Options of one {@link Planner#plan} call.
 *
 * @param onlineSafe use the lock-friendly variants where the end result is identical: {@code CREATE
 *     | DROP INDEX CONCURRENTLY}, {@code ADD CONSTRAINT … NOT VALID} followed by {@code VALIDATE},
 *     unique and primary keys through a concurrently built index, {@code SET NOT NULL} through a
 *     validated check constraint. Only applied to tables that exist before the plan runs; the
 *     statements that need their own transactions go to {@link PlannedStatement.Stage#ONLINE}.
 */
public record PlanOptions(boolean onlineSafe) {

  /**
   * Online-safe variants on.
   *
   * @return the default options
   */
  public static PlanOptions defaults() {
    return new PlanOptions(true);
  }

  /**
   * Switches the online-safe variants on or off.
   *
   * @param enabled whether to use them
   * @return new options
   */
  public PlanOptions onlineSafe(boolean enabled) {
    return new PlanOptions(enabled);
  }
}
