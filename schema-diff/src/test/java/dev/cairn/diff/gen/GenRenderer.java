package dev.cairn.diff.gen;

import dev.cairn.diff.gen.GenModel.GCheck;
import dev.cairn.diff.gen.GenModel.GColumn;
import dev.cairn.diff.gen.GenModel.GComposite;
import dev.cairn.diff.gen.GenModel.GDomain;
import dev.cairn.diff.gen.GenModel.GEnum;
import dev.cairn.diff.gen.GenModel.GFk;
import dev.cairn.diff.gen.GenModel.GFunction;
import dev.cairn.diff.gen.GenModel.GIndex;
import dev.cairn.diff.gen.GenModel.GPolicy;
import dev.cairn.diff.gen.GenModel.GSequence;
import dev.cairn.diff.gen.GenModel.GTable;
import dev.cairn.diff.gen.GenModel.GTrigger;
import dev.cairn.diff.gen.GenModel.GUnique;
import dev.cairn.diff.gen.GenModel.GView;
import dev.cairn.diff.model.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a generator model as DDL. Whatever a mutation left inconsistent (an index on a dropped
 * column, a check whose column changed type) is left out here, the way PostgreSQL itself drops
 * dependents, so the script always runs.
 */
final class GenRenderer {
  private final GenModel m;
  private final StringBuilder sql = new StringBuilder();

  /** Columns that exist after rendering, per qualified table or view, with their types. */
  private final Map<String, Map<String, String>> relations = new HashMap<>();

  private final Set<String> functions = new HashSet<>();

  private GenRenderer(GenModel m) {
    this.m = m;
  }

  static String render(GenModel m) {
    GenRenderer r = new GenRenderer(m);
    r.run();
    return r.sql.toString();
  }

  static String q(String id) {
    return Identifiers.quote(id);
  }

  static String qn(String schema, String name) {
    return q(schema) + "." + q(name);
  }

  static String qn(String qualified) {
    int d = qualified.indexOf('.');
    return qn(qualified.substring(0, d), qualified.substring(d + 1));
  }

  private void line(String s) {
    sql.append(s).append(";\n");
  }

  private void run() {
    if (m.trigram) {
      line("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    }
    for (String s : m.schemas) {
      if (!s.equals("public")) {
        line("CREATE SCHEMA " + q(s));
      }
    }
    for (String[] c : m.comments) {
      if (c[0].equals("SCHEMA") && m.schemas.contains(c[1])) {
        line("COMMENT ON SCHEMA " + q(c[1]) + " IS " + Identifiers.literal(c[2]));
      }
    }
    for (GEnum e : m.enums) {
      line(
          "CREATE TYPE "
              + qn(e.schema, e.name)
              + " AS ENUM ("
              + e.labels.stream().map(Identifiers::literal).collect(Collectors.joining(", "))
              + ")");
      if (e.comment != null) {
        line("COMMENT ON TYPE " + qn(e.schema, e.name) + " IS " + Identifiers.literal(e.comment));
      }
    }
    for (GDomain d : m.domains) {
      StringBuilder s =
          new StringBuilder("CREATE DOMAIN " + qn(d.schema, d.name) + " AS " + d.base);
      if (d.hasDefault) {
        s.append(" DEFAULT ").append(d.base.startsWith("text") ? "'x'" : "1");
      }
      if (d.notNull) {
        s.append(" NOT NULL");
      }
      if (d.checkVariant > 0) {
        String cond =
            d.base.startsWith("text")
                ? (d.checkVariant == 1 ? "VALUE <> ''" : "char_length(VALUE) < 50")
                : (d.checkVariant == 1 ? "VALUE >= 0" : "VALUE < 1000000");
        s.append(" CONSTRAINT ").append(q(d.name + "_check")).append(" CHECK (" + cond + ")");
      }
      line(s.toString());
    }
    for (GComposite c : m.composites) {
      line(
          "CREATE TYPE "
              + qn(c.schema, c.name)
              + " AS ("
              + c.attributes.stream()
                  .map(a -> q(a[0]) + " " + a[1])
                  .collect(Collectors.joining(", "))
              + ")");
    }
    for (GSequence s : m.sequences) {
      line(
          "CREATE SEQUENCE "
              + qn(s.schema, s.name)
              + " START WITH "
              + s.start
              + " INCREMENT BY "
              + s.increment
              + " CACHE "
              + s.cache
              + (s.cycle ? " CYCLE" : " NO CYCLE"));
      if (s.comment != null) {
        line(
            "COMMENT ON SEQUENCE "
                + qn(s.schema, s.name)
                + " IS "
                + Identifiers.literal(s.comment));
      }
    }
    for (GFunction f : m.functions) {
      if (!f.kind.equals("counter")) {
        function(f);
      }
    }
    for (GTable t : m.tables) {
      table(t);
    }
    for (GTable t : m.tables) {
      for (GFk fk : t.fks) {
        foreignKey(t, fk);
      }
    }
    for (GTable t : m.tables) {
      for (GIndex i : t.indexes) {
        index(t, i);
      }
    }
    // Views over views: render in rounds until nothing more can be rendered.
    List<GView> pending = new ArrayList<>(m.views);
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        GView v = it.next();
        if (relations.containsKey(v.source)) {
          view(v);
          it.remove();
          progress = true;
        }
      }
    }
    for (GFunction f : m.functions) {
      if (f.kind.equals("counter") && relations.containsKey(f.table)) {
        function(f);
      }
    }
    for (GTable t : m.tables) {
      if (!relations.containsKey(t.qualified())) {
        continue;
      }
      for (GTrigger tr : t.triggers) {
        trigger(t, tr);
      }
      if (t.rls) {
        line("ALTER TABLE " + qn(t.schema, t.name) + " ENABLE ROW LEVEL SECURITY");
      }
      for (GPolicy p : t.policies) {
        policy(t, p);
      }
    }
  }

