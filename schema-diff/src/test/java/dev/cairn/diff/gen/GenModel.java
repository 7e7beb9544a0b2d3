package dev.cairn.diff.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * The random generator's own schema model: objects refer to each other by name, and everything that
 * depends on a column's type (defaults, checks, expressions) is derived when the model is rendered
 * as DDL, so any mutation still renders to valid SQL.
 */
final class GenModel {
  int counter;
  boolean trigram;
  final List<String> schemas = new ArrayList<>();
  final List<GEnum> enums = new ArrayList<>();
  final List<GDomain> domains = new ArrayList<>();
  final List<GComposite> composites = new ArrayList<>();
  final List<GSequence> sequences = new ArrayList<>();
  final List<GTable> tables = new ArrayList<>();
  final List<GView> views = new ArrayList<>();
  final List<GFunction> functions = new ArrayList<>();
  final List<String[]> comments = new ArrayList<>();

  String name(String prefix) {
    return prefix + (++counter);
  }

  GenModel copy() {
    GenModel m = new GenModel();
    m.counter = counter;
    m.trigram = trigram;
    m.schemas.addAll(schemas);
    enums.forEach(e -> m.enums.add(e.copy()));
    domains.forEach(d -> m.domains.add(d.copy()));
    composites.forEach(c -> m.composites.add(c.copy()));
    sequences.forEach(s -> m.sequences.add(s.copy()));
    tables.forEach(t -> m.tables.add(t.copy()));
    views.forEach(v -> m.views.add(v.copy()));
    functions.forEach(f -> m.functions.add(f.copy()));
    comments.forEach(c -> m.comments.add(c.clone()));
    return m;
  }

  GTable table(String schema, String name) {
    for (GTable t : tables) {
      if (t.schema.equals(schema) && t.name.equals(name)) {
        return t;
      }
    }
    return null;
  }

  GEnum enumType(String qualified) {
    for (GEnum e : enums) {
      if (e.qualified().equals(qualified)) {
        return e;
      }
    }
    return null;
  }

  static final class GEnum {
    String schema;
    String name;
    List<String> labels = new ArrayList<>();
    String comment;

    String qualified() {
      return schema + "." + name;
    }

    GEnum copy() {
      GEnum e = new GEnum();
      e.schema = schema;
      e.name = name;
      e.labels = new ArrayList<>(labels);
      e.comment = comment;
      return e;
    }
  }

  static final class GDomain {
    String schema;
    String name;
    String base;
    boolean notNull;
    int checkVariant;
    boolean hasDefault;

    String qualified() {
      return schema + "." + name;
    }

    GDomain copy() {
      GDomain d = new GDomain();
      d.schema = schema;
      d.name = name;
      d.base = base;
      d.notNull = notNull;
      d.checkVariant = checkVariant;
      d.hasDefault = hasDefault;
      return d;
    }
  }

  static final class GComposite {
    String schema;
    String name;
    List<String[]> attributes = new ArrayList<>();

    String qualified() {
      return schema + "." + name;
    }

    GComposite copy() {
      GComposite c = new GComposite();
      c.schema = schema;
      c.name = name;
      attributes.forEach(a -> c.attributes.add(a.clone()));
      return c;
    }
  }

  static final class GSequence {
    String schema;
    String name;
    long start;
    long increment;
    long cache;
    boolean cycle;
    String comment;

    GSequence copy() {
      GSequence s = new GSequence();
      s.schema = schema;
      s.name = name;
      s.start = start;
      s.increment = increment;
      s.cache = cache;
      s.cycle = cycle;
      s.comment = comment;
      return s;
    }
  }

  static final class GColumn {
    String name;
    String type;
    boolean notNull;

    /** Null, or a kind rendered per type ("a", "b"). */
    String defaultKind;

    /** Null, "ALWAYS" or "BY DEFAULT". */
    String identity;

    /** Source column of a generated column. */
    String generatedFrom;

    int generatedFactor;
    boolean collateC;
    boolean serial;
    String comment;

    GColumn copy() {
      GColumn c = new GColumn();
      c.name = name;
      c.type = type;
      c.notNull = notNull;
      c.defaultKind = defaultKind;
      c.identity = identity;
      c.generatedFrom = generatedFrom;
      c.generatedFactor = generatedFactor;
      c.collateC = collateC;
      c.serial = serial;
      c.comment = comment;
      return c;
    }
  }

  static final class GUnique {
    String name;
    List<String> columns = new ArrayList<>();
    boolean nullsNotDistinct;

    GUnique copy() {
      GUnique u = new GUnique();
      u.name = name;
      u.columns = new ArrayList<>(columns);
      u.nullsNotDistinct = nullsNotDistinct;
      return u;
    }
  }

  static final class GCheck {
    String name;
    String column;
    int variant;
    boolean notValid;

