package dev.cairn.diff.internal.lint.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user objects of the dev database at one moment, keyed by oid.
 *
 * @param schemas user schemas by oid
 * @param relations tables, partitioned tables, indexes, sequences, views and materialized views
 * @param columns columns of tables by (table oid, attnum)
 * @param constraints table constraints by oid
 * @param indexes indexes by oid
 */
public record Snapshot(
    Map<Long, String> schemas,
    Map<Long, Rel> relations,
    Map<ColumnKey, Col> columns,
    Map<Long, Con> constraints,
    Map<Long, Idx> indexes) {

  /** Copies the maps. */
  public Snapshot {
    schemas = Map.copyOf(schemas);
    relations = Map.copyOf(relations);
    columns = Map.copyOf(columns);
    constraints = Map.copyOf(constraints);
    indexes = Map.copyOf(indexes);
  }

  /**
   * The columns of one table, in attnum order.
   *
   * @param table the table oid
   * @return its columns
   */
  public List<Col> columnsOf(long table) {
    return columns.values().stream()
        .filter(c -> c.table() == table)
        .sorted(java.util.Comparator.comparingInt(Col::num))
        .toList();
  }

  /**
   * A column by table and attnum.
   *
   * @param table the table oid
   * @param num the attnum
   * @return the column, if present
   */
  public Optional<Col> column(long table, int num) {
    return Optional.ofNullable(columns.get(new ColumnKey(table, num)));
  }

  /**
   * The constraints of one table.
   *
   * @param table the table oid
   * @return its constraints
   */
  public List<Con> constraintsOf(long table) {
    return constraints.values().stream().filter(c -> c.table() == table).toList();
  }

  /**
   * The indexes of one table.
   *
   * @param table the table oid
   * @return its indexes
   */
  public List<Idx> indexesOf(long table) {
    return indexes.values().stream().filter(i -> i.table() == table).toList();
  }

  /**
   * The same index in this snapshot: by oid, else by table and name (ALTER COLUMN TYPE drops and
   * re-creates the indexes and constraints on the column under new oids).
   *
   * @param other an index from another snapshot
   * @return the index, if present
   */
  public Optional<Idx> sameIndex(Idx other) {
    Idx byOid = indexes.get(other.oid());
    if (byOid != null) {
      return Optional.of(byOid);
    }
    return indexes.values().stream()
        .filter(i -> i.table() == other.table() && i.name().equals(other.name()))
        .findFirst();
  }

  /**
   * The same constraint in this snapshot: by oid, else by table, name and type.
   *
   * @param other a constraint from another snapshot
   * @return the constraint, if present
   */
  public Optional<Con> sameConstraint(Con other) {
    Con byOid = constraints.get(other.oid());
    if (byOid != null) {
      return Optional.of(byOid);
    }
    return constraints.values().stream()
        .filter(
            c ->
                c.table() == other.table()
                    && c.type() == other.type()
                    && c.name().equals(other.name()))
        .findFirst();
  }

  /**
   * Finds a relation by schema and name.
   *
   * @param schema the schema
   * @param name the name
   * @return the relation, if present
   */
  public Optional<Rel> relation(String schema, String name) {
    return relations.values().stream()
        .filter(r -> r.schema().equals(schema) && r.name().equals(name))
        .findFirst();
  }

  /**
   * The qualified, quoted name of a relation known to this snapshot.
   *
   * @param oid the relation oid
   * @return e.g. {@code public.orders}, or the oid in brackets if unknown
   */
  public String nameOf(long oid) {
    Rel r = relations.get(oid);
    return r == null ? "[relation " + oid + "]" : r.qualified();
  }

  /**
   * (table oid, attnum): the identity of a column, stable across renames.
   *
   * @param table the table oid
   * @param num the attnum
   */
  public record ColumnKey(long table, int num) {}

  /**
   * A relation.
   *
   * @param oid the oid
   * @param schema the schema name
   * @param name the relation name
   * @param kind {@code pg_class.relkind}
   * @param fileNode {@code pg_class.relfilenode}; a change means the relation was rewritten
   * @param persistence {@code pg_class.relpersistence}
   * @param partitionOf the parent's oid for a partition, else 0
   * @param indexedTable the table of an index, else 0
   */
  public record Rel(
      long oid,
      String schema,
      String name,
      char kind,
      long fileNode,
      char persistence,
      long partitionOf,
      long indexedTable) {

    /**
     * Whether this is a table (ordinary or partitioned).
     *
     * @return true for relkind {@code r} and {@code p}
     */
    public boolean isTable() {
      return kind == 'r' || kind == 'p';
    }

    /**
     * The qualified name, quoted where PostgreSQL needs it.
     *
     * @return e.g. {@code public."Order"}
     */
    public String qualified() {
      return dev.cairn.diff.model.QualifiedName.of(schema, name).sql();
    }

    /**
     * What the relation is, in words.
     *
     * @return e.g. {@code table}
     */
    public String kindName() {
      return switch (kind) {
        case 'r', 'p' -> "table";
        case 'i', 'I' -> "index";
        case 'S' -> "sequence";
        case 'v' -> "view";
        case 'm' -> "materialized view";
        case 'f' -> "foreign table";
        default -> "relation";
      };
    }
  }

  /**
   * A column.
   *
   * @param table the table oid
   * @param num the attnum
   * @param name the name
   * @param type {@code format_type(atttypid, atttypmod)}
   * @param typeOid the type oid
   * @param typmod the type modifier
   * @param notNull whether NOT NULL
   * @param defaultExpression {@code pg_get_expr} of the default, or {@code null}
   * @param identity {@code attidentity} ({@code '\0'} if none)
   * @param generated {@code attgenerated} ({@code '\0'} if none)
   */
  public record Col(
      long table,
      int num,
      String name,
      String type,
      long typeOid,
      int typmod,
      boolean notNull,
      String defaultExpression,
      char identity,
      char generated) {

    /**
     * Whether the column fills itself: a default, identity or generated expression.
     *
     * @return true if new rows need no value for it
     */
    public boolean hasValueSource() {
      return defaultExpression != null || identity != '\0' || generated != '\0';
    }
  }

  /**
   * A table constraint.
   *
   * @param oid the oid
   * @param table the table oid
   * @param name the name
   * @param type {@code contype}: p, u, c, f, x (and n for PostgreSQL 18 not-null constraints)
   * @param validated {@code convalidated}
   * @param definition {@code pg_get_constraintdef}
   * @param keys the constrained attnums
   * @param referenced the referenced table of a foreign key, else 0
   * @param index the backing index of p/u/x constraints, else 0
   */
  public record Con(
      long oid,
      long table,
      String name,
      char type,
      boolean validated,
      String definition,
      List<Integer> keys,
      long referenced,
      long index) {
    /** Copies the list. */
    public Con {
      keys = List.copyOf(keys);
    }

    /**
     * The kind in words.
     *
     * @return e.g. {@code foreign key}
     */
    public String kindName() {
      return switch (type) {
        case 'p' -> "primary key";
        case 'u' -> "unique constraint";
        case 'c' -> "check constraint";
        case 'f' -> "foreign key";
        case 'x' -> "exclusion constraint";
        case 'n' -> "not-null constraint";
        default -> "constraint";
      };
    }
  }

  /**
   * An index.
   *
   * @param oid the oid
   * @param table the indexed table (or materialized view)
   * @param name the name
   * @param unique {@code indisunique}
   * @param primary {@code indisprimary}
   * @param valid {@code indisvalid}
   * @param keys key attnums ({@code 0} for an expression)
   * @param definition {@code pg_get_indexdef}
   * @param nullsNotDistinct {@code indnullsnotdistinct} (PostgreSQL 15+)
   */
  public record Idx(
      long oid,
      long table,
      String name,
      boolean unique,
      boolean primary,
      boolean valid,
      List<Integer> keys,
      String definition,
      boolean nullsNotDistinct) {
    /** Copies the list. */
    public Idx {
      keys = List.copyOf(keys);
    }
  }
}
