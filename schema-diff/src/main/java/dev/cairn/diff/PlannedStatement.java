package dev.cairn.diff;

/**
 * One SQL statement of a {@link Plan}.
 *
 * @param sql the statement, without a trailing semicolon
 * @param change the change it implements
 * @param reverseSql a statement undoing it, or {@code null} when there is none (a dropped table's
 *     data, an added enum value)
 * @param transactional whether it may run inside a transaction block ({@code CONCURRENTLY} may not)
 * @param stage where it runs; see {@link Stage}
 * @param summary a short human description
 * @param warning a warning a reviewer must read (e.g. a {@code NOT NULL} column added without a
 *     default fails on a non-empty table), or {@code null}
 */
public record PlannedStatement(
    String sql,
    SchemaChange change,
    String reverseSql,
    boolean transactional,
    Stage stage,
    String summary,
    String warning) {

  /**
   * The three parts of a plan, each written to its own migration file, in this order.
   *
   * <p>Statements depending on a statement of a later stage are moved to that stage, so a plan is
   * always correct when the stages run in order.
   */
  public enum Stage {
    /**
     * {@code ALTER TYPE … ADD VALUE}: PostgreSQL refuses to use a new enum label in the transaction
     * that added it, so labels are committed before anything that may use them.
     */
    ENUM_VALUES,
    /** Everything that runs in the migration's single transaction. */
    MAIN,
    /**
     * Statements that run without a surrounding transaction, each committing on its own: {@code
     * CONCURRENTLY} index builds and drops, and the online-safe {@code VALIDATE CONSTRAINT} and
     * {@code SET NOT NULL} steps, which would otherwise scan the table while holding the exclusive
     * locks taken by the main transaction.
     */
    ONLINE
  }
}
