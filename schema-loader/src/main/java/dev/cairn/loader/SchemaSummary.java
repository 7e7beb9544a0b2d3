package dev.cairn.loader;

import dev.cairn.loader.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * A machine-readable account of what was loaded and how: the versions and naming strategies in
 * effect, every entity with its tables, and every table and sequence in the generated DDL. All
 * lists are sorted, so two summaries of the same model are equal.
 *
 * @param hibernateVersion the Hibernate ORM version that generated the DDL
 * @param dialect the dialect class used
 * @param databaseVersion the PostgreSQL major version the DDL was generated for
 * @param physicalNamingStrategy the physical naming strategy class used
 * @param implicitNamingStrategy the implicit naming strategy class used
 * @param entities the entities, sorted by entity name
 * @param tables every table the DDL creates, sorted
 * @param sequences every sequence the DDL creates, sorted
 */
public record SchemaSummary(
    String hibernateVersion,
    String dialect,
    int databaseVersion,
    String physicalNamingStrategy,
    String implicitNamingStrategy,
    List<EntitySummary> entities,
    List<String> tables,
    List<String> sequences) {
  /**
   * Validates and copies the components.
   *
   * @param hibernateVersion the Hibernate version
   * @param dialect the dialect class
   * @param databaseVersion the PostgreSQL major version
   * @param physicalNamingStrategy the physical strategy class
   * @param implicitNamingStrategy the implicit strategy class
   * @param entities the entities
   * @param tables the tables
   * @param sequences the sequences
   */
  public SchemaSummary {
    Objects.requireNonNull(hibernateVersion, "hibernateVersion");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(physicalNamingStrategy, "physicalNamingStrategy");
    Objects.requireNonNull(implicitNamingStrategy, "implicitNamingStrategy");
    entities = List.copyOf(entities);
    tables = List.copyOf(tables);
    sequences = List.copyOf(sequences);
  }

  /**
   * Finds an entity by entity name or class name.
   *
   * @param name the entity name, simple class name or fully qualified class name
   * @return the entity
   * @throws IllegalArgumentException when no entity has that name
   */
  public EntitySummary entity(String name) {
    for (EntitySummary e : entities) {
      if (e.entityName().equals(name) || e.className().equals(name)) {
        return e;
      }
    }
    for (EntitySummary e : entities) {
      if (e.className().endsWith("." + name) || e.className().endsWith("$" + name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("No entity named " + name + " in " + entities.size());
  }

  /**
   * Renders the summary as JSON (two-space indentation, keys in a fixed order, trailing newline),
   * e.g. for {@code cairn schema --summary} or a build report.
   *
   * @return the JSON text
   */
  public String toJson() {
    Json.Writer w = new Json.Writer();
    w.beginObject();
    w.field("hibernateVersion", hibernateVersion);
    w.field("dialect", dialect);
    w.field("databaseVersion", databaseVersion);
    w.field("physicalNamingStrategy", physicalNamingStrategy);
    w.field("implicitNamingStrategy", implicitNamingStrategy);
    w.name("entities");
    w.beginArray();
    for (EntitySummary e : entities) {
      w.beginObject();
      w.field("entityName", e.entityName());
      w.field("className", e.className());
      w.field("table", e.table());
      w.field("superEntity", e.superEntity());
      w.field("inheritance", e.inheritance());
      w.stringArrayField("secondaryTables", e.secondaryTables());
      w.stringArrayField("collectionTables", e.collectionTables());
      w.endObject();
    }
    w.endArray();
    w.stringArrayField("tables", tables);
    w.stringArrayField("sequences", sequences);
    w.endObject();
    return w.toString();
  }
}
