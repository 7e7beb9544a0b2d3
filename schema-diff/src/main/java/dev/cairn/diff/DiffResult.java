package dev.cairn.diff;

import java.util.List;

/**
 * The result of {@link SchemaDiffer#diff}: the changes turning one schema into the other, in a
 * deterministic order (not yet the execution order, which is the {@link Planner}'s job), and the
 * warnings a reviewer must see.
 *
 * @param changes the changes; empty when the schemas are equal
 * @param warnings unsupported objects on either side, unused rename hints, likely renames
 */
public record DiffResult(List<SchemaChange> changes, List<DiffWarning> warnings) {

  /** Copies the lists. */
  public DiffResult {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /**
   * Whether the schemas are equal as far as Cairn can model them.
   *
   * @return true when there are no changes
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