  // ------------------------------------------------------------------------------ types

  static String category(String type) {
    String t = type.replaceAll("\\(.*\\)", "");
    if (t.endsWith("[]")) {
      return "array";
    }
    switch (t) {
      case "smallint":
      case "integer":
      case "bigint":
        return "int";
      case "numeric":
      case "real":
      case "double precision":
        return "num";
      case "text":
      case "character varying":
      case "varchar":
      case "character":
        return "text";
      case "boolean":
        return "bool";
      case "timestamp":
      case "timestamp with time zone":
      case "timestamptz":
      case "date":
        return "time";
      case "jsonb":
      case "json":
        return "json";
      case "uuid":
        return "uuid";
      default:
        if (t.contains(".")) {
          return "user";
        }
        return "other";
    }
  }

  private String defaultFor(GColumn c) {
    String cat = category(c.type);
    boolean a = "a".equals(c.defaultKind);
    switch (cat) {
      case "int":
        return a ? "0" : "42";
      case "num":
        return a ? "0" : "1.5";
      case "text":
        return a ? "''" : "'n/a'";
      case "bool":
        return a ? "false" : "true";
      case "time":
        return c.type.equals("date") ? "CURRENT_DATE" : (a ? "now()" : "'2024-01-01'");
      case "json":
        return a ? "'{}'" : "'[]'";
      case "uuid":
        return "gen_random_uuid()";
      case "array":
        return "'{}'";
      case "user":
        GEnum e = m.enumType(c.type.replace("[]", ""));
        if (e != null && !e.labels.isEmpty() && !c.type.endsWith("[]")) {
          return Identifiers.literal(a ? e.labels.get(0) : e.labels.get(e.labels.size() - 1));
        }
        return null;
      default:
        return null;
    }
  }

  private boolean typeExists(String type) {
    String base = type.replace("[]", "");
    if (!base.contains(".") || base.contains("(")) {
      return true;
    }
    return m.enums.stream().anyMatch(e -> e.qualified().equals(base))
        || m.domains.stream().anyMatch(d -> d.qualified().equals(base))
        || m.composites.stream().anyMatch(c -> c.qualified().equals(base));
  }

  static String typeSql(String type) {
    String base = type.replace("[]", "");
    if (base.contains(".") && !base.contains("(")) {
      return qn(base) + (type.endsWith("[]") ? "[]" : "");
    }
    return type;
  }

  // ------------------------------------------------------------------------------ tables

