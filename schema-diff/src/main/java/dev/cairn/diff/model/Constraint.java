package dev.cairn.diff.model;

import java.util.List;

/**
 * A table constraint. Its {@code definition} is {@code pg_get_constraintdef(oid)} — the catalog's
 * own normal form, including {@code NOT VALID}, {@code DEFERRABLE} and referential actions — so two
 * constraints are the same exactly when name, kind and definition are equal.
 *
 * @param name the constraint name
 * @param kind the kind
 * @param definition {@code pg_get_constraintdef}, e.g. {@code FOREIGN KEY (a) REFERENCES t(id)}
 * @param columns the constrained columns, in key order (empty for table-level checks)
 * @param references the referenced table of a foreign key, else {@code null}
 * @param validated false for a constraint added {@code NOT VALID} and not validated since
 * @param comment the comment, or {@code null}
 */
public record Constraint(
    String name,
    Kind kind,
    String definition,
    List<String> columns,
    QualifiedName references,
    boolean validated,
    String comment) {

  /** Copies the list. */
  public Constraint {
    columns = List.copyOf(columns);
  }

  /** Constraint kinds, as {@code pg_constraint.contype}. */
  public enum Kind {
    /** {@code p}. */
    PRIMARY_KEY,
    /** {@code u}. */
    UNIQUE,
    /** {@code c}. */
    CHECK,
    /** {@code f}. */
    FOREIGN_KEY,
    /** {@code x}. */
    EXCLUSION
  }
}
