package dev.cairn.diff.model;

/**
 * A sequence that is not the internal sequence of an identity column.
 *
 * @param name the qualified name
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param start the start value
 * @param increment the increment
 * @param minValue the minimum value
 * @param maxValue the maximum value
 * @param cache the cache size
 * @param cycle whether the sequence cycles
 * @param ownedBy {@code table.column} owning the sequence ({@code OWNED BY}), else {@code null}
 * @param comment the comment, or {@code null}
 */
public record Sequence(
    QualifiedName name,
    String dataType,
    long start,
    long increment,
    long minValue,
    long maxValue,
    long cache,
    boolean cycle,
    ColumnRef ownedBy,
    String comment) {

  /**
   * A reference to a column.
   *
   * @param table the table
   * @param column the column name
   */
  public record ColumnRef(QualifiedName table, String column) {}
}
