package dev.cairn.diff.model;

import java.util.List;
import java.util.Optional;

/**
 * One PostgreSQL schema (namespace) and the objects in it.
 *
 * @param name the schema name
 * @param comment the comment, or {@code null}
 * @param tables ordinary and partitioned tables, sorted by name
 * @param sequences sequences not owned by identity columns, sorted by name
 * @param enums enum types, sorted by name
 * @param domains domains, sorted by name
 * @param compositeTypes free-standing composite types, sorted by name
 * @param views views and materialized views, sorted by name
 * @param routines functions and procedures, sorted by name then argument types
 */
public record Schema(
    String name,
    String comment,
    List<Table> tables,
    List<Sequence> sequences,
    List<EnumType> enums,
    List<Domain> domains,
    List<CompositeType> compositeTypes,
    List<View> views,
    List<Routine> routines) {

  /** Copies the lists. */
  public Schema {
    tables = List.copyOf(tables);
    sequences = List.copyOf(sequences);
    enums = List.copyOf(enums);
    domains = List.copyOf(domains);
    compositeTypes = List.copyOf(compositeTypes);
    views = List.copyOf(views);
    routines = List.copyOf(routines);
  }

  /**
   * Finds a table by name.
   *
   * @param table the unqualified name
   * @return the table, if present
   */
  public Optional<Table> table(String table) {
    return tables.stream().filter(t -> t.name().name().equals(table)).findFirst();
  }
}
