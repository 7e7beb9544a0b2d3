package dev.cairn.loader;

import java.util.List;
import java.util.Objects;

/**
 * How one entity is stored, for diagnostics ("which table does {@code Order} live in?").
 *
 * @param entityName Hibernate's entity name (usually the class name)
 * @param className the entity class
 * @param table the entity's primary table as written in the DDL (schema-qualified when it has a
 *     schema)
 * @param superEntity the entity name of the entity it extends, or {@code null} for a hierarchy root
 * @param inheritance the hierarchy's strategy: {@code NONE}, {@code SINGLE_TABLE}, {@code JOINED}
 *     or {@code TABLE_PER_CLASS}
 * @param secondaryTables tables of {@code @SecondaryTable}s, sorted
 * @param collectionTables join tables and element collection tables owned by the entity's own
 *     attributes, sorted
 */
public record EntitySummary(
    String entityName,
    String className,
    String table,
    String superEntity,
    String inheritance,
    List<String> secondaryTables,
    List<String> collectionTables) {
  /**
   * Validates and copies the components.
   *
   * @param entityName the entity name
   * @param className the class name
   * @param table the primary table
   * @param superEntity the super entity or {@code null}
   * @param inheritance the strategy
   * @param secondaryTables secondary tables
   * @param collectionTables collection tables
   */
  public EntitySummary {
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(inheritance, "inheritance");
    secondaryTables = List.copyOf(secondaryTables);
    collectionTables = List.copyOf(collectionTables);
  }
}
