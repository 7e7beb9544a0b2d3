package dev.cairn.diff;

import dev.cairn.diff.internal.diff.DiffEngine;
import dev.cairn.diff.model.Database;

/**
 * Compares two inspected schemas. Both sides must come from the catalog (see the model package):
 * definitions are compared as the strings PostgreSQL prints, so equal schemas give no changes.
 *
 * <pre>{@code
 * DiffResult diff = SchemaDiffer.diff(current, desired, DiffOptions.defaults());
 * Plan plan = Planner.plan(diff.changes(), current, desired, PlanOptions.defaults());
 * }</pre>
 */
public final class SchemaDiffer {
  private SchemaDiffer() {}

  /**
   * Computes the changes turning {@code from} into {@code to}.
   *
   * @param from the current schema
   * @param to the desired schema
   * @param options renames and schema filter
   * @return the changes (deterministic order) and warnings
   */
  public static DiffResult diff(Database from, Database to, DiffOptions options) {
    return new DiffEngine(from, to, options).run();
  }
}
