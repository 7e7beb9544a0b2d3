package dev.cairn.diff.internal.diff;

import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Identifiers;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies renames to a model the way PostgreSQL would apply them to the catalog: the renamed object
 * and every definition printing its name change. Comparing the renamed "current" model with the
 * desired one then shows only the real differences.
 *
 * <p>Definitions are rewritten token by token. Where that guess is wrong the only consequence is a
 * redundant drop and re-create of the object concerned, never a wrong end state, because the
 * planner always creates objects from the desired definitions.
 */
public final class Renamer {
  private Renamer() {}

  /**
   * Applies the rename changes contained in a change list (other changes are ignored).
   *
   * @param db the current model
   * @param changes changes, possibly including renames
   * @return the model after the renames
   */
  public static Database apply(Database db, List<SchemaChange> changes) {
    Database out = db;
    for (SchemaChange c : changes) {
      if (c instanceof SchemaChange.RenameTable r) {
        out = renameTable(out, r.from(), r.newName());
      } else if (c instanceof SchemaChange.RenameColumn r) {
        out = renameColumn(out, r.table(), r.from(), r.to());
      } else if (c instanceof SchemaChange.RenameSequence r) {
        out = renameSequence(out, r.from(), r.newName());
      } else if (c instanceof SchemaChange.RenameEnumValue r) {
        out = renameEnumValue(out, r.type(), r.from(), r.to());
      }
    }
    return out;
  }

  /**
   * Renames a table.
   *
   * @param db the model
   * @param from the table
   * @param to the new unqualified name
   * @return the new model
   */
  public static Database renameTable(Database db, QualifiedName from, String to) {
    QualifiedName target = QualifiedName.of(from.schema(), to);
    UnaryOperator<QualifiedName> rn = q -> from.equals(q) ? target : q;
    UnaryOperator<String> rel = s -> SqlText.replaceRelation(s, from, to);
    return mapSchemas(
        db,
        s -> {
          List<Table> tables = new ArrayList<>();
          for (Table t : s.tables()) {
            boolean self = t.name().equals(from);
            List<Constraint> cons = new ArrayList<>();
            for (Constraint c : t.constraints()) {
              cons.add(
                  new Constraint(
                      c.name(),
                      c.kind(),
                      c.kind() == Constraint.Kind.FOREIGN_KEY
                          ? rel.apply(c.definition())
                          : c.definition(),
                      c.columns(),
                      c.references() == null ? null : rn.apply(c.references()),
                      c.validated(),
                      c.comment()));
            }
            List<Index> idx = t.indexes();
            List<Trigger> trg = t.triggers();
            if (self) {
              idx = mapIndexes(idx, rel);
              trg =
                  t.triggers().stream()
                      .map(
                          x ->
                              new Trigger(
                                  x.name(),
                                  rel.apply(x.definition()),
                                  x.function(),
                                  x.enabled(),
                                  x.comment()))
                      .toList();
            }
            tables.add(
                new Table(
                    rn.apply(t.name()),
                    t.columns(),
                    cons,
                    idx,
                    trg,
                    t.policies(),
                    t.rowSecurity(),
                    t.forceRowSecurity(),
                    t.partitionKey(),
                    t.partitionOf() == null ? null : rn.apply(t.partitionOf()),
                    t.partitionBound(),
                    t.unlogged(),
                    t.comment()));
          }
          tables.sort(Comparator.comparing(Table::name));
          List<View> views = new ArrayList<>();
          for (View v : s.views()) {
            if (v.dependsOn().contains(from)) {
              views.add(
                  new View(
                      v.name(),
                      v.materialized(),
                      SqlText.replaceIdentifier(v.definition(), from.name(), to),
                      v.columns(),
                      v.options(),
                      v.indexes(),
                      v.dependsOn().stream().map(rn).sorted().toList(),
                      v.comment()));
            } else {
              views.add(v);
            }
          }
          List<Sequence> seqs =
              s.sequences().stream()
                  .map(
                      q ->
                          q.ownedBy() == null || !q.ownedBy().table().equals(from)
                              ? q
                              : withOwner(q, new Sequence.ColumnRef(target, q.ownedBy().column())))
                  .toList();
          return new Schema(
              s.name(),
              s.comment(),
              tables,
              seqs,
              s.enums(),
              s.domains(),
              s.compositeTypes(),
              views,
              s.routines());
        });
  }