    GCheck copy() {
      GCheck c = new GCheck();
      c.name = name;
      c.column = column;
      c.variant = variant;
      c.notValid = notValid;
      return c;
    }
  }

  static final class GFk {
    String name;
    List<String> columns = new ArrayList<>();
    String refSchema;
    String refTable;
    List<String> refColumns = new ArrayList<>();
    String onDelete;
    boolean deferrable;
    boolean notValid;

    GFk copy() {
      GFk f = new GFk();
      f.name = name;
      f.columns = new ArrayList<>(columns);
      f.refSchema = refSchema;
      f.refTable = refTable;
      f.refColumns = new ArrayList<>(refColumns);
      f.onDelete = onDelete;
      f.deferrable = deferrable;
      f.notValid = notValid;
      return f;
    }
  }

  static final class GIndex {
    String name;

    /** plain, unique, partial, lower, desc, include, gin, hash, trgm. */
    String kind;

    List<String> columns = new ArrayList<>();
    String comment;

    GIndex copy() {
      GIndex i = new GIndex();
      i.name = name;
      i.kind = kind;
      i.columns = new ArrayList<>(columns);
      i.comment = comment;
      return i;
    }
  }

  static final class GTrigger {
    String name;

    /** e.g. BEFORE INSERT, or BEFORE UPDATE OF (column). */
    String timing;

    String column;
    String function;
    char enabled = 'O';

    GTrigger copy() {
      GTrigger t = new GTrigger();
      t.name = name;
      t.timing = timing;
      t.column = column;
      t.function = function;
      t.enabled = enabled;
      return t;
    }
  }

  static final class GPolicy {
    String name;
    String command;
    boolean permissive;
    String column;
    boolean withCheck;

    GPolicy copy() {
      GPolicy p = new GPolicy();
      p.name = name;
      p.command = command;
      p.permissive = permissive;
      p.column = column;
      p.withCheck = withCheck;
      return p;
    }
  }

  static final class GTable {
    String schema;
    String name;
    List<GColumn> columns = new ArrayList<>();
    String pkName;
    List<String> pk = new ArrayList<>();
    List<GUnique> uniques = new ArrayList<>();
    List<GCheck> checks = new ArrayList<>();
    List<GFk> fks = new ArrayList<>();
    List<GIndex> indexes = new ArrayList<>();
    List<GTrigger> triggers = new ArrayList<>();
    List<GPolicy> policies = new ArrayList<>();
    boolean rls;
    boolean unlogged;
    String comment;

    /** A partitioned table: range-partitioned on this date column, with these partitions. */
    String partitionColumn;

    List<String> partitions = new ArrayList<>();

    String qualified() {
      return schema + "." + name;
    }

    GColumn column(String n) {
      for (GColumn c : columns) {
        if (c.name.equals(n)) {
          return c;
        }
      }
      return null;
    }

    GTable copy() {
      GTable t = new GTable();
      t.schema = schema;
      t.name = name;
      columns.forEach(c -> t.columns.add(c.copy()));
      t.pkName = pkName;
      t.pk = new ArrayList<>(pk);
      uniques.forEach(u -> t.uniques.add(u.copy()));
      checks.forEach(c -> t.checks.add(c.copy()));
      fks.forEach(f -> t.fks.add(f.copy()));
      indexes.forEach(i -> t.indexes.add(i.copy()));
      triggers.forEach(x -> t.triggers.add(x.copy()));
      policies.forEach(p -> t.policies.add(p.copy()));
      t.rls = rls;
      t.unlogged = unlogged;
      t.comment = comment;
      t.partitionColumn = partitionColumn;
      t.partitions = new ArrayList<>(partitions);
      return t;
    }
  }

  static final class GView {
    String schema;
    String name;

    /** A table or another view, qualified. */
    String source;

    List<String> columns = new ArrayList<>();
    String filterColumn;
    boolean materialized;
    String indexName;
    String comment;

    String qualified() {
      return schema + "." + name;
    }

    GView copy() {
      GView v = new GView();
      v.schema = schema;
      v.name = name;
      v.source = source;
      v.columns = new ArrayList<>(columns);
      v.filterColumn = filterColumn;
      v.materialized = materialized;
      v.indexName = indexName;
      v.comment = comment;
      return v;
    }
  }

  static final class GFunction {
    String schema;
    String name;

    /** scalar_sql, scalar_plpgsql, trigger, counter (SQL reading a table). */
    String kind;

    String argName = "x";
    String returnType = "integer";
    int constant;

    /** For counter functions: the qualified table read. */
    String table;

    String comment;

    String qualified() {
      return schema + "." + name;
    }

    GFunction copy() {
      GFunction f = new GFunction();
      f.schema = schema;
      f.name = name;
      f.kind = kind;
      f.argName = argName;
      f.returnType = returnType;
      f.constant = constant;
      f.table = table;
      f.comment = comment;
      return f;
    }
  }
}
