package dev.cairn.diff.model;

import java.util.List;

/**
 * An index that does not back a constraint.
 *
 * @param name the index name (unique within its schema)
 * @param definition {@code pg_get_indexdef(oid)}: method, keys, opclasses, collations, ordering,
 *     {@code INCLUDE}, {@code NULLS NOT DISTINCT}, {@code WHERE} — the complete normal form
 * @param unique whether the index is unique
 * @param columns the key columns that are plain columns (expressions are left out)
 * @param valid false for an index left invalid by a failed {@code CREATE INDEX CONCURRENTLY}
 * @param comment the comment, or {@code null}
 */
public record Index(
    String name,
    String definition,
    boolean unique,
    List<String> columns,
    boolean valid,
    String comment) {

  /** Copies the list. */
  public Index {
    columns = List.copyOf(columns);
  }
}
