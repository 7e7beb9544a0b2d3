package dev.cairn.diff.model;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param name the qualified name
 * @param materialized true for a materialized view
 * @param definition {@code pg_get_viewdef(oid, true)}: the query as the catalog reprints it
 * @param columns the output column names in order
 * @param options reloptions such as {@code security_invoker=true}, sorted, or empty
 * @param indexes indexes on a materialized view, sorted by name
 * @param dependsOn tables and views this view reads, from {@code pg_depend}, sorted
 * @param comment the comment, or {@code null}
 */
public record View(
    QualifiedName name,
    boolean materialized,
    String definition,
    List<String> columns,
    List<String> options,
    List<Index> indexes,
    List<QualifiedName> dependsOn,
    String comment) {
  /** Copies the lists. */
  public View {
    columns = List.copyOf(columns);
    options = List.copyOf(options);
    indexes = List.copyOf(indexes);
    dependsOn = List.copyOf(dependsOn);
  }
}
