package dev.cairn.loader.internal;

import dev.cairn.loader.EntitySummary;
import dev.cairn.loader.LoaderException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.SingleTableSubclass;
import org.hibernate.mapping.Subclass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UnionSubclass;
import org.hibernate.mapping.Value;

/**
 * Reads Hibernate's boot model (the {@code org.hibernate.mapping} classes, stable across 6.x and
 * 7.x) for the summary and for conflicting column mappings.
 */
final class ModelInspector {
  private final Metadata metadata;
  private final Dialect dialect;
  private final String defaultSchema;

  ModelInspector(Metadata metadata, String defaultSchema) {
    this.metadata = metadata;
    this.dialect = metadata.getDatabase().getDialect();
    this.defaultSchema = defaultSchema;
  }

  /** Entities sorted by entity name, so everything derived from them is ordered. */
  List<PersistentClass> entities() {
    List<PersistentClass> list = new ArrayList<>(metadata.getEntityBindings());
    list.sort(Comparator.comparing(PersistentClass::getEntityName));
    return list;
  }

  List<EntitySummary> entitySummaries() {
    Map<String, TreeSet<String>> collectionTables = new TreeMap<>();
    for (Collection c : metadata.getCollectionBindings()) {
      if (!c.isOneToMany() && c.getCollectionTable() != null) {
        collectionTables
            .computeIfAbsent(c.getOwnerEntityName(), k -> new TreeSet<>())
            .add(render(c.getCollectionTable()));
      }
    }
    List<EntitySummary> result = new ArrayList<>();
    for (PersistentClass pc : entities()) {
      TreeSet<String> secondary = new TreeSet<>();
      for (Join join : pc.getJoins()) {
        secondary.add(render(join.getTable()));
      }
      PersistentClass superclass = pc.getSuperclass();
      result.add(
          new EntitySummary(
              pc.getEntityName(),
              pc.getClassName() != null ? pc.getClassName() : pc.getEntityName(),
              render(pc.getTable()),
              superclass != null ? superclass.getEntityName() : null,
              inheritance(pc),
              List.copyOf(secondary),
              List.copyOf(collectionTables.getOrDefault(pc.getEntityName(), new TreeSet<>()))));
    }
    return result;
  }

  List<String> tables() {
    TreeSet<String> tables = new TreeSet<>();
    for (Namespace ns : metadata.getDatabase().getNamespaces()) {
      for (Table t : ns.getTables()) {
        if (t.isPhysicalTable()) {
          tables.add(render(t));
        }
      }
    }
    return List.copyOf(tables);
  }

  List<String> sequences() {
    TreeSet<String> sequences = new TreeSet<>();
    for (Namespace ns : metadata.getDatabase().getNamespaces()) {
      for (Sequence s : ns.getSequences()) {
        sequences.add(render(s.getName().getSchemaName(), s.getName().getSequenceName()));
      }
    }
    return List.copyOf(sequences);
  }

  /**
   * Fails when two entities map one column of one table with different SQL types: Hibernate keeps
   * whichever mapping it binds first and silently drops the other, so the schema would depend on
   * class discovery order and one entity would not match its table.
   */
  void checkConflictingColumns() {
    record Use(String entity, String attribute, String sqlType) {}
    Map<String, Map<String, Use>> byTable = new TreeMap<>();
    for (PersistentClass pc : entities()) {
      for (Property property : pc.getProperties()) {
        Value value = property.getValue();
        if (value instanceof Collection || value.getTable() == null) {
          continue;
        }
        Table table = value.getTable();
        for (Selectable selectable : value.getSelectables()) {
          if (!(selectable instanceof Column column)) {
            continue; // a formula has no column
          }
          String sqlType = sqlType(column);
          if (sqlType == null) {
            continue;
          }
          Use use = new Use(pc.getEntityName(), property.getName(), sqlType);
          Map<String, Use> columns = byTable.computeIfAbsent(render(table), k -> new TreeMap<>());
          Use earlier = columns.putIfAbsent(column.getCanonicalName(), use);
          if (earlier != null
              && !earlier.entity().equals(use.entity())
              && !normalisedType(earlier.sqlType()).equals(normalisedType(use.sqlType()))) {
            throw new LoaderException(
                "Entities "
                    + earlier.entity()
                    + " and "
                    + use.entity()
                    + " both map column "
                    + column.getName()
                    + " of table "
                    + render(table)
                    + ", with different types: "
                    + earlier.entity()
                    + "."
                    + earlier.attribute()
                    + " as "
                    + earlier.sqlType()
                    + ", "
                    + use.entity()
                    + "."
                    + use.attribute()
                    + " as "
                    + use.sqlType()
                    + ". Hibernate would create the column for one of them only. Make both"
                    + " mappings agree (type, length, precision), or map one entity to another"
                    + " table or column.");
          }
        }
      }
    }
  }

  private String sqlType(Column column) {
    try {
      return column.getSqlType(metadata);
    } catch (RuntimeException e) {
      // Hibernate reports unresolvable types itself, with better context, when it renders DDL.
      return null;
    }
  }

  private static String normalisedType(String sqlType) {
    return sqlType.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  private static String inheritance(PersistentClass pc) {
    List<Subclass> subclasses = pc.getRootClass().getSubclasses();
    if (subclasses.isEmpty()) {
      return "NONE";
    }
    Subclass any = subclasses.get(0);
    if (any instanceof UnionSubclass) {
      return "TABLE_PER_CLASS";
    }
    if (any instanceof JoinedSubclass) {
      return "JOINED";
    }
    if (any instanceof SingleTableSubclass) {
      return "SINGLE_TABLE";
    }
    return any.getClass().getSimpleName();
  }

  private String render(Table table) {
    Identifier schema = table.getQualifiedTableName().getSchemaName();
    return render(schema, table.getNameIdentifier());
  }

  private String render(Identifier schema, Identifier name) {
    String schemaText = schema != null ? schema.render(dialect) : defaultSchema;
    return schemaText != null ? schemaText + "." + name.render(dialect) : name.render(dialect);
  }
}
