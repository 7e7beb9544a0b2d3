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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded random schema generator and mutator for round-trip tests. The same seed always gives the
 * same pair of schemas, so a failing seed can be replayed.
 */
public final class SchemaGenerator {
  private static final String[] COLUMN_NAMES = {
    "name",
    "title",
    "amount",
    "price",
    "qty",
    "status",
    "created_at",
    "note",
    "data",
    "tags",
    "code",
    "ref",
    "order",
    "user",
    "Label",
    "value",
    "score",
    "flag",
    "kind",
    "email",
    "payload",
    "starts_on",
    "ends_at",
    "weight",
    "counter",
    "select",
    "memo"
  };
  private static final String[] LABELS = {
    "new", "open", "paid", "done", "void", "hold", "late", "lost", "Sent", "in progress"
  };
  private static final String[] SCALAR_TYPES = {
    "smallint",
    "integer",
    "bigint",
    "numeric",
    "numeric(10,2)",
    "numeric(6,0)",
    "real",
    "double precision",
    "text",
    "character varying(40)",
    "character(3)",
    "boolean",
    "date",
    "timestamp",
    "timestamp with time zone",
    "uuid",
    "jsonb",
    "json",
    "bytea",
    "inet",
    "interval",
    "text[]",
    "integer[]"
  };

  private final Random random;
  private final GenModel model;
  private final List<String> hints = new ArrayList<>();
  private final List<String> reverseHints = new ArrayList<>();
  private final List<String> applied = new ArrayList<>();

  private SchemaGenerator(long seed, GenModel model) {
    this.random = new Random(seed);
    this.model = model;
  }

  /**
   * One generated test case: the DDL of a schema, the DDL of a mutation of it, and the rename hints
   * turning the first into the second (and back).
   *
   * @param current DDL of the generated schema
   * @param desired DDL of the mutated schema
   * @param hints rename hints from current to desired, CLI syntax
   * @param reverseHints rename hints from desired to current
   * @param mutations what was mutated, for failure messages
   */
  public record Pair(
      String current,
      String desired,
      List<String> hints,
      List<String> reverseHints,
      List<String> mutations) {}

  /**
   * Generates a schema from a seed and mutates it.
   *
   * @param seed the seed
   * @param mutations how many mutations to apply
   * @return the pair
   */
  public static Pair generate(long seed, int mutations) {
    SchemaGenerator g = new SchemaGenerator(seed, new GenModel());
    g.populate();
    String current = GenRenderer.render(g.model);
    GenModel before = g.model.copy();
    SchemaGenerator mut = new SchemaGenerator(seed * 31 + 7, before);
    // The first mutation cycles through every kind, so any 40 consecutive seeds try them all.
    for (int i = 0; i < mutations; i++) {
      mut.mutate(i == 0 ? Math.floorMod(seed, KINDS) : -1);
    }
    return new Pair(
        current, GenRenderer.render(mut.model), mut.hints, mut.reverseHints, mut.applied);
  }

  // ------------------------------------------------------------------------------ helpers

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pick(String[] arr) {
    return arr[random.nextInt(arr.length)];
  }

  private String schema() {
    return pick(model.schemas);
  }

  // ------------------------------------------------------------------------------ generate

  private void populate() {
    model.schemas.add("public");
    if (chance(50)) {
      model.schemas.add(chance(30) ? "Sales Dept" : "app");
      if (chance(50)) {
        model.comments.add(new String[] {"SCHEMA", model.schemas.get(1), "extra schema"});
      }
    }
    model.trigram = chance(15);
    int enums = random.nextInt(3);
    for (int i = 0; i < enums; i++) {
      addEnum();
    }
    if (chance(40)) {
      addDomain();
    }
    if (chance(30)) {
      addComposite();
    }
    if (chance(40)) {
      addSequence();
    }
    if (chance(40)) {
      addFunction("scalar_sql");
    }
    if (chance(30)) {
      addFunction("scalar_plpgsql");
    }
    if (chance(50)) {
      addFunction("trigger");
    }
    int tables = 2 + random.nextInt(4);
    for (int i = 0; i < tables; i++) {
      addTable();
    }
    if (chance(25)) {
      addPartitionedTable();
    }
    int fks = random.nextInt(4);
    for (int i = 0; i < fks; i++) {
      addForeignKey();
    }
    int views = random.nextInt(3);
    for (int i = 0; i < views; i++) {
      addView();
    }
    if (chance(30)) {
      addCounterFunction();
    }
  }

