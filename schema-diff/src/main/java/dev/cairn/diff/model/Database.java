package dev.cairn.diff.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything Cairn knows about one database's schema, as read back from {@code pg_catalog}. All
 * lists are sorted by name so that two inspections of equal schemas are equal records.
 *
 * @param schemas the user schemas (namespaces), excluding system ones and Cairn's revision schema
 * @param extensions installed extensions (their member objects are not listed elsewhere)
 * @param unsupported objects that exist but that Cairn cannot model yet; reported, never ignored
 */
public record Database(
    List<Schema> schemas, List<Extension> extensions, List<UnsupportedObject> unsupported) {

  /** Copies the lists. */
  public Database {
    schemas = List.copyOf(schemas);
    extensions = List.copyOf(extensions);
    unsupported = List.copyOf(unsupported);
  }

  /**
   * An empty database.
   *
   * @return a database with no schemas
   */
  public static Database empty() {
    return new Database(List.of(), List.of(), List.of());
  }

  /**
   * Finds a schema by name.
   *
   * @param name the schema name
   * @return the schema, if present
   */
  public Optional<Schema> schema(String name) {
    return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Finds a table.
   *
   * @param name the qualified table name
   * @return the table, if present
   */
  public Optional<Table> table(QualifiedName name) {
    return schema(name.schema()).flatMap(s -> s.table(name.name()));
  }
}
