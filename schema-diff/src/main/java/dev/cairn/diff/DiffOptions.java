package dev.cairn.diff;

import java.util.Objects;
import java.util.Set;

/**
 * Options of one {@link SchemaDiffer#diff} call.
 *
 * @param renames declared renames
 * @param schemas the schemas to compare; empty compares every schema found on either side
 */
public record DiffOptions(RenameHints renames, Set<String> schemas) {

  /** Copies the set. */
  public DiffOptions {
    Objects.requireNonNull(renames, "renames");
    schemas = Set.copyOf(schemas);
  }

  /**
   * No renames, every schema.
   *
   * @return the default options
   */
  public static DiffOptions defaults() {
    return new DiffOptions(RenameHints.none(), Set.of());
  }

  /**
   * Replaces the rename hints.
   *
   * @param hints the hints
   * @return new options
   */
  public DiffOptions withRenames(RenameHints hints) {
    return new DiffOptions(hints, schemas);
  }

  /**
   * Restricts the comparison to some schemas.
   *
   * @param names schema names; empty means all
   * @return new options
   */
  public DiffOptions withSchemas(Set<String> names) {
    return new DiffOptions(renames, names);
  }
}