  private void table(GTable t) {
    Map<String, String> cols = new java.util.LinkedHashMap<>();
    List<String> elements = new ArrayList<>();
    for (GColumn c : t.columns) {
      if (!typeExists(c.type)) {
        continue;
      }
      if (c.generatedFrom != null) {
        GColumn src = t.column(c.generatedFrom);
        if (src == null
            || src.generatedFrom != null
            || !(category(src.type).equals("int") || category(src.type).equals("num"))
            || !cols.containsKey(src.name)) {
          continue;
        }
      }
      StringBuilder s = new StringBuilder(q(c.name)).append(' ');
      if (c.serial && (c.type.equals("integer") || c.type.equals("bigint"))) {
        s.append(c.type.equals("integer") ? "serial" : "bigserial");
      } else {
        s.append(typeSql(c.type));
        if (c.collateC && category(c.type).equals("text")) {
          s.append(" COLLATE \"C\"");
        }
        if (c.generatedFrom != null) {
          s.append(" GENERATED ALWAYS AS (")
              .append(q(c.generatedFrom))
              .append(" * ")
              .append(c.generatedFactor)
              .append(") STORED");
        } else if (c.identity != null && category(c.type).equals("int")) {
          s.append(" GENERATED ").append(c.identity).append(" AS IDENTITY");
        } else if (c.defaultKind != null) {
          String d = defaultFor(c);
          if (d != null) {
            s.append(" DEFAULT ").append(d);
          }
        }
      }
      if (c.notNull) {
        s.append(" NOT NULL");
      }
      elements.add(s.toString());
      cols.put(c.name, c.type);
    }
    if (t.partitionColumn != null) {
      if (!"date".equals(cols.get(t.partitionColumn))) {
        return; // the partition key is gone: leave the whole partitioned table out
      }
    }
    if (!t.pk.isEmpty()
        && cols.keySet().containsAll(t.pk)
        && (t.partitionColumn == null || t.pk.contains(t.partitionColumn))) {
      elements.add("CONSTRAINT " + q(t.pkName) + " PRIMARY KEY (" + list(t.pk) + ")");
    }
    for (GUnique u : t.uniques) {
      if (cols.keySet().containsAll(u.columns)
          && !u.columns.isEmpty()
          && (t.partitionColumn == null || u.columns.contains(t.partitionColumn))
          && u.columns.stream().allMatch(c -> hashable(cols.get(c)))) {
        elements.add(
            "CONSTRAINT "
                + q(u.name)
                + " UNIQUE"
                + (u.nullsNotDistinct ? " NULLS NOT DISTINCT" : "")
                + " ("
                + list(u.columns)
                + ")");
      }
    }
    List<GCheck> later = new ArrayList<>();
    for (GCheck c : t.checks) {
      String expr = checkExpression(cols, c);
      if (expr == null) {
        continue;
      }
      if (c.notValid) {
        later.add(c);
      } else {
        elements.add("CONSTRAINT " + q(c.name) + " CHECK (" + expr + ")");
      }
    }
    String head = "CREATE " + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + qn(t.schema, t.name);
    String tail =
        t.partitionColumn == null ? "" : " PARTITION BY RANGE (" + q(t.partitionColumn) + ")";
    line(head + " (\n  " + String.join(",\n  ", elements) + "\n)" + tail);
    relations.put(t.qualified(), cols);
    for (int year : partitionYears(t)) {
      line(
          "CREATE TABLE "
              + qn(t.schema, t.name + "_" + year)
              + " PARTITION OF "
              + qn(t.schema, t.name)
              + " FOR VALUES FROM ('"
              + year
              + "-01-01') TO ('"
              + (year + 1)
              + "-01-01')");
    }
    for (GCheck c : later) {
      line(
          "ALTER TABLE "
              + qn(t.schema, t.name)
              + " ADD CONSTRAINT "
              + q(c.name)
              + " CHECK ("
              + checkExpression(cols, c)
              + ") NOT VALID");
    }
    if (t.comment != null) {
      line("COMMENT ON TABLE " + qn(t.schema, t.name) + " IS " + Identifiers.literal(t.comment));
    }
    for (GColumn c : t.columns) {
      if (c.comment != null && cols.containsKey(c.name)) {
        line(
            "COMMENT ON COLUMN "
                + qn(t.schema, t.name)
                + "."
                + q(c.name)
                + " IS "
                + Identifiers.literal(c.comment));
      }
    }
  }

  private static List<Integer> partitionYears(GTable t) {
    List<Integer> years = new ArrayList<>();
    for (String p : t.partitions) {
      years.add(Integer.parseInt(p));
    }
    return years;
  }

  private static boolean hashable(String type) {
    String cat = category(type);
    return !cat.equals("json") || type.equals("jsonb");
  }

  private static String checkExpression(Map<String, String> cols, GCheck c) {
    String type = cols.get(c.column);
    if (type == null) {
      return null;
    }
    String col = q(c.column);
    switch (category(type)) {
      case "int":
      case "num":
        return c.variant == 0 ? col + " >= 0" : col + " BETWEEN -5 AND 1000000";
      case "text":
        return c.variant == 0 ? "char_length(" + col + ") <= 200" : col + " <> 'forbidden'";
      case "time":
        return c.variant == 0 ? col + " > '2000-01-01'" : col + " IS NOT NULL OR true";
      default:
        return null;
    }
  }