  /**
   * Renames a column.
   *
   * @param db the model
   * @param table the table (already carrying its new name when it was renamed too)
   * @param from the column name
   * @param to the new column name
   * @return the new model
   */
  public static Database renameColumn(Database db, QualifiedName table, String from, String to) {
    UnaryOperator<String> all = s -> SqlText.replaceIdentifier(s, from, to);
    return mapSchemas(
        db,
        s -> {
          List<Table> tables = new ArrayList<>();
          for (Table t : s.tables()) {
            boolean self = t.name().equals(table);
            List<Constraint> cons = new ArrayList<>();
            for (Constraint c : t.constraints()) {
              String def = c.definition();
              if (c.kind() == Constraint.Kind.FOREIGN_KEY) {
                int ref = def.indexOf(" REFERENCES ");
                String local = ref < 0 ? def : def.substring(0, ref);
                String remote = ref < 0 ? "" : def.substring(ref);
                if (self) {
                  local = all.apply(local);
                }
                if (table.equals(c.references())) {
                  remote = all.apply(remote);
                }
                def = local + remote;
              } else if (self) {
                def = all.apply(def);
              }
              cons.add(
                  new Constraint(
                      c.name(),
                      c.kind(),
                      def,
                      self ? rename(c.columns(), from, to) : c.columns(),
                      c.references(),
                      c.validated(),
                      c.comment()));
            }
            if (!self) {
              tables.add(withConstraints(t, cons));
              continue;
            }
            List<Column> cols = new ArrayList<>();
            for (Column c : t.columns()) {
              cols.add(
                  new Column(
                      c.name().equals(from) ? to : c.name(),
                      c.type(),
                      c.notNull(),
                      all.apply(c.defaultExpression()),
                      c.identity(),
                      all.apply(c.generatedExpression()),
                      c.collation(),
                      c.comment()));
            }
            List<Index> idx = new ArrayList<>();
            for (Index i : t.indexes()) {
              idx.add(
                  new Index(
                      i.name(),
                      replaceAfterUsing(i.definition(), from, to),
                      i.unique(),
                      rename(i.columns(), from, to),
                      i.valid(),
                      i.comment()));
            }
            List<Trigger> trg = new ArrayList<>();
            for (Trigger x : t.triggers()) {
              trg.add(
                  new Trigger(
                      x.name(),
                      replaceAfterTriggerName(x.definition(), from, to),
                      x.function(),
                      x.enabled(),
                      x.comment()));
            }
            List<Policy> pol = new ArrayList<>();
            for (Policy p : t.policies()) {
              pol.add(
                  new Policy(
                      p.name(),
                      p.permissive(),
                      p.command(),
                      p.roles(),
                      all.apply(p.using()),
                      all.apply(p.withCheck())));
            }
            tables.add(
                new Table(
                    t.name(),
                    cols,
                    cons,
                    idx,
                    trg,
                    pol,
                    t.rowSecurity(),
                    t.forceRowSecurity(),
                    t.partitionKey() == null ? null : all.apply(t.partitionKey()),
                    t.partitionOf(),
                    t.partitionBound(),
                    t.unlogged(),
                    t.comment()));
          }
          List<Sequence> seqs =
              s.sequences().stream()
                  .map(
                      q ->
                          q.ownedBy() != null
                                  && q.ownedBy().table().equals(table)
                                  && q.ownedBy().column().equals(from)
                              ? withOwner(q, new Sequence.ColumnRef(table, to))
                              : q)
                  .toList();
          return new Schema(
              s.name(),
              s.comment(),
              tables,
              seqs,
              s.enums(),
              s.domains(),
              s.compositeTypes(),
              s.views(),
              s.routines());
        });
  }

