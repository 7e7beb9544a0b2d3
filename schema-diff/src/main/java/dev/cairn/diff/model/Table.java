package dev.cairn.diff.model;

import java.util.List;
import java.util.Optional;

/**
 * A table (ordinary or partitioned).
 *
 * @param name the qualified name
 * @param columns the columns in attribute-number order (dropped columns excluded)
 * @param constraints primary key, unique, check, exclusion and foreign-key constraints, sorted by
 *     name
 * @param indexes indexes that do not back a constraint, sorted by name
 * @param triggers triggers (internal constraint triggers excluded), sorted by name
 * @param policies row-level security policies, sorted by name
 * @param rowSecurity whether row-level security is enabled
 * @param forceRowSecurity whether row-level security is forced for the owner
 * @param partitionKey {@code pg_get_partkeydef} for a partitioned table, else {@code null}
 * @param partitionOf the parent for a partition, else {@code null}
 * @param partitionBound {@code pg_get_expr(relpartbound)} for a partition, else {@code null}
 * @param unlogged whether the table is {@code UNLOGGED}
 * @param comment the comment, or {@code null}
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    List<Constraint> constraints,
    List<Index> indexes,
    List<Trigger> triggers,
    List<Policy> policies,
    boolean rowSecurity,
    boolean forceRowSecurity,
    String partitionKey,
    QualifiedName partitionOf,
    String partitionBound,
    boolean unlogged,
    String comment) {

  /** Copies the lists. */
  public Table {
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
    triggers = List.copyOf(triggers);
    policies = List.copyOf(policies);
  }

  /**
   * Finds a column by name.
   *
   * @param column the column name
   * @return the column, if present
   */
  public Optional<Column> column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  /**
   * The primary key, if any.
   *
   * @return the primary-key constraint
   */
  public Optional<Constraint> primaryKey() {
    return constraints.stream().filter(c -> c.kind() == Constraint.Kind.PRIMARY_KEY).findFirst();
  }

  /**
   * The foreign keys of this table.
   *
   * @return foreign-key constraints, sorted by name
   */
  public List<Constraint> foreignKeys() {
    return constraints.stream().filter(c -> c.kind() == Constraint.Kind.FOREIGN_KEY).toList();
  }
}