  private static String list(List<String> cols) {
    return cols.stream().map(GenRenderer::q).collect(Collectors.joining(", "));
  }

  private void foreignKey(GTable t, GFk fk) {
    Map<String, String> cols = relations.get(t.qualified());
    GTable ref = m.table(fk.refSchema, fk.refTable);
    Map<String, String> refCols = relations.get(fk.refSchema + "." + fk.refTable);
    if (cols == null
        || ref == null
        || refCols == null
        || !cols.keySet().containsAll(fk.columns)
        || !refCols.keySet().containsAll(fk.refColumns)
        || t.partitionColumn != null) {
      return;
    }
    boolean keyed =
        (ref.pk.equals(fk.refColumns) && (ref.partitionColumn == null))
            || ref.uniques.stream().anyMatch(u -> u.columns.equals(fk.refColumns));
    if (!keyed || ref.partitionColumn != null) {
      return;
    }
    for (int i = 0; i < fk.columns.size(); i++) {
      String a = cols.get(fk.columns.get(i));
      String b = refCols.get(fk.refColumns.get(i));
      if (!(a.equals(b) || (category(a).equals("int") && category(b).equals("int")))) {
        return;
      }
    }
    if (t.unlogged != ref.unlogged && !t.unlogged) {
      return; // a logged table cannot reference an unlogged one
    }
    line(
        "ALTER TABLE "
            + qn(t.schema, t.name)
            + " ADD CONSTRAINT "
            + q(fk.name)
            + " FOREIGN KEY ("
            + list(fk.columns)
            + ") REFERENCES "
            + qn(fk.refSchema, fk.refTable)
            + " ("
            + list(fk.refColumns)
            + ")"
            + (fk.onDelete == null ? "" : " ON DELETE " + fk.onDelete)
            + (fk.deferrable ? " DEFERRABLE INITIALLY DEFERRED" : "")
            + (fk.notValid ? " NOT VALID" : ""));
  }

  private void index(GTable t, GIndex i) {
    Map<String, String> cols = relations.get(t.qualified());
    if (cols == null || !cols.keySet().containsAll(i.columns) || i.columns.isEmpty()) {
      return;
    }
    String first = cols.get(i.columns.get(0));
    String on = " ON " + qn(t.schema, t.name);
    String body;
    switch (i.kind) {
      case "unique":
        if (t.partitionColumn != null || !i.columns.stream().allMatch(c -> hashable(cols.get(c)))) {
          return;
        }
        line("CREATE UNIQUE INDEX " + q(i.name) + on + " (" + list(i.columns) + ")");
        indexComment(t, i);
        return;
      case "partial":
        body = " (" + list(i.columns) + ") WHERE " + q(i.columns.get(0)) + " IS NOT NULL";
        break;
      case "lower":
        if (!category(first).equals("text")) {
          return;
        }
        body = " (lower(" + q(i.columns.get(0)) + "))";
        break;
      case "desc":
        body = " (" + q(i.columns.get(0)) + " DESC NULLS LAST)";
        break;
      case "include":
        if (i.columns.size() < 2) {
          return;
        }
        body =
            " ("
                + q(i.columns.get(0))
                + ") INCLUDE ("
                + list(i.columns.subList(1, i.columns.size()))
                + ")";
        break;
      case "gin":
        if (!first.equals("jsonb") && !category(first).equals("array")) {
          return;
        }
        body = " USING gin (" + q(i.columns.get(0)) + ")";
        break;
      case "trgm":
        if (!m.trigram || !(first.equals("text") || first.startsWith("character varying"))) {
          return;
        }
        body = " USING gin (" + q(i.columns.get(0)) + " public.gin_trgm_ops)";
        break;
      case "hash":
        if (!hashable(first) || category(first).equals("array") || category(first).equals("user")) {
          return;
        }
        body = " USING hash (" + q(i.columns.get(0)) + ")";
        break;
      default:
        if (!i.columns.stream().allMatch(c -> hashable(cols.get(c)))) {
          return;
        }
        body = " (" + list(i.columns) + ")";
    }
    if (!hashable(first)) {
      return;
    }
    line("CREATE INDEX " + q(i.name) + on + body);
    indexComment(t, i);
  }

  private void indexComment(GTable t, GIndex i) {
    if (i.comment != null) {
      line("COMMENT ON INDEX " + qn(t.schema, i.name) + " IS " + Identifiers.literal(i.comment));
    }
  }

