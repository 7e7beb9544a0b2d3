package dev.cairn.diff;

import dev.cairn.diff.internal.plan.PlanBuilder;
import dev.cairn.diff.model.Database;
import java.util.List;

/**
 * Turns changes into SQL statements in an order PostgreSQL accepts: dependents are dropped before
 * what they depend on, types, sequences and functions exist before the tables using them, foreign
 * keys come after both tables, views after their columns, triggers after their functions. Where the
 * {@link PlanOptions#onlineSafe()} variants apply, statements are placed in the {@link
 * PlannedStatement.Stage#ONLINE} stage.
 */
public final class Planner {
  private Planner() {}

  /**
   * Plans the changes.
   *
   * @param changes the changes from {@link SchemaDiffer#diff}
   * @param from the current schema the changes were computed from
   * @param to the desired schema
   * @param options planning options
   * @return the plan
   */
  public static Plan plan(
      List<SchemaChange> changes, Database from, Database to, PlanOptions options) {
    return new PlanBuilder(from, to, options).build(changes);
  }
}