  /**
   * Renames a sequence, including the {@code nextval('…'::regclass)} defaults using it.
   *
   * @param db the model
   * @param from the sequence
   * @param to the new unqualified name
   * @return the new model
   */
  public static Database renameSequence(Database db, QualifiedName from, String to) {
    QualifiedName target = QualifiedName.of(from.schema(), to);
    UnaryOperator<String> lit = s -> replaceRegclassLiteral(s, from, target);
    return mapSchemas(
        db,
        s -> {
          List<Table> tables = new ArrayList<>();
          for (Table t : s.tables()) {
            List<Column> cols = new ArrayList<>();
            for (Column c : t.columns()) {
              cols.add(
                  new Column(
                      c.name(),
                      c.type(),
                      c.notNull(),
                      lit.apply(c.defaultExpression()),
                      c.identity(),
                      c.generatedExpression(),
                      c.collation(),
                      c.comment()));
            }
            tables.add(withColumns(t, cols));
          }
          List<Sequence> seqs = new ArrayList<>();
          for (Sequence q : s.sequences()) {
            seqs.add(
                q.name().equals(from)
                    ? new Sequence(
                        target,
                        q.dataType(),
                        q.start(),
                        q.increment(),
                        q.minValue(),
                        q.maxValue(),
                        q.cache(),
                        q.cycle(),
                        q.ownedBy(),
                        q.comment())
                    : q);
          }
          seqs.sort(Comparator.comparing(Sequence::name));
          return new Schema(
              s.name(),
              s.comment(),
              tables,
              seqs,
              s.enums(),
              s.domains(),
              s.compositeTypes(),
              s.views(),
              s.routines());
        });
  }

  /**
   * Renames an enum label, including constants of the enum in expressions.
   *
   * @param db the model
   * @param type the enum
   * @param from the label
   * @param to the new label
   * @return the new model
   */
  public static Database renameEnumValue(Database db, QualifiedName type, String from, String to) {
    UnaryOperator<String> lit = s -> replaceEnumLiteral(s, type, from, to);
    return mapSchemas(
        db,
        s -> {
          List<EnumType> enums = new ArrayList<>();
          for (EnumType e : s.enums()) {
            enums.add(
                e.name().equals(type)
                    ? new EnumType(e.name(), rename(e.labels(), from, to), e.comment())
                    : e);
          }
          List<Table> tables = new ArrayList<>();
          for (Table t : s.tables()) {
            List<Column> cols = new ArrayList<>();
            for (Column c : t.columns()) {
              cols.add(
                  new Column(
                      c.name(),
                      c.type(),
                      c.notNull(),
                      lit.apply(c.defaultExpression()),
                      c.identity(),
                      lit.apply(c.generatedExpression()),
                      c.collation(),
                      c.comment()));
            }
            List<Constraint> cons = new ArrayList<>();
            for (Constraint c : t.constraints()) {
              cons.add(
                  new Constraint(
                      c.name(),
                      c.kind(),
                      lit.apply(c.definition()),
                      c.columns(),
                      c.references(),
                      c.validated(),
                      c.comment()));
            }
            Table nt = withConstraints(withColumns(t, cols), cons);
            tables.add(
                new Table(
                    nt.name(),
                    nt.columns(),
                    nt.constraints(),
                    mapIndexes(nt.indexes(), lit),
                    nt.triggers(),
                    nt.policies(),
                    nt.rowSecurity(),
                    nt.forceRowSecurity(),
                    nt.partitionKey(),
                    nt.partitionOf(),
                    nt.partitionBound(),
                    nt.unlogged(),
                    nt.comment()));
          }
          List<View> views = new ArrayList<>();
          for (View v : s.views()) {
            views.add(
                new View(
                    v.name(),
                    v.materialized(),
                    lit.apply(v.definition()),
                    v.columns(),
                    v.options(),
                    v.indexes(),
                    v.dependsOn(),
                    v.comment()));
          }
          return new Schema(
              s.name(),
              s.comment(),
              tables,
              s.sequences(),
              enums,
              s.domains(),
              s.compositeTypes(),
              views,
              s.routines());
        });
  }

  // ------------------------------------------------------------------------------ helpers

  private static Database mapSchemas(Database db, UnaryOperator<Schema> f) {
    return new Database(db.schemas().stream().map(f).toList(), db.extensions(), db.unsupported());
  }