  private void view(GView v) {
    Map<String, String> src = relations.get(v.source);
    List<String> cols = v.columns.stream().filter(src::containsKey).toList();
    if (cols.isEmpty()) {
      return;
    }
    String where =
        v.filterColumn != null && src.containsKey(v.filterColumn)
            ? " WHERE " + q(v.filterColumn) + " IS NOT NULL"
            : "";
    line(
        "CREATE "
            + (v.materialized ? "MATERIALIZED VIEW " : "VIEW ")
            + qn(v.schema, v.name)
            + " AS SELECT "
            + list(cols)
            + " FROM "
            + qn(v.source)
            + where);
    Map<String, String> out = new java.util.LinkedHashMap<>();
    cols.forEach(c -> out.put(c, src.get(c)));
    relations.put(v.qualified(), out);
    if (v.materialized && v.indexName != null && hashable(src.get(cols.get(0)))) {
      line(
          "CREATE INDEX "
              + q(v.indexName)
              + " ON "
              + qn(v.schema, v.name)
              + " ("
              + q(cols.get(0))
              + ")");
    }
    if (v.comment != null) {
      line(
          "COMMENT ON "
              + (v.materialized ? "MATERIALIZED VIEW " : "VIEW ")
              + qn(v.schema, v.name)
              + " IS "
              + Identifiers.literal(v.comment));
    }
  }

  private void function(GFunction f) {
    String name = qn(f.schema, f.name);
    switch (f.kind) {
      case "scalar_sql":
        line(
            "CREATE FUNCTION "
                + name
                + "("
                + q(f.argName)
                + " integer) RETURNS "
                + f.returnType
                + " LANGUAGE sql IMMUTABLE AS $$ SELECT "
                + q(f.argName)
                + " + "
                + f.constant
                + " $$");
        break;
      case "scalar_plpgsql":
        line(
            "CREATE FUNCTION "
                + name
                + "("
                + q(f.argName)
                + " integer) RETURNS "
                + f.returnType
                + " LANGUAGE plpgsql AS $$ BEGIN RETURN "
                + q(f.argName)
                + " * "
                + f.constant
                + "; END $$");
        break;
      case "trigger":
        line(
            "CREATE FUNCTION "
                + name
                + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                + f.constant
                + " > 0 THEN RETURN NEW; END IF; RETURN NEW; END $$");
        break;
      default:
        line(
            "CREATE FUNCTION "
                + name
                + "() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) + "
                + f.constant
                + " FROM "
                + qn(f.table)
                + " $$");
    }
    functions.add(f.qualified());
    if (f.comment != null) {
      String sig = name + (f.kind.startsWith("scalar") ? "(integer)" : "()");
      line("COMMENT ON FUNCTION " + sig + " IS " + Identifiers.literal(f.comment));
    }
  }

  private void trigger(GTable t, GTrigger tr) {
    if (!functions.contains(tr.function)
        || m.functions.stream()
            .noneMatch(f -> f.qualified().equals(tr.function) && f.kind.equals("trigger"))) {
      return;
    }
    Map<String, String> cols = relations.get(t.qualified());
    String timing = tr.timing;
    if (tr.column != null) {
      if (!cols.containsKey(tr.column)) {
        return;
      }
      timing = timing + " OF " + q(tr.column);
    }
    line(
        "CREATE TRIGGER "
            + q(tr.name)
            + " "
            + timing
            + " ON "
            + qn(t.schema, t.name)
            + " FOR EACH ROW EXECUTE FUNCTION "
            + qn(tr.function)
            + "()");
    if (tr.enabled == 'D') {
      line("ALTER TABLE " + qn(t.schema, t.name) + " DISABLE TRIGGER " + q(tr.name));
    } else if (tr.enabled == 'A') {
      line("ALTER TABLE " + qn(t.schema, t.name) + " ENABLE ALWAYS TRIGGER " + q(tr.name));
    }
  }

  private void policy(GTable t, GPolicy p) {
    Map<String, String> cols = relations.get(t.qualified());
    if (!cols.containsKey(p.column)) {
      return;
    }
    String cond = q(p.column) + " IS NOT NULL";
    boolean using = !p.command.equals("INSERT");
    boolean check =
        p.withCheck
            && (p.command.equals("INSERT")
                || p.command.equals("UPDATE")
                || p.command.equals("ALL"));
    if (!using && !check) {
      check = true;
    }
    line(
        "CREATE POLICY "
            + q(p.name)
            + " ON "
            + qn(t.schema, t.name)
            + (p.permissive ? " AS PERMISSIVE" : " AS RESTRICTIVE")
            + " FOR "
            + p.command
            + (using ? " USING (" + cond + ")" : "")
            + (check ? " WITH CHECK (" + cond + ")" : ""));
  }
}