  private void addEnum() {
    GEnum e = new GEnum();
    e.schema = schema();
    e.name = model.name("mood");
    List<String> pool = new ArrayList<>(List.of(LABELS));
    int n = 2 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      e.labels.add(pool.remove(random.nextInt(pool.size())));
    }
    if (chance(30)) {
      e.comment = "enum " + e.name;
    }
    model.enums.add(e);
  }

  private void addDomain() {
    GDomain d = new GDomain();
    d.schema = schema();
    d.name = model.name("dom");
    d.base = pick(List.of("integer", "text", "numeric(12,2)"));
    d.notNull = chance(30);
    d.checkVariant = random.nextInt(3);
    d.hasDefault = chance(40);
    model.domains.add(d);
  }

  private void addComposite() {
    GComposite c = new GComposite();
    c.schema = schema();
    c.name = model.name("pair");
    c.attributes.add(new String[] {"x", "integer"});
    c.attributes.add(new String[] {"label", chance(50) ? "text" : "character varying(20)"});
    model.composites.add(c);
  }

  private void addSequence() {
    GSequence s = new GSequence();
    s.schema = schema();
    s.name = model.name("seq");
    s.start = 1 + random.nextInt(1000);
    s.increment = 1 + random.nextInt(5);
    s.cache = 1 + random.nextInt(3);
    s.cycle = chance(20);
    if (chance(30)) {
      s.comment = "numbers";
    }
    model.sequences.add(s);
  }

  private GFunction addFunction(String kind) {
    GFunction f = new GFunction();
    f.schema = schema();
    f.name = model.name(kind.equals("trigger") ? "trg_fn" : "fn");
    f.kind = kind;
    f.constant = random.nextInt(100);
    f.returnType = chance(70) ? "integer" : "bigint";
    if (chance(25)) {
      f.comment = "function " + f.name;
    }
    model.functions.add(f);
    return f;
  }

  private void addCounterFunction() {
    List<GTable> plain = model.tables.stream().filter(t -> t.partitionColumn == null).toList();
    if (plain.isEmpty()) {
      return;
    }
    GFunction f = addFunction("counter");
    f.table = pick(plain).qualified();
  }

  private String columnType() {
    int r = random.nextInt(100);
    if (r < 8 && !model.enums.isEmpty()) {
      return pick(model.enums).qualified() + (chance(20) ? "[]" : "");
    }
    if (r < 11 && !model.domains.isEmpty()) {
      return pick(model.domains).qualified();
    }
    if (r < 13 && !model.composites.isEmpty()) {
      return pick(model.composites).qualified();
    }
    return pick(SCALAR_TYPES);
  }

  private String freshColumnName(GTable t) {
    for (int i = 0; i < 5; i++) {
      String n = pick(COLUMN_NAMES);
      if (t.column(n) == null) {
        return n;
      }
    }
    return model.name("c");
  }

  private GColumn newColumn(GTable t) {
    GColumn c = new GColumn();
    c.name = freshColumnName(t);
    c.type = columnType();
    c.notNull = chance(30);
    if (chance(35)) {
      c.defaultKind = chance(50) ? "a" : "b";
    }
    if (GenRenderer.category(c.type).equals("text") && chance(15)) {
      c.collateC = true;
    }
    if (chance(15)) {
      c.comment = "column " + c.name;
    }
    return c;
  }

  private GTable addTable() {
    GTable t = new GTable();
    t.schema = schema();
    t.name = model.name(chance(20) ? "Item" : "t");
    GColumn id = new GColumn();
    id.name = "id";
    int idKind = random.nextInt(4);
    id.type = idKind == 0 ? "integer" : idKind == 3 ? "uuid" : "bigint";
    id.notNull = true;
    if (idKind == 1) {
      id.identity = chance(50) ? "ALWAYS" : "BY DEFAULT";
    } else if (idKind == 2) {
      id.serial = true;
    } else if (idKind == 3) {
      id.defaultKind = "a";
    }
    t.columns.add(id);
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      t.columns.add(newColumn(t));
    }
    if (chance(25)) {
      GColumn src = null;
      for (GColumn c : t.columns) {
        String cat = GenRenderer.category(c.type);
        if ((cat.equals("int") || cat.equals("num")) && c.generatedFrom == null) {
          src = c;
        }
      }
      if (src != null) {
        GColumn g = new GColumn();
        g.name = model.name("calc");
        g.type = "numeric";
        g.generatedFrom = src.name;
        g.generatedFactor = 2 + random.nextInt(5);
        t.columns.add(g);
      }
    }
    if (chance(85)) {
      t.pkName = model.name("pk");
      t.pk.add("id");
    }
    if (chance(40)) {
      addUnique(t);
    }
    if (chance(40)) {
      addCheck(t);
    }
    int idx = random.nextInt(3);
    for (int i = 0; i < idx; i++) {
      addIndex(t);
    }
    if (chance(20)) {
      addTrigger(t);
    }
    if (chance(15)) {
      t.rls = true;
      addPolicy(t);
    }
    t.unlogged = chance(8);
    if (chance(25)) {
      t.comment = "table " + t.name + " it's";
    }
    model.tables.add(t);
    return t;
  }

  private void addPartitionedTable() {
    GTable t = new GTable();
    t.schema = schema();
    t.name = model.name("events");
    GColumn id = new GColumn();
    id.name = "id";
    id.type = "bigint";
    id.notNull = true;
    GColumn day = new GColumn();
    day.name = "day";
    day.type = "date";
    day.notNull = true;
    t.columns.add(id);
    t.columns.add(day);
    t.columns.add(newColumn(t));
    t.partitionColumn = "day";
    t.pkName = model.name("pk");
    t.pk.add("id");
    t.pk.add("day");
    t.partitions.add("2024");
    if (chance(60)) {
      t.partitions.add("2025");
    }
    if (chance(50)) {
      GIndex i = new GIndex();
      i.name = model.name("ix");
      i.kind = "plain";
      i.columns.add(t.columns.get(2).name);
      t.indexes.add(i);
    }
    model.tables.add(t);
  }

  private void addUnique(GTable t) {
    GUnique u = new GUnique();
    u.name = model.name("uq");
    GColumn c = pick(t.columns);
    u.columns.add(c.name);
    if (chance(30)) {
      GColumn d = pick(t.columns);
      if (!u.columns.contains(d.name)) {
        u.columns.add(d.name);
      }
    }
    u.nullsNotDistinct = chance(20);
    t.uniques.add(u);
  }

  private void addCheck(GTable t) {
    GCheck c = new GCheck();
    c.name = model.name("ck");
    c.column = pick(t.columns).name;
    c.variant = random.nextInt(2);
    c.notValid = chance(15);
    t.checks.add(c);
  }

  private void addIndex(GTable t) {
    GIndex i = new GIndex();
    i.name = model.name("ix");
    i.kind =
        pick(
            List.of(
                "plain", "plain", "unique", "partial", "lower", "desc", "include", "gin", "hash",
                "trgm"));
    i.columns.add(pick(t.columns).name);
    if (i.kind.equals("include") || (i.kind.equals("plain") && chance(40))) {
      GColumn d = pick(t.columns);
      if (!i.columns.contains(d.name)) {
        i.columns.add(d.name);
      }
    }
    if (chance(15)) {
      i.comment = "index " + i.name;
    }
    t.indexes.add(i);
  }

  private void addTrigger(GTable t) {
    List<GFunction> fns = model.functions.stream().filter(f -> f.kind.equals("trigger")).toList();
    if (fns.isEmpty()) {
      return;
    }
    GTrigger tr = new GTrigger();
    tr.name = model.name("tg");
    tr.function = pick(fns).qualified();
    int k = random.nextInt(3);
    tr.timing = k == 0 ? "BEFORE INSERT" : k == 1 ? "BEFORE INSERT OR UPDATE" : "BEFORE UPDATE";
    if (k == 2 && chance(50)) {
      tr.column = pick(t.columns).name;
    }
    tr.enabled = chance(20) ? 'D' : 'O';
    t.triggers.add(tr);
  }

  private void addPolicy(GTable t) {
    GPolicy p = new GPolicy();
    p.name = model.name("pol");
    p.command = pick(List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"));
    p.permissive = chance(70);
    p.column = pick(t.columns).name;
    p.withCheck = chance(50);
    t.policies.add(p);
  }

  private void addForeignKey() {
    List<GTable> plain = model.tables.stream().filter(t -> t.partitionColumn == null).toList();
    if (plain.size() < 1) {
      return;
    }
    GTable from = pick(plain);
    GTable to = pick(plain);
    if (to.pk.isEmpty()) {
      return;
    }
    GColumn target = to.column(to.pk.get(0));
    if (target == null) {
      return;
    }
    GColumn c = new GColumn();
    c.name = model.name("ref_" + to.name.toLowerCase() + "_");
    c.type = target.type;
    c.notNull = chance(40);
    from.columns.add(c);
    GFk fk = new GFk();
    fk.name = model.name("fk");
    fk.columns.add(c.name);
    fk.refSchema = to.schema;
    fk.refTable = to.name;
    fk.refColumns.addAll(to.pk);
    if (to.pk.size() != 1) {
      return;
    }
    fk.onDelete =
        pick(List.of("CASCADE", "SET NULL", "RESTRICT", "NO ACTION", "NONE")).replace("NONE", "");
    if (fk.onDelete.isEmpty()) {
      fk.onDelete = null;
    }
    fk.deferrable = chance(15);
    fk.notValid = chance(10);
    from.fks.add(fk);
    if (chance(40)) {
      GIndex i = new GIndex();
      i.name = model.name("ix");
      i.kind = "plain";
      i.columns.add(c.name);
      from.indexes.add(i);
    }
  }

  private void addView() {
    List<String> sources = new ArrayList<>();
    model.tables.forEach(t -> sources.add(t.qualified()));
    model.views.stream().filter(v -> !v.materialized).forEach(v -> sources.add(v.qualified()));
    if (sources.isEmpty()) {
      return;
    }
    GView v = new GView();
    v.schema = schema();
    v.name = model.name("v");
    v.source = pick(sources);
    List<String> available = columnsOf(v.source);
    if (available.isEmpty()) {
      return;
    }
    int n = 1 + random.nextInt(Math.min(3, available.size()));
    for (int i = 0; i < n; i++) {
      String c = pick(available);
      if (!v.columns.contains(c)) {
        v.columns.add(c);
      }
    }
    if (chance(40)) {
      v.filterColumn = pick(available);
    }
    v.materialized = chance(25);
    if (v.materialized && chance(60)) {
      v.indexName = model.name("mvix");
    }
    if (chance(20)) {
      v.comment = "view " + v.name;
    }
    model.views.add(v);
  }

  private List<String> columnsOf(String qualified) {
    for (GTable t : model.tables) {
      if (t.qualified().equals(qualified)) {
        return t.columns.stream().map(c -> c.name).toList();
      }
    }
    for (GView v : model.views) {
      if (v.qualified().equals(qualified)) {
        return v.columns;
      }
    }
    return List.of();
  }

  // ------------------------------------------------------------------------------ mutate

  /** Applies one mutation that changes something (some draws do not apply to the model). */
  private static final int KINDS = 40;

  private void mutate(int preferred) {
    int before = applied.size();
    for (int attempt = 0; attempt < 30 && applied.size() == before; attempt++) {
      mutateOnce(attempt < 5 && preferred >= 0 ? preferred : random.nextInt(KINDS));
    }
  }

  private void mutateOnce(int kind) {
    List<GTable> tables = model.tables;
    if (tables.isEmpty()) {
      addTable();
      applied.add("add table");
      return;
    }
    GTable t = pick(tables);
    boolean plain = t.partitionColumn == null;
    switch (kind) {
      case 0 -> {
        addTable();
        applied.add("add table");
      }
      case 1 -> {
        model.tables.remove(t);
        applied.add("drop table " + t.qualified());
      }
      case 2 -> renameTable(t);
      case 3, 4 -> {
        t.columns.add(newColumn(t));
        applied.add("add column to " + t.qualified());
      }
      case 5 -> {
        GColumn c = pick(t.columns);
        if (!c.name.equals("id") && !c.name.equals(t.partitionColumn)) {
          t.columns.remove(c);
          applied.add("drop column " + t.qualified() + "." + c.name);
        }
      }
      case 6 -> renameColumn(t);
      case 7, 8 -> changeType(t);
      case 9 -> {
        GColumn c = pick(t.columns);
        if (c.identity == null && !c.serial && !t.pk.contains(c.name)) {
          c.notNull = !c.notNull;
          applied.add("toggle not null " + t.qualified() + "." + c.name);
        }
      }
      case 10 -> {
        GColumn c = pick(t.columns);
        if (c.identity == null && !c.serial && c.generatedFrom == null) {
          c.defaultKind = c.defaultKind == null ? "a" : "a".equals(c.defaultKind) ? "b" : null;
          applied.add("change default " + t.qualified() + "." + c.name);
        }
      }
      case 11 -> {
        GColumn c = pick(t.columns);
        if (GenRenderer.category(c.type).equals("int") && !c.serial && c.generatedFrom == null) {
          if (c.identity == null) {
            c.identity = chance(50) ? "ALWAYS" : "BY DEFAULT";
            c.notNull = true;
            c.defaultKind = null;
          } else {
            c.identity = chance(50) ? null : c.identity.equals("ALWAYS") ? "BY DEFAULT" : "ALWAYS";
          }
          applied.add("change identity " + t.qualified() + "." + c.name);
        }
      }
      case 12 -> {
        for (GColumn c : t.columns) {
          if (c.generatedFrom != null) {
            if (chance(50)) {
              c.generatedFactor++;
            } else {
              c.generatedFrom = null;
            }
            applied.add("change generated column " + t.qualified() + "." + c.name);
            break;
          }
        }
      }
      case 13 -> {
        GColumn c = pick(t.columns);
        if (GenRenderer.category(c.type).equals("text")) {
          c.collateC = !c.collateC;
          applied.add("toggle collation " + t.qualified() + "." + c.name);
        }
      }
      case 14, 15 -> {
        addIndex(t);
        applied.add("add index on " + t.qualified());
      }
      case 16 -> {
        if (!t.indexes.isEmpty()) {
          GIndex i = pick(t.indexes);
          int what = random.nextInt(3);
          if (what == 0) {
            t.indexes.remove(i);
            applied.add("drop index " + i.name);
          } else if (what == 1) {
            i.kind = i.kind.equals("plain") ? "desc" : "plain";
            applied.add("change index " + i.name);
          } else {
            i.name = model.name("ix");
            applied.add("rename index to " + i.name);
          }
        }
      }
      case 17 -> {
        if (plain && !t.uniques.isEmpty() && chance(50)) {
          GUnique u = pick(t.uniques);
          t.uniques.remove(u);
          applied.add("drop unique " + u.name);
        } else if (plain) {
          addUnique(t);
          applied.add("add unique on " + t.qualified());
        }
      }
      case 18 -> {
        if (!t.checks.isEmpty() && chance(60)) {
          GCheck c = pick(t.checks);
          int what = random.nextInt(3);
          if (what == 0) {
            t.checks.remove(c);
          } else if (what == 1) {
            c.variant = 1 - c.variant;
          } else {
            c.notValid = !c.notValid;
          }
          applied.add("change check " + c.name);
        } else {
          addCheck(t);
          applied.add("add check on " + t.qualified());
        }
      }
      case 19 -> {
        GTable any = pick(tables);
        if (!any.fks.isEmpty() && chance(60)) {
          GFk fk = pick(any.fks);
          int what = random.nextInt(3);
          if (what == 0) {
            any.fks.remove(fk);
          } else if (what == 1) {
            fk.onDelete = fk.onDelete == null ? "CASCADE" : null;
          } else {
            fk.deferrable = !fk.deferrable;
          }
          applied.add("change foreign key " + fk.name);
        } else {
          addForeignKey();
          applied.add("add foreign key");
        }
      }
      case 20 -> {
        if (plain) {
          if (t.pk.isEmpty()) {
            t.pkName = model.name("pk");
            t.pk.add("id");
            t.column("id").notNull = true;
          } else if (chance(50)) {
            t.pk.clear();
          } else {
            t.pkName = model.name("pk");
          }
          applied.add("change primary key of " + t.qualified());
        }
      }
      case 21 -> mutateEnum();
      case 22 -> mutateDomain();
      case 23 -> mutateComposite();
      case 24 -> mutateSequence();
      case 25, 26 -> mutateView();
      case 27 -> mutateFunction();
      case 28 -> {
        if (!t.triggers.isEmpty() && chance(60)) {
          GTrigger tr = pick(t.triggers);
          int what = random.nextInt(3);
          if (what == 0) {
            t.triggers.remove(tr);
          } else if (what == 1) {
            tr.enabled = tr.enabled == 'O' ? 'D' : tr.enabled == 'D' ? 'A' : 'O';
          } else {
            tr.timing =
                tr.timing.equals("BEFORE INSERT") ? "BEFORE INSERT OR UPDATE" : "BEFORE INSERT";
            tr.column = null;
          }
          applied.add("change trigger " + tr.name);
        } else {
          addTrigger(t);
          applied.add("add trigger on " + t.qualified());
        }
      }
      case 29 -> {
        if (!t.policies.isEmpty() && chance(60)) {
          GPolicy p = pick(t.policies);
          int what = random.nextInt(3);
          if (what == 0) {
            t.policies.remove(p);
          } else if (what == 1) {
            p.column = pick(t.columns).name;
          } else {
            p.command = pick(List.of("ALL", "SELECT", "UPDATE"));
            p.withCheck = !p.withCheck;
          }
          applied.add("change policy " + p.name);
        } else {
          t.rls = chance(80) || !t.rls;
          addPolicy(t);
          applied.add("add policy on " + t.qualified());
        }
      }
      case 30 -> {
        t.rls = !t.rls;
        applied.add("toggle row level security on " + t.qualified());
      }
      case 31 -> mutateComments(t);
      case 32 -> {
        if (!model.schemas.contains("extra")) {
          model.schemas.add("extra");
          GTable x = addTable();
          x.schema = "extra";
          applied.add("add schema extra");
        } else {
          dropSchema("extra");
        }
      }
      case 33 -> {
        if (model.schemas.size() > 1) {
          dropSchema(model.schemas.get(1));
        }
      }
      case 34 -> {
        if (plain
            && t.fks.isEmpty()
            && model.tables.stream()
                .noneMatch(o -> o.fks.stream().anyMatch(f -> f.refTable.equals(t.name)))) {
          t.unlogged = !t.unlogged;
          applied.add("toggle unlogged " + t.qualified());
        }
      }
      case 35 -> {
        model.trigram = !model.trigram;
        applied.add("toggle pg_trgm");
      }
      case 36 -> {
        GTable p =
            model.tables.stream().filter(x -> x.partitionColumn != null).findFirst().orElse(null);
        if (p == null) {
          addPartitionedTable();
          applied.add("add partitioned table");
        } else if (p.partitions.size() > 1 && chance(50)) {
          p.partitions.remove(p.partitions.size() - 1);
          applied.add("drop partition of " + p.qualified());
        } else {
          p.partitions.add(String.valueOf(2026 + p.partitions.size()));
          if (chance(50)) {
            p.columns.add(newColumn(p));
          }
          applied.add("add partition to " + p.qualified());
        }
      }
      case 37 -> {
        if (chance(50)) {
          addEnum();
        } else {
          addDomain();
        }
        applied.add("add type");
      }
      case 38 -> {
        addFunction(pick(List.of("scalar_sql", "scalar_plpgsql", "trigger")));
        applied.add("add function");
      }
      default -> {
        addCounterFunction();
        applied.add("add counter function");
      }
    }
  }

  private void renameTable(GTable t) {
    String old = t.name;
    String neu = model.name(old.replaceAll("\\d+$", "") + "_renamed");
    t.name = neu;
    for (GTable o : model.tables) {
      for (GFk fk : o.fks) {
        if (fk.refSchema.equals(t.schema) && fk.refTable.equals(old)) {
          fk.refTable = neu;
        }
      }
    }
    String from = t.schema + "." + old;
    for (GView v : model.views) {
      if (v.source.equals(from)) {
        v.source = t.qualified();
      }
    }
    for (GFunction f : model.functions) {
      if (from.equals(f.table)) {
        f.table = t.qualified();
      }
    }
    hints.add(hintName(t.schema) + "." + hintName(old) + "=" + hintName(neu));
    reverseHints.add(hintName(t.schema) + "." + hintName(neu) + "=" + hintName(old));
    applied.add("rename table " + from + " to " + neu);
  }

  private static String hintName(String n) {
    return n.matches("[A-Za-z0-9_]+") ? n : "\"" + n.replace("\"", "\"\"") + "\"";
  }

  private void renameColumn(GTable t) {
    GColumn c = pick(t.columns);
    if (c.name.equals(t.partitionColumn) || c.serial) {
      return;
    }
    String old = c.name;
    String neu = model.name("renamed_");
    c.name = neu;
    replace(t.pk, old, neu);
    t.uniques.forEach(u -> replace(u.columns, old, neu));
    t.checks.forEach(k -> k.column = k.column.equals(old) ? neu : k.column);
    t.fks.forEach(f -> replace(f.columns, old, neu));
    t.indexes.forEach(i -> replace(i.columns, old, neu));
    t.triggers.forEach(x -> x.column = old.equals(x.column) ? neu : x.column);
    t.policies.forEach(p -> p.column = p.column.equals(old) ? neu : p.column);
    t.columns.forEach(x -> x.generatedFrom = old.equals(x.generatedFrom) ? neu : x.generatedFrom);
    for (GTable o : model.tables) {
      for (GFk fk : o.fks) {
        if (fk.refSchema.equals(t.schema) && fk.refTable.equals(t.name)) {
          replace(fk.refColumns, old, neu);
        }
      }
    }
    for (GView v : model.views) {
      if (v.source.equals(t.qualified())) {
        replace(v.columns, old, neu);
        v.filterColumn = old.equals(v.filterColumn) ? neu : v.filterColumn;
      }
    }
    String table = hintName(t.schema) + "." + hintName(t.name);
    hints.add(table + "." + hintName(old) + "=" + hintName(neu));
    reverseHints.add(table + "." + hintName(neu) + "=" + hintName(old));
    applied.add("rename column " + t.qualified() + "." + old + " to " + neu);
  }

  private static void replace(List<String> list, String old, String neu) {
    list.replaceAll(x -> x.equals(old) ? neu : x);
  }

  private void changeType(GTable t) {
    GColumn c = pick(t.columns);
    if (c.serial || c.name.equals(t.partitionColumn)) {
      return;
    }
    boolean key =
        t.pk.contains(c.name)
            || t.fks.stream().anyMatch(f -> f.columns.contains(c.name))
            || c.identity != null;
    String to =
        switch (c.type) {
          case "smallint" -> "integer";
          case "integer" -> key ? "bigint" : pick(List.of("bigint", "numeric(12,2)", "text"));
          case "bigint" -> key ? null : pick(List.of("numeric", "text"));
          case "numeric(10,2)" -> "numeric(14,2)";
          case "numeric(6,0)" -> "integer";
          case "numeric" -> "double precision";
          case "real" -> "double precision";
          case "text" -> key ? null : pick(List.of("character varying(100)", "integer", "jsonb"));
          case "character varying(40)" -> pick(List.of("character varying(80)", "text"));
          case "character(3)" -> "character varying(3)";
          case "date" -> "timestamp";
          case "timestamp" -> "timestamp with time zone";
          case "json" -> "jsonb";
          case "jsonb" -> "text";
          case "uuid" -> key ? null : "text";
          case "boolean" -> "integer";
          default -> null;
        };
    if (to == null && GenRenderer.category(c.type).equals("user") && !c.type.endsWith("[]")) {
      to = key ? null : "text";
    }
    if (to == null) {
      return;
    }
    if (to.equals("integer") && c.type.equals("text") && c.defaultKind != null) {
      c.defaultKind = "a";
    }
    if (to.equals("jsonb") && c.type.equals("text")) {
      c.defaultKind = null;
    }
    // Referencing columns follow a key's type so the foreign keys stay valid.
    for (GTable o : model.tables) {
      for (GFk fk : o.fks) {
        if (fk.refSchema.equals(t.schema)
            && fk.refTable.equals(t.name)
            && fk.refColumns.contains(c.name)) {
          GColumn r = o.column(fk.columns.get(fk.refColumns.indexOf(c.name)));
          if (r != null) {
            r.type = to;
          }
        }
      }
    }
    applied.add("change type " + t.qualified() + "." + c.name + " " + c.type + " -> " + to);
    c.type = to;
  }

  private void mutateEnum() {
    if (model.enums.isEmpty()) {
      addEnum();
      applied.add("add enum");
      return;
    }
    GEnum e = pick(model.enums);
    int what = random.nextInt(5);
    List<String> unused = new ArrayList<>(List.of(LABELS));
    unused.removeAll(e.labels);
    if (what <= 1 && !unused.isEmpty()) {
      e.labels.add(random.nextInt(e.labels.size() + 1), pick(unused));
      applied.add("add label to " + e.qualified());
    } else if (what == 2 && e.labels.size() > 1) {
      e.labels.remove(random.nextInt(e.labels.size()));
      applied.add("remove label from " + e.qualified());
    } else if (what == 3 && e.labels.size() > 1) {
      String l = e.labels.remove(0);
      e.labels.add(l);
      applied.add("reorder labels of " + e.qualified());
    } else {
      e.comment = e.comment == null ? "now commented" : null;
      applied.add("comment enum " + e.qualified());
    }
  }

  private void mutateDomain() {
    if (model.domains.isEmpty()) {
      addDomain();
      applied.add("add domain");
      return;
    }
    GDomain d = pick(model.domains);
    switch (random.nextInt(3)) {
      case 0 -> d.checkVariant = (d.checkVariant + 1) % 3;
      case 1 -> d.hasDefault = !d.hasDefault;
      default -> d.notNull = !d.notNull;
    }
    applied.add("change domain " + d.qualified());
  }

  private void mutateComposite() {
    if (model.composites.isEmpty()) {
      addComposite();
      applied.add("add composite");
      return;
    }
    GComposite c = pick(model.composites);
    switch (random.nextInt(3)) {
      case 0 -> c.attributes.add(new String[] {model.name("attr"), "date"});
      case 1 -> {
        if (c.attributes.size() > 1) {
          c.attributes.remove(c.attributes.size() - 1);
        }
      }
      default ->
          c.attributes.get(0)[1] = c.attributes.get(0)[1].equals("integer") ? "bigint" : "integer";
    }
    applied.add("change composite " + c.qualified());
  }

  private void mutateSequence() {
    if (model.sequences.isEmpty() || chance(20)) {
      addSequence();
      applied.add("add sequence");
      return;
    }
    GSequence s = pick(model.sequences);
    switch (random.nextInt(4)) {
      case 0 -> s.increment += 1;
      case 1 -> s.cache += 5;
      case 2 -> s.cycle = !s.cycle;
      default -> model.sequences.remove(s);
    }
    applied.add("change sequence " + s.name);
  }

  private void mutateView() {
    if (model.views.isEmpty() || chance(25)) {
      addView();
      applied.add("add view");
      return;
    }
    GView v = pick(model.views);
    switch (random.nextInt(4)) {
      case 0 -> {
        model.views.remove(v);
        applied.add("drop view " + v.name);
      }
      case 1 -> {
        List<String> cols = columnsOf(v.source);
        if (!cols.isEmpty()) {
          String c = pick(cols);
          if (!v.columns.contains(c)) {
            v.columns.add(c);
          }
        }
        applied.add("change view columns " + v.name);
      }
      case 2 -> {
        v.filterColumn = v.filterColumn == null ? v.columns.get(0) : null;
        applied.add("change view filter " + v.name);
      }
      default -> {
        if (model.views.stream().noneMatch(o -> o.source.equals(v.qualified()))) {
          v.materialized = !v.materialized;
          applied.add("toggle materialized " + v.name);
        }
      }
    }
  }

  private void mutateFunction() {
    if (model.functions.isEmpty()) {
      addFunction("scalar_sql");
      applied.add("add function");
      return;
    }
    GFunction f = pick(model.functions);
    switch (random.nextInt(4)) {
      case 0 -> f.constant++;
      case 1 -> {
        if (f.kind.startsWith("scalar")) {
          f.returnType = f.returnType.equals("integer") ? "bigint" : "integer";
        }
      }
      case 2 -> {
        if (f.kind.startsWith("scalar")) {
          f.argName = f.argName.equals("x") ? "y" : "x";
        }
      }
      default -> {
        boolean used =
            model.tables.stream()
                .anyMatch(t -> t.triggers.stream().anyMatch(x -> x.function.equals(f.qualified())));
        if (!used) {
          model.functions.remove(f);
        }
      }
    }
    applied.add("change function " + f.name);
  }

  private void mutateComments(GTable t) {
    switch (random.nextInt(4)) {
      case 0 -> t.comment = t.comment == null ? "new comment" : null;
      case 1 -> {
        GColumn c = pick(t.columns);
        c.comment = c.comment == null ? "about " + c.name : c.comment + "!";
      }
      case 2 -> {
        if (!t.indexes.isEmpty()) {
          GIndex i = pick(t.indexes);
          i.comment = i.comment == null ? "ix comment" : null;
        }
      }
      default -> {
        if (!model.functions.isEmpty()) {
          GFunction f = pick(model.functions);
          f.comment = f.comment == null ? "fn comment" : null;
        }
      }
    }
    applied.add("change comments on " + t.qualified());
  }

  private void dropSchema(String s) {
    if (s.equals("public")) {
      return;
    }
    model.schemas.remove(s);
    model.tables.removeIf(t -> t.schema.equals(s));
    model.views.removeIf(v -> v.schema.equals(s));
    model.enums.removeIf(e -> e.schema.equals(s));
    model.domains.removeIf(d -> d.schema.equals(s));
    model.composites.removeIf(c -> c.schema.equals(s));
    model.sequences.removeIf(q -> q.schema.equals(s));
    model.functions.removeIf(f -> f.schema.equals(s));
    for (GTable t : model.tables) {
      t.fks.removeIf(f -> f.refSchema.equals(s));
      t.triggers.removeIf(x -> x.function.startsWith(s + "."));
      t.columns.removeIf(c -> c.type.startsWith(s + "."));
    }
    applied.add("drop schema " + s);
  }
}
