package dev.cairn.diff;

import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.UnsupportedObject;
import dev.cairn.diff.model.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Terse builders for hand-written models in tests, written in the catalog's normal form. */
final class M {
  private M() {}

  static QualifiedName qn(String dotted) {
    int d = dotted.indexOf('.');
    return QualifiedName.of(dotted.substring(0, d), dotted.substring(d + 1));
  }

  static Database db(Object... parts) {
    List<Schema> schemas = new ArrayList<>();
    List<Extension> ext = new ArrayList<>();
    List<UnsupportedObject> unsupported = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Schema s) {
        schemas.add(s);
      } else if (p instanceof Extension e) {
        ext.add(e);
      } else if (p instanceof UnsupportedObject u) {
        unsupported.add(u);
      } else {
        throw new IllegalArgumentException(String.valueOf(p));
      }
    }
    schemas.sort(Comparator.comparing(Schema::name));
    ext.sort(Comparator.comparing(Extension::name));
    return new Database(schemas, ext, unsupported);
  }

  static Schema schema(String name, Object... parts) {
    return schemaWithComment(name, null, parts);
  }

  static Schema schemaWithComment(String name, String comment, Object... parts) {
    List<Table> tables = new ArrayList<>();
    List<Sequence> seqs = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    List<Domain> domains = new ArrayList<>();
    List<CompositeType> comps = new ArrayList<>();
    List<View> views = new ArrayList<>();
    List<Routine> routines = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Table t) {
        tables.add(t);
      } else if (p instanceof Sequence s) {
        seqs.add(s);
      } else if (p instanceof EnumType e) {
        enums.add(e);
      } else if (p instanceof Domain d) {
        domains.add(d);
      } else if (p instanceof CompositeType c) {
        comps.add(c);
      } else if (p instanceof View v) {
        views.add(v);
      } else if (p instanceof Routine r) {
        routines.add(r);
      } else {
        throw new IllegalArgumentException(String.valueOf(p));
      }
    }
    tables.sort(Comparator.comparing(Table::name));
    seqs.sort(Comparator.comparing(Sequence::name));
    enums.sort(Comparator.comparing(EnumType::name));
    domains.sort(Comparator.comparing(Domain::name));
    comps.sort(Comparator.comparing(CompositeType::name));
    views.sort(Comparator.comparing(View::name));
    routines.sort(Comparator.comparing(Routine::signature));
    return new Schema(name, comment, tables, seqs, enums, domains, comps, views, routines);
  }

  static Table table(String name, Object... parts) {
    List<Column> cols = new ArrayList<>();
    List<Constraint> cons = new ArrayList<>();
    List<Index> idx = new ArrayList<>();
    List<Trigger> trg = new ArrayList<>();
    List<Policy> pol = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Column c) {
        cols.add(c);
      } else if (p instanceof Constraint c) {
        cons.add(c);
      } else if (p instanceof Index i) {
        idx.add(i);
      } else if (p instanceof Trigger t) {
        trg.add(t);
      } else if (p instanceof Policy x) {
        pol.add(x);
      } else {
        throw new IllegalArgumentException(String.valueOf(p));
      }
    }
    cons.sort(Comparator.comparing(Constraint::name));
    idx.sort(Comparator.comparing(Index::name));
    trg.sort(Comparator.comparing(Trigger::name));
    pol.sort(Comparator.comparing(Policy::name));
    return new Table(
        qn(name), cols, cons, idx, trg, pol, false, false, null, null, null, false, null);
  }

  static Table rls(Table t, boolean enabled, boolean forced) {
    return new Table(
        t.name(),
        t.columns(),
        t.constraints(),
        t.indexes(),
        t.triggers(),
        t.policies(),
        enabled,
        forced,
        t.partitionKey(),
        t.partitionOf(),
        t.partitionBound(),
        t.unlogged(),
        t.comment());
  }

  static Table comment(Table t, String comment) {
    return new Table(
        t.name(),
        t.columns(),
        t.constraints(),
        t.indexes(),
        t.triggers(),
        t.policies(),
        t.rowSecurity(),
        t.forceRowSecurity(),
        t.partitionKey(),
        t.partitionOf(),
        t.partitionBound(),
        t.unlogged(),
        comment);
  }

  static Column col(String name, String type) {
    return new Column(name, type, false, null, null, null, null, null);
  }

  static Column nn(Column c) {
    return new Column(
        c.name(),
        c.type(),
        true,
        c.defaultExpression(),
        c.identity(),
        c.generatedExpression(),
        c.collation(),
        c.comment());
  }

  static Column def(Column c, String expr) {
    return new Column(
        c.name(),
        c.type(),
        c.notNull(),
        expr,
        c.identity(),
        c.generatedExpression(),
        c.collation(),
        c.comment());
  }

  static Column identity(Column c, Column.Identity identity) {
    return new Column(
        c.name(),
        c.type(),
        true,
        null,
        identity,
        c.generatedExpression(),
        c.collation(),
        c.comment());
  }

  static Column generated(Column c, String expr) {
    return new Column(
        c.name(), c.type(), c.notNull(), null, null, expr, c.collation(), c.comment());
  }

  static Column comment(Column c, String comment) {
    return new Column(
        c.name(),
        c.type(),
        c.notNull(),
        c.defaultExpression(),
        c.identity(),
        c.generatedExpression(),
        c.collation(),
        comment);
  }

  static Constraint pk(String name, String... cols) {
    return new Constraint(
        name,
        Constraint.Kind.PRIMARY_KEY,
        "PRIMARY KEY (" + String.join(", ", cols) + ")",
        List.of(cols),
        null,
        true,
        null);
  }

  static Constraint unique(String name, String... cols) {
    return new Constraint(
        name,
        Constraint.Kind.UNIQUE,
        "UNIQUE (" + String.join(", ", cols) + ")",
        List.of(cols),
        null,
        true,
        null);
  }

  static Constraint check(String name, String definition, String... cols) {
    return new Constraint(name, Constraint.Kind.CHECK, definition, List.of(cols), null, true, null);
  }

  static Constraint fk(String name, String column, String refTable, String refColumn, String tail) {
    return new Constraint(
        name,
        Constraint.Kind.FOREIGN_KEY,
        "FOREIGN KEY ("
            + column
            + ") REFERENCES "
            + refTable
            + "("
            + refColumn
            + ")"
            + (tail.isEmpty() ? "" : " " + tail),
        List.of(column),
        qn(refTable),
        true,
        null);
  }

  static Constraint notValid(Constraint c) {
    return new Constraint(
        c.name(),
        c.kind(),
        c.definition() + " NOT VALID",
        c.columns(),
        c.references(),
        false,
        c.comment());
  }

  static Index index(String name, String table, String keys, String... cols) {
    return new Index(
        name,
        "CREATE INDEX " + name + " ON " + table + " USING btree (" + keys + ")",
        false,
        Arrays.asList(cols),
        true,
        null);
  }

  static Index uniqueIndex(String name, String table, String keys, String... cols) {
    return new Index(
        name,
        "CREATE UNIQUE INDEX " + name + " ON " + table + " USING btree (" + keys + ")",
        true,
        Arrays.asList(cols),
        true,
        null);
  }

  static Sequence sequence(String name, long start, Sequence.ColumnRef owner) {
    return new Sequence(qn(name), "bigint", start, 1, 1, Long.MAX_VALUE, 1, false, owner, null);
  }

  static EnumType enumType(String name, String... labels) {
    return new EnumType(qn(name), List.of(labels), null);
  }

  static View view(String name, String definition, List<String> columns, String... dependsOn) {
    return new View(
        qn(name),
        false,
        definition,
        columns,
        List.of(),
        List.of(),
        Arrays.stream(dependsOn).map(M::qn).sorted().toList(),
        null);
  }

  static Routine function(String name, String args, String result, String body) {
    String def =
        "CREATE OR REPLACE FUNCTION "
            + name
            + "("
            + args
            + ")\n RETURNS "
            + result
            + "\n LANGUAGE plpgsql\nAS $function$"
            + body
            + "$function$\n";
    return new Routine(qn(name), args, false, def, result, null);
  }

  static Trigger trigger(String name, String table, String timing, String function) {
    return new Trigger(
        name,
        "CREATE TRIGGER "
            + name
            + " "
            + timing
            + " ON "
            + table
            + " FOR EACH ROW EXECUTE FUNCTION "
            + function
            + "()",
        qn(function),
        'O',
        null);
  }
}