  private static List<Index> mapIndexes(List<Index> idx, UnaryOperator<String> f) {
    return idx.stream()
        .map(
            i ->
                new Index(
                    i.name(),
                    f.apply(i.definition()),
                    i.unique(),
                    i.columns(),
                    i.valid(),
                    i.comment()))
        .toList();
  }

  private static List<String> rename(List<String> names, String from, String to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  private static Sequence withOwner(Sequence q, Sequence.ColumnRef owner) {
    return new Sequence(
        q.name(),
        q.dataType(),
        q.start(),
        q.increment(),
        q.minValue(),
        q.maxValue(),
        q.cache(),
        q.cycle(),
        owner,
        q.comment());
  }

  /**
   * Copies a table with other columns.
   *
   * @param t the table
   * @param cols the columns
   * @return the copy
   */
  public static Table withColumns(Table t, List<Column> cols) {
    return new Table(
        t.name(),
        cols,
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
        t.comment());
  }

  private static Table withConstraints(Table t, List<Constraint> cons) {
    return new Table(
        t.name(),
        t.columns(),
        cons,
        t.indexes(),
        t.triggers(),
        t.policies(),
        t.rowSecurity(),
        t.forceRowSecurity(),
        t.partitionKey(),
        t.partitionOf(),
        t.partitionBound(),
        t.unlogged(),
        t.comment());
  }

  /** Rewrites the key/expression part of a {@code pg_get_indexdef}, after {@code USING m}. */
  static String replaceAfterUsing(String def, String from, String to) {
    List<SqlText.Token> ts = SqlText.tokens(def);
    int using = -1;
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).is("USING")) {
        using = i;
        break;
      }
    }
    int start = using < 0 ? 0 : using + 2;
    return SqlText.replaceIdentifier(def, from, to, i -> i > start);
  }

  /** Rewrites a trigger definition after its name (events, WHEN clause). */
  static String replaceAfterTriggerName(String def, String from, String to) {
    List<SqlText.Token> ts = SqlText.tokens(def);
    int timing = -1;
    for (int i = 0; i < ts.size(); i++) {
      SqlText.Token t = ts.get(i);
      if (t.is("BEFORE") || t.is("AFTER") || t.is("INSTEAD")) {
        timing = i;
        break;
      }
    }
    int start = timing;
    return SqlText.replaceIdentifier(def, from, to, i -> i > start);
  }

  private static String replaceRegclassLiteral(String sql, QualifiedName from, QualifiedName to) {
    if (sql == null || !sql.contains("regclass")) {
      return sql;
    }
    String[][] forms = {
      {literal(from.sql()), literal(to.sql())},
      {literal(Identifiers.quote(from.name())), literal(Identifiers.quote(to.name()))}
    };
    StringBuilder sb = new StringBuilder();
    for (SqlText.Token t : SqlText.tokens(sql)) {
      String text = t.text();
      if (t.kind() == SqlText.Kind.STRING) {
        for (String[] f : forms) {
          if (text.equals(f[0])) {
            text = f[1];
            break;
          }
        }
      }
      sb.append(text);
    }
    return sb.toString();
  }

  private static String replaceEnumLiteral(String sql, QualifiedName type, String from, String to) {
    if (sql == null) {
      return null;
    }
    String old = Identifiers.literal(from);
    if (!sql.contains(old)) {
      return sql;
    }
    List<SqlText.Token> ts = SqlText.tokens(sql);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ts.size(); i++) {
      SqlText.Token t = ts.get(i);
      if (t.kind() == SqlText.Kind.STRING && t.text().equals(old) && castsTo(ts, i + 1, type)) {
        sb.append(Identifiers.literal(to));
      } else {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  private static boolean castsTo(List<SqlText.Token> ts, int i, QualifiedName type) {
    if (i + 2 >= ts.size() || !ts.get(i).text().equals(":") || !ts.get(i + 1).text().equals(":")) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    for (int j = i + 2; j < ts.size() && j < i + 6; j++) {
      rest.append(ts.get(j).text());
    }
    String r = rest.toString();
    return r.startsWith(type.sql())
        || (type.schema().equals("public") && r.startsWith(Identifiers.quote(type.name())));
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
