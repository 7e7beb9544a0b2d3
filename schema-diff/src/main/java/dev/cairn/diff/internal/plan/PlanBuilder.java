package dev.cairn.diff.internal.plan;

import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.PlannedStatement;
import dev.cairn.diff.PlannedStatement.Stage;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaChange.AddColumn;
import dev.cairn.diff.SchemaChange.AddConstraint;
import dev.cairn.diff.SchemaChange.AddEnumValue;
import dev.cairn.diff.SchemaChange.AlterColumnDefault;
import dev.cairn.diff.SchemaChange.AlterColumnIdentity;
import dev.cairn.diff.SchemaChange.AlterColumnNullability;
import dev.cairn.diff.SchemaChange.AlterColumnType;
import dev.cairn.diff.SchemaChange.AlterCompositeType;
import dev.cairn.diff.SchemaChange.AlterDomain;
import dev.cairn.diff.SchemaChange.AlterExtension;
import dev.cairn.diff.SchemaChange.AlterPartition;
import dev.cairn.diff.SchemaChange.AlterPolicy;
import dev.cairn.diff.SchemaChange.AlterSequence;
import dev.cairn.diff.SchemaChange.CreateCompositeType;
import dev.cairn.diff.SchemaChange.CreateDomain;
import dev.cairn.diff.SchemaChange.CreateEnum;
import dev.cairn.diff.SchemaChange.CreateExtension;
import dev.cairn.diff.SchemaChange.CreateIndex;
import dev.cairn.diff.SchemaChange.CreatePolicy;
import dev.cairn.diff.SchemaChange.CreateRoutine;
import dev.cairn.diff.SchemaChange.CreateSchema;
import dev.cairn.diff.SchemaChange.CreateSequence;
import dev.cairn.diff.SchemaChange.CreateTable;
import dev.cairn.diff.SchemaChange.CreateTrigger;
import dev.cairn.diff.SchemaChange.CreateView;
import dev.cairn.diff.SchemaChange.DropColumn;
import dev.cairn.diff.SchemaChange.DropColumnExpression;
import dev.cairn.diff.SchemaChange.DropCompositeType;
import dev.cairn.diff.SchemaChange.DropConstraint;
import dev.cairn.diff.SchemaChange.DropDomain;
import dev.cairn.diff.SchemaChange.DropEnum;
import dev.cairn.diff.SchemaChange.DropExtension;
import dev.cairn.diff.SchemaChange.DropIndex;
import dev.cairn.diff.SchemaChange.DropPolicy;
import dev.cairn.diff.SchemaChange.DropRoutine;
import dev.cairn.diff.SchemaChange.DropSchema;
import dev.cairn.diff.SchemaChange.DropSequence;
import dev.cairn.diff.SchemaChange.DropTable;
import dev.cairn.diff.SchemaChange.DropTrigger;
import dev.cairn.diff.SchemaChange.DropView;
import dev.cairn.diff.SchemaChange.RecreateEnum;
import dev.cairn.diff.SchemaChange.RenameColumn;
import dev.cairn.diff.SchemaChange.RenameConstraint;
import dev.cairn.diff.SchemaChange.RenameEnumValue;
import dev.cairn.diff.SchemaChange.RenameIndex;
import dev.cairn.diff.SchemaChange.RenameSequence;
import dev.cairn.diff.SchemaChange.RenameTable;
import dev.cairn.diff.SchemaChange.ReplaceIndex;
import dev.cairn.diff.SchemaChange.ReplaceRoutine;
import dev.cairn.diff.SchemaChange.ReplaceView;
import dev.cairn.diff.SchemaChange.SetComment;
import dev.cairn.diff.SchemaChange.SetRowSecurity;
import dev.cairn.diff.SchemaChange.SetTableLogging;
import dev.cairn.diff.SchemaChange.SetTriggerEnabled;
import dev.cairn.diff.SchemaChange.ValidateConstraint;
import dev.cairn.diff.internal.diff.Definitions;
import dev.cairn.diff.internal.diff.Renamer;
import dev.cairn.diff.internal.diff.SqlText;
import dev.cairn.diff.internal.diff.TypeRefs;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.Identifiers;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Sequence;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns changes into ordered statements; see {@link dev.cairn.diff.Planner}. */
public final class PlanBuilder implements SchemaChange.Visitor<Void> {
  private static final int MAX_IDENTIFIER_BYTES = 63;
  private static final Pattern SIMPLE_UNIQUE =
      Pattern.compile(
          "(UNIQUE|PRIMARY KEY)( NULLS NOT DISTINCT)? \\(([^()]*)\\)( INCLUDE \\(([^()]*)\\))?"
              + "( DEFERRABLE( INITIALLY DEFERRED)?)?");

  private final Database originalFrom;
  private final Database to;
  private final PlanOptions options;
  private Database from;
  private final List<Step> steps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private SchemaChange change;

  // Context from the whole change list.
  private final Set<QualifiedName> droppedTables = new HashSet<>();
  private final Set<String> droppedColumns = new HashSet<>();
  private final Set<QualifiedName> reshapedTables = new HashSet<>();
  private final Set<String> identityChanges = new HashSet<>();

  /** Generated columns re-created only for a new expression: SET EXPRESSION from PG 17 on. */
  private final Map<String, Column> newExpressions = new HashMap<>();

  /**
   * Creates a builder.
   *
   * @param from the current model (before renames)
   * @param to the desired model
   * @param options the options
   */
  public PlanBuilder(Database from, Database to, PlanOptions options) {
    this.originalFrom = from;
    this.to = to;
    this.options = options;
  }

  /**
   * Plans the changes.
   *
   * @param changes the changes
   * @return the plan
   */
  public Plan build(List<SchemaChange> changes) {
    from = Renamer.apply(originalFrom, changes);
    for (SchemaChange c : changes) {
      if (c instanceof DropTable d) {
        droppedTables.add(d.table().name());
      } else if (c instanceof DropColumn d) {
        droppedColumns.add(d.table() + "|" + d.column().name());
        reshapedTables.add(d.table());
      } else if (c instanceof AlterColumnType t) {
        reshapedTables.add(t.table());
      } else if (c instanceof RecreateEnum r) {
        r.usages().forEach(u -> reshapedTables.add(u.table()));
      } else if (c instanceof AlterColumnIdentity i) {
        identityChanges.add(i.table() + "|" + i.column());
      }
    }
    if (options.targetMajorVersion() >= 17) {
      // A retyped source column needs the generated column gone ("cannot alter type of a column
      // used by a generated column"), so those are still dropped and re-added.
      Set<String> retyped = new HashSet<>();
      for (SchemaChange c : changes) {
        if (c instanceof AlterColumnType t) {
          retyped.add(t.table() + "|" + t.to().name());
        } else if (c instanceof RecreateEnum r) {
          r.usages().forEach(u -> retyped.add(u.table() + "|" + u.column().name()));
        } else if (c instanceof AlterCompositeType a) {
          a.usages().forEach(u -> retyped.add(u.table() + "|" + u.column().name()));
        }
      }
      Map<String, Column> dropped = new HashMap<>();
      for (SchemaChange c : changes) {
        if (c instanceof DropColumn d && d.column().generatedExpression() != null) {
          dropped.put(d.table() + "|" + d.column().name(), d.column());
        }
      }
      for (SchemaChange c : changes) {
        if (c instanceof AddColumn a && a.column().generatedExpression() != null) {
          Column old = dropped.get(a.table() + "|" + a.column().name());
          Table before = currentTable(a.table());
          Table after = desiredTable(a.table());
          boolean sourceRetyped =
              (before != null
                      && Definitions.usedColumns(
                              before, List.of(), old == null ? "" : old.generatedExpression())
                          .stream()
                          .anyMatch(u -> retyped.contains(a.table() + "|" + u)))
                  || (after != null
                      && Definitions.usedColumns(after, List.of(), a.column().generatedExpression())
                          .stream()
                          .anyMatch(u -> retyped.contains(a.table() + "|" + u)));
          if (old != null
              && !sourceRetyped
              && old.type().equals(a.column().type())
              && Objects.equals(old.collation(), a.column().collation())
              && old.notNull() == a.column().notNull()) {
            newExpressions.put(a.table() + "|" + a.column().name(), old);
          }
        }
      }
    }
    for (SchemaChange c : changes) {
      change = c;
      c.accept(this);
    }
    // Which objects use an extension's types, operator classes or functions is not modelled, so
    // an extension is dropped after everything else the plan drops.
    for (Step s : steps) {
      if (s.change instanceof DropExtension) {
        for (Step other : steps) {
          if (other != s
              && other.phase.name().startsWith("DROP_")
              && other.phase != Phase.DROP_EXTENSION
              && other.phase != Phase.DROP_SCHEMA) {
            s.after(other);
          }
        }
      }
    }
    StepGraph graph = new StepGraph(steps);
    graph.settleStages();
    List<PlannedStatement> statements = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Step s : graph.order()) {
      statements.add(s.toStatement());
      if (s.warning != null && !warnings.contains(s.warning)) {
        warnings.add(s.warning);
      }
    }
    return new Plan(statements, warnings, notes);
  }

  // ------------------------------------------------------------------------------ helpers

  private Step step(Phase phase, String sql, String reverse, String summary) {
    Step s = new Step(steps.size(), change, phase, sql, reverse, summary);
    steps.add(s);
    return s;
  }

  private static String q(String id) {
    return Identifiers.quote(id);
  }

  private boolean existsBefore(QualifiedName table) {
    return from.table(table).isPresent() && !droppedTables.contains(table);
  }

  private Table currentTable(QualifiedName name) {
    return from.table(name).orElse(null);
  }

  private Table desiredTable(QualifiedName name) {
    return to.table(name).orElse(null);
  }

  private static String indexName(QualifiedName table, String name) {
    return QualifiedName.of(table.schema(), name).sql();
  }

  /** A name derived from another, kept within PostgreSQL's 63-byte limit. */
  static String derivedName(String base, String suffix) {
    String candidate = base + suffix;
    if (candidate.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES) {
      return candidate;
    }
    String hash = Integer.toHexString(base.hashCode() & 0x7fffffff);
    String tail = "_" + hash + suffix;
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      String next = head.toString() + base.charAt(i);
      if ((next + tail).getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
        break;
      }
      head.append(base.charAt(i));
    }
    return head + tail;
  }

  private Set<String> colKeys(QualifiedName table, Iterable<String> columns) {
    Set<String> keys = new HashSet<>();
    columns.forEach(c -> keys.add(Keys.col(table, c)));
    return keys;
  }

  private Set<String> usedColumnKeys(Table table, List<String> declared, String definition) {
    if (table == null) {
      return Set.of();
    }
    return colKeys(table.name(), Definitions.usedColumns(table, declared, definition));
  }

  private static boolean indexBacked(Constraint c) {
    return c.kind() == Constraint.Kind.PRIMARY_KEY
        || c.kind() == Constraint.Kind.UNIQUE
        || c.kind() == Constraint.Kind.EXCLUSION;
  }

  private static boolean uniqueKey(Constraint c) {
    return c.kind() == Constraint.Kind.PRIMARY_KEY || c.kind() == Constraint.Kind.UNIQUE;
  }

  private static String constraintComment(QualifiedName table, String name) {
    return q(name) + " ON " + table.sql();
  }

  // ------------------------------------------------------------------------------ schemas

  @Override
  public Void createSchema(CreateSchema c) {
    String sql =
        c.name().equals("public")
            ? "CREATE SCHEMA IF NOT EXISTS public"
            : "CREATE SCHEMA " + q(c.name());
    step(Phase.CREATE_SCHEMA, sql, "DROP SCHEMA " + q(c.name()), "create schema " + c.name())
        .creates(Keys.schema(c.name()));
    if (c.comment() != null) {
      commentStep("SCHEMA", q(c.name()), null, c.comment()).requires(Keys.schema(c.name()));
    }
    return null;
  }

  @Override
  public Void dropSchema(DropSchema c) {
    String reverse = "CREATE SCHEMA " + q(c.name());
    step(Phase.DROP_SCHEMA, "DROP SCHEMA " + q(c.name()), reverse, "drop schema " + c.name())
        .drops(Keys.schema(c.name()));
    return null;
  }

  @Override
  public Void createExtension(CreateExtension c) {
    var e = c.extension();
    step(
            Phase.CREATE_EXTENSION,
            "CREATE EXTENSION IF NOT EXISTS " + q(e.name()) + " WITH SCHEMA " + q(e.schema()),
            "DROP EXTENSION " + q(e.name()),
            "create extension " + e.name())
        .creates(Keys.ext(e.name()))
        .requires(Keys.schema(e.schema()));
    return null;
  }

  @Override
  public Void dropExtension(DropExtension c) {
    var e = c.extension();
    step(
            Phase.DROP_EXTENSION,
            "DROP EXTENSION " + q(e.name()),
            "CREATE EXTENSION IF NOT EXISTS " + q(e.name()) + " WITH SCHEMA " + q(e.schema()),
            "drop extension " + e.name())
        .drops(Keys.ext(e.name()))
        .releases(Keys.schema(e.schema()));
    return null;
  }

  @Override
  public Void alterExtension(AlterExtension c) {
    var a = c.from();
    var b = c.to();
    if (!a.schema().equals(b.schema())) {
      step(
              Phase.CREATE_EXTENSION,
              "ALTER EXTENSION " + q(b.name()) + " SET SCHEMA " + q(b.schema()),
              "ALTER EXTENSION " + q(b.name()) + " SET SCHEMA " + q(a.schema()),
              "move extension " + b.name() + " to schema " + b.schema())
          .requires(Keys.schema(b.schema()))
          .releases(Keys.schema(a.schema()));
    }
    if (a.version() != null && b.version() != null && !a.version().equals(b.version())) {
      step(
          Phase.CREATE_EXTENSION,
          "ALTER EXTENSION " + q(b.name()) + " UPDATE TO " + Identifiers.literal(b.version()),
          "ALTER EXTENSION " + q(b.name()) + " UPDATE TO " + Identifiers.literal(a.version()),
          "update extension " + b.name() + " to version " + b.version());
    }
    return null;
  }

  // ------------------------------------------------------------------------------ tables

  @Override
  public Void createTable(CreateTable c) {
    Table t = c.table();
    QualifiedName n = t.name();
    // Foreign keys, unvalidated constraints and constraints inherited from a partition's parent
    // are not declared inline.
    Table parent = t.partitionOf() == null ? null : desiredTable(t.partitionOf());
    List<Constraint> inline = new ArrayList<>();
    List<Constraint> later = new ArrayList<>();
    for (Constraint k : t.constraints()) {
      if (parent != null && parent.constraints().stream().anyMatch(p -> p.equals(k))) {
        continue;
      }
      if (k.kind() == Constraint.Kind.FOREIGN_KEY || !k.validated()) {
        later.add(k);
      } else {
        inline.add(k);
      }
    }
    Step create =
        step(
                Phase.CREATE_TABLE,
                Ddl.createTable(t, inline::contains),
                "DROP TABLE " + n.sql(),
                "create table " + n)
            .creates(Keys.rel(n), Keys.type(n), Keys.cols(n))
            .creates(colKeys(n, t.columns().stream().map(Column::name).toList()))
            .requires(Keys.schema(n.schema()));
    for (Column col : t.columns()) {
      create.requires(Keys.typeRefs(col.type()));
      create.requires(Keys.sequenceRefs(col.defaultExpression()));
    }
    if (t.partitionOf() != null) {
      create
          .requires(Keys.rel(t.partitionOf()), Keys.cols(t.partitionOf()))
          .creates(Keys.bound(t.partitionOf(), t.partitionBound()));
    }
    for (Constraint k : inline) {
      create.creates(Keys.con(n, k.name()));
      create.requires(Keys.typeMentions(k.definition()));
      if (indexBacked(k)) {
        create.creates(Keys.rel(n.schema(), k.name()));
      }
      if (uniqueKey(k)) {
        create.creates(Keys.uniq(n, k.columns()));
      }
    }
    for (Constraint k : later) {
      Step s =
          step(
                  k.kind() == Constraint.Kind.FOREIGN_KEY
                      ? Phase.ADD_FOREIGN_KEY
                      : Phase.ADD_CONSTRAINT,
                  Ddl.addConstraint(n, k, ""),
                  Ddl.dropConstraint(n, k.name()),
                  "add constraint " + k.name() + " to new table " + n)
              .after(create)
              .creates(Keys.con(n, k.name()));
      constraintRequirements(s, t, k);
    }
    if (t.comment() != null) {
      commentStep("TABLE", n.sql(), null, t.comment()).after(create);
    }
    for (Column col : t.columns()) {
      if (col.comment() != null) {
        commentStep("COLUMN", n.sql() + "." + q(col.name()), null, col.comment()).after(create);
      }
    }
    for (Constraint k : t.constraints()) {
      if (k.comment() != null && (inline.contains(k) || later.contains(k))) {
        commentStep("CONSTRAINT", constraintComment(n, k.name()), null, k.comment())
            .requires(Keys.con(n, k.name()));
      }
    }
    for (Index i : t.indexes()) {
      indexCreate(n, t, i, false, create);
    }
    for (Trigger tr : t.triggers()) {
      triggerCreate(n, tr).after(create);
    }
    if (t.rowSecurity() || t.forceRowSecurity()) {
      rowSecurity(n, false, false, t.rowSecurity(), t.forceRowSecurity()).after(create);
    }
    for (Policy p : t.policies()) {
      policyCreate(n, p).after(create);
    }
    return null;
  }

  private void constraintRequirements(Step s, Table table, Constraint k) {
    QualifiedName n = table.name();
    s.requires(Keys.rel(n)).requires(Keys.typeMentions(k.definition()));
    if (k.kind() == Constraint.Kind.FOREIGN_KEY) {
      s.requires(colKeys(n, Definitions.localColumns(k))).requires(Keys.logging(n));
      if (k.references() != null) {
        List<String> refCols = Definitions.referencedColumns(k);
        s.requires(Keys.rel(k.references()), Keys.uniq(k.references(), refCols));
        s.requires(colKeys(k.references(), refCols)).requires(Keys.logging(k.references()));
      }
    } else {
      s.requires(usedColumnKeys(table, k.columns(), k.definition()));
    }
  }

  private void constraintReleases(Step s, Table table, Constraint k) {
    QualifiedName n = table == null ? null : table.name();
    if (n == null) {
      return;
    }
    s.releases(Keys.dep(n));
    if (k.kind() == Constraint.Kind.FOREIGN_KEY) {
      s.releases(colKeys(n, Definitions.localColumns(k))).releases(Keys.fkLink(n));
      if (k.references() != null) {
        s.releases(Keys.fkLink(k.references()));
        List<String> refCols = Definitions.referencedColumns(k);
        s.releases(Keys.rel(k.references()), Keys.uniq(k.references(), refCols));
        s.releases(colKeys(k.references(), refCols));
      }
    } else {
      s.releases(usedColumnKeys(table, k.columns(), k.definition()));
      if (k.kind() == Constraint.Kind.PRIMARY_KEY) {
        k.columns().forEach(c -> s.releases(Keys.nn(n, c)));
      }
    }
  }

  @Override
  public Void dropTable(DropTable c) {
    Table t = c.table();
    QualifiedName n = t.name();
    List<Step> fkDrops = new ArrayList<>();
    for (Constraint fk : t.foreignKeys()) {
      // Foreign keys between tables dropped together would make the drops wait on each other; a
      // foreign key into a table whose columns are retyped or dropped must be gone before that
      // ("foreign key constraint … cannot be implemented"), long before the table drops come.
      if (fk.references() != null
          && !fk.references().equals(n)
          && (droppedTables.contains(fk.references())
              || reshapedTables.contains(fk.references()))) {
        Step s =
            step(
                Phase.DROP_FOREIGN_KEY,
                Ddl.dropConstraint(n, fk.name()),
                Ddl.addConstraint(n, fk, ""),
                "drop foreign key " + fk.name() + " of dropped table " + n);
        constraintReleases(s, t, fk);
        s.drops(Keys.con(n, fk.name()));
        fkDrops.add(s);
      }
    }
    Step drop =
        step(Phase.DROP_TABLE, "DROP TABLE " + n.sql(), recreateTableSql(t), "drop table " + n)
            .drops(Keys.rel(n), Keys.type(n), Keys.dep(n))
            .drops(colKeys(n, t.columns().stream().map(Column::name).toList()))
            .releases(Keys.schema(n.schema()));
    fkDrops.forEach(drop::after);
    for (Column col : t.columns()) {
      drop.releases(Keys.typeRefs(col.type()));
      drop.releases(Keys.sequenceRefs(col.defaultExpression()));
      drop.drops(Keys.nn(n, col.name()));
    }
    for (Constraint k : t.constraints()) {
      drop.drops(Keys.con(n, k.name()));
      if (indexBacked(k)) {
        drop.drops(Keys.rel(n.schema(), k.name()));
      }
      if (uniqueKey(k)) {
        drop.drops(Keys.uniq(n, k.columns()));
      }
      if (k.kind() == Constraint.Kind.FOREIGN_KEY
          && k.references() != null
          && !droppedTables.contains(k.references())) {
        drop.releases(
            Keys.rel(k.references()),
            Keys.uniq(k.references(), Definitions.referencedColumns(k)),
            Keys.fkLink(k.references()));
      }
    }
    for (Index i : t.indexes()) {
      drop.drops(Keys.rel(n.schema(), i.name()));
      if (i.unique()) {
        drop.drops(Keys.uniq(n, i.columns()));
      }
    }
    for (Trigger tr : t.triggers()) {
      drop.drops(Keys.trg(n, tr.name())).releases(Keys.fn(tr.function()));
    }
    for (Policy p : t.policies()) {
      drop.drops(Keys.pol(n, p.name()));
    }
    if (t.partitionOf() != null) {
      drop.releases(Keys.rel(t.partitionOf()))
          .drops(Keys.bound(t.partitionOf(), t.partitionBound()));
    }
    return null;
  }

  private String recreateTableSql(Table t) {
    List<String> sql = new ArrayList<>();
    sql.add(Ddl.createTable(t, k -> k.kind() != Constraint.Kind.FOREIGN_KEY && k.validated()));
    for (Constraint k : t.constraints()) {
      if (k.kind() == Constraint.Kind.FOREIGN_KEY || !k.validated()) {
        sql.add(Ddl.addConstraint(t.name(), k, ""));
      }
    }
    t.indexes().forEach(i -> sql.add(i.definition()));
    t.triggers().forEach(tr -> sql.add(tr.definition()));
    t.policies().forEach(p -> sql.add(Ddl.createPolicy(t.name(), p)));
    return String.join(";\n", sql);
  }

  @Override
  public Void renameTable(RenameTable c) {
    QualifiedName target = QualifiedName.of(c.from().schema(), c.newName());
    step(
            Phase.RENAME,
            "ALTER TABLE " + c.from().sql() + " RENAME TO " + q(c.newName()),
            "ALTER TABLE " + target.sql() + " RENAME TO " + q(c.from().name()),
            "rename table " + c.from() + " to " + c.newName())
        .drops(Keys.rel(c.from()), Keys.type(c.from()))
        .creates(Keys.rel(target), Keys.type(target));
    notes.add("Renamed table " + c.from() + " to " + target + " (rename hint).");
    return null;
  }

  @Override
  public Void setTableLogging(SetTableLogging c) {
    step(
            Phase.ALTER_TABLE,
            "ALTER TABLE " + c.table().sql() + (c.unlogged() ? " SET UNLOGGED" : " SET LOGGED"),
            "ALTER TABLE " + c.table().sql() + (c.unlogged() ? " SET LOGGED" : " SET UNLOGGED"),
            "make table " + c.table() + (c.unlogged() ? " unlogged" : " logged"))
        .requires(Keys.rel(c.table()))
        .drops(Keys.fkLink(c.table()))
        .creates(Keys.logging(c.table()));
    return null;
  }

  @Override
  public Void setRowSecurity(SetRowSecurity c) {
    rowSecurity(c.table(), c.fromEnabled(), c.fromForced(), c.enabled(), c.forced());
    return null;
  }

  private Step rowSecurity(
      QualifiedName table, boolean fromEnabled, boolean fromForced, boolean on, boolean force) {
    List<String> actions = new ArrayList<>();
    List<String> reverse = new ArrayList<>();
    if (fromEnabled != on) {
      actions.add(on ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
      reverse.add(on ? "DISABLE ROW LEVEL SECURITY" : "ENABLE ROW LEVEL SECURITY");
    }
    if (fromForced != force) {
      actions.add(force ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
      reverse.add(force ? "NO FORCE ROW LEVEL SECURITY" : "FORCE ROW LEVEL SECURITY");
    }
    return step(
            Phase.ROW_SECURITY,
            "ALTER TABLE " + table.sql() + " " + String.join(", ", actions),
            "ALTER TABLE " + table.sql() + " " + String.join(", ", reverse),
            "row level security on "
                + table
                + ": "
                + String.join(", ", actions).toLowerCase(Locale.ROOT))
        .requires(Keys.rel(table));
  }

  @Override
  public Void alterPartition(AlterPartition c) {
    Step detach = null;
    if (c.fromParent() != null) {
      detach =
          step(
                  Phase.ALTER_TABLE,
                  "ALTER TABLE " + c.fromParent().sql() + " DETACH PARTITION " + c.table().sql(),
                  "ALTER TABLE "
                      + c.fromParent().sql()
                      + " ATTACH PARTITION "
                      + c.table().sql()
                      + " "
                      + c.fromBound(),
                  "detach partition " + c.table() + " from " + c.fromParent())
              .releases(Keys.rel(c.fromParent()));
    }
    if (c.toParent() != null) {
      Step attach =
          step(
                  Phase.ALTER_TABLE,
                  "ALTER TABLE "
                      + c.toParent().sql()
                      + " ATTACH PARTITION "
                      + c.table().sql()
                      + " "
                      + c.toBound(),
                  "ALTER TABLE " + c.toParent().sql() + " DETACH PARTITION " + c.table().sql(),
                  "attach partition " + c.table() + " to " + c.toParent())
              .requires(Keys.rel(c.toParent()), Keys.cols(c.toParent()), Keys.cols(c.table()));
      if (detach != null) {
        attach.after(detach);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ columns

  @Override
  public Void addColumn(AddColumn c) {
    Column col = c.column();
    QualifiedName n = c.table();
    Column old = newExpressions.get(n + "|" + col.name());
    if (old != null) {
      Step s =
          step(
                  Phase.ALTER_COLUMN_TYPE,
                  Ddl.alterColumn(
                      n, col.name(), "SET EXPRESSION AS (" + col.generatedExpression() + ")"),
                  Ddl.alterColumn(
                      n, col.name(), "SET EXPRESSION AS (" + old.generatedExpression() + ")"),
                  "set new expression of generated column " + n + "." + col.name())
              .requires(Keys.rel(n))
              .drops(Keys.col(n, col.name()), Keys.dep(n))
              .creates(Keys.col(n, col.name()), Keys.cols(n))
              .releases(generatedUses(n, old));
      Table t = desiredTable(n);
      if (t != null) {
        for (String used : Definitions.usedColumns(t, List.of(), col.generatedExpression())) {
          if (!used.equals(col.name())) {
            s.requires(Keys.col(n, used), Keys.typed(n, used));
          }
        }
      }
      if (!Objects.equals(old.comment(), col.comment())) {
        commentStep("COLUMN", n.sql() + "." + q(col.name()), old.comment(), col.comment()).after(s);
      }
      return null;
    }
    Step s =
        step(
                Phase.ADD_COLUMN,
                "ALTER TABLE " + n.sql() + " ADD COLUMN " + Ddl.column(col),
                "ALTER TABLE " + n.sql() + " DROP COLUMN " + q(col.name()),
                "add column " + n + "." + col.name())
            .requires(Keys.rel(n))
            .requires(Keys.typeRefs(col.type()))
            .requires(Keys.sequenceRefs(col.defaultExpression()))
            .creates(Keys.col(n, col.name()), Keys.cols(n));
    if (col.generatedExpression() != null) {
      Table t = desiredTable(n);
      if (t != null) {
        for (String used : Definitions.usedColumns(t, List.of(), col.generatedExpression())) {
          s.requires(Keys.col(n, used), Keys.typed(n, used));
        }
      }
    }
    if (col.notNull()
        && col.defaultExpression() == null
        && col.identity() == null
        && col.generatedExpression() == null) {
      s.warn(
          "Column "
              + n
              + "."
              + col.name()
              + " is added NOT NULL without a default: this fails if "
              + n
              + " has rows. Give it a default, or add it nullable, back-fill it and set NOT NULL"
              + " in a later migration.");
    }
    if (col.comment() != null) {
      commentStep("COLUMN", n.sql() + "." + q(col.name()), null, col.comment()).after(s);
    }
    return null;
  }

  @Override
  public Void dropColumn(DropColumn c) {
    Column col = c.column();
    QualifiedName n = c.table();
    if (newExpressions.containsKey(n + "|" + col.name())) {
      return null; // planned with its AddColumn as SET EXPRESSION
    }
    step(
            Phase.DROP_COLUMN,
            "ALTER TABLE " + n.sql() + " DROP COLUMN " + q(col.name()),
            "ALTER TABLE " + n.sql() + " ADD COLUMN " + Ddl.column(col),
            "drop column " + n + "." + col.name())
        .drops(Keys.col(n, col.name()), Keys.dep(n), Keys.nn(n, col.name()))
        .releases(Keys.typeRefs(col.type()))
        .releases(Keys.sequenceRefs(col.defaultExpression()))
        .releases(generatedUses(n, col))
        .requires(Keys.rel(n));
    return null;
  }

  /** "cannot alter type of a column used by a generated column": those go first. */
  private Set<String> generatedUses(QualifiedName n, Column col) {
    Set<String> keys = new HashSet<>();
    Table t = currentTable(n);
    if (col.generatedExpression() != null && t != null) {
      for (String used : Definitions.usedColumns(t, List.of(), col.generatedExpression())) {
        if (!used.equals(col.name())) {
          keys.add(Keys.usedBy(n, used));
          keys.add(Keys.col(n, used));
        }
      }
    }
    return keys;
  }

  @Override
  public Void renameColumn(RenameColumn c) {
    QualifiedName n = c.table();
    step(
            Phase.RENAME,
            "ALTER TABLE " + n.sql() + " RENAME COLUMN " + q(c.from()) + " TO " + q(c.to()),
            "ALTER TABLE " + n.sql() + " RENAME COLUMN " + q(c.to()) + " TO " + q(c.from()),
            "rename column " + n + "." + c.from() + " to " + c.to())
        .requires(Keys.rel(n))
        .drops(Keys.col(n, c.from()))
        .creates(Keys.col(n, c.to()), Keys.cols(n));
    notes.add("Renamed column " + n + "." + c.from() + " to " + c.to() + " (rename hint).");
    return null;
  }

  @Override
  public Void alterColumnType(AlterColumnType c) {
    QualifiedName n = c.table();
    Column a = c.from();
    Column b = c.to();
    Step dropDefault = null;
    if (a.defaultExpression() != null) {
      dropDefault =
          step(
                  Phase.ALTER_COLUMN_TYPE,
                  Ddl.alterColumn(n, a.name(), "DROP DEFAULT"),
                  Ddl.alterColumn(n, a.name(), "SET DEFAULT " + a.defaultExpression()),
                  "drop default of " + n + "." + a.name() + " before its type changes")
              .requires(Keys.rel(n))
              .releases(Keys.sequenceRefs(a.defaultExpression()));
    }
    String using = usingClause(a, b);
    Step type =
        step(
                Phase.ALTER_COLUMN_TYPE,
                Ddl.alterColumn(n, b.name(), "TYPE " + typeAndCollation(b) + using),
                Ddl.alterColumn(n, a.name(), "TYPE " + typeAndCollation(a) + usingClause(b, a)),
                "change type of " + n + "." + b.name() + " to " + b.type())
            .requires(Keys.rel(n), Keys.col(n, b.name()))
            .requires(Keys.typeRefs(b.type()))
            .releases(Keys.typeRefs(a.type()))
            .drops(Keys.dep(n), Keys.usedBy(n, b.name()))
            .creates(Keys.cols(n), Keys.typed(n, b.name()));
    if (!using.isEmpty()) {
      type.warn(
          "The type of "
              + n
              + "."
              + b.name()
              + " changes from "
              + a.type()
              + " to "
              + b.type()
              + " with an explicit conversion ("
              + using.strip()
              + "): check that every existing value converts.");
    }
    if (dropDefault != null) {
      type.after(dropDefault);
    }
    if (b.defaultExpression() != null) {
      step(
              Phase.ALTER_COLUMN_TYPE,
              Ddl.alterColumn(n, b.name(), "SET DEFAULT " + b.defaultExpression()),
              Ddl.alterColumn(n, b.name(), "DROP DEFAULT"),
              "set default of " + n + "." + b.name())
          .after(type)
          .requires(Keys.sequenceRefs(b.defaultExpression()));
    }
    return null;
  }

  private static String typeAndCollation(Column c) {
    return c.type() + (c.collation() == null ? "" : " COLLATE " + Ddl.collation(c.collation()));
  }

  /**
   * An explicit conversion when no assignment cast is likely: PostgreSQL would otherwise refuse the
   * change. Within one family (numbers, strings, times) the assignment cast is used, which fails
   * loudly on overflow instead of silently truncating like an explicit cast to {@code varchar(n)}
   * would.
   */
  static String usingClause(Column a, Column b) {
    String fa = family(a.type());
    String fb = family(b.type());
    if (TypeRefs.arrayDepth(a.type()) == TypeRefs.arrayDepth(b.type())
        && fa != null
        && (fa.equals(fb) || fb.equals("string"))) {
      return "";
    }
    return " USING " + q(b.name()) + "::" + b.type();
  }

  private static String family(String type) {
    String t = TypeRefs.elementType(type).replaceAll("\\(.*\\)", "").strip();
    switch (t) {
      case "smallint":
      case "integer":
      case "bigint":
      case "numeric":
      case "real":
      case "double precision":
        return "number";
      case "text":
      case "character varying":
      case "character":
      case "\"char\"":
      case "name":
      case "citext":
        return "string";
      case "timestamp without time zone":
      case "timestamp with time zone":
      case "date":
        return "time";
      case "time without time zone":
      case "time with time zone":
        return "clock";
      case "bit":
      case "bit varying":
        return "bits";
      case "json":
      case "jsonb":
        return "json";
      default:
        return "other:" + t;
    }
  }

  @Override
  public Void alterColumnNullability(AlterColumnNullability c) {
    QualifiedName n = c.table();
    String col = c.column();
    if (!c.notNull()) {
      step(
              Phase.DROP_NOT_NULL,
              Ddl.alterColumn(n, col, "DROP NOT NULL"),
              Ddl.alterColumn(n, col, "SET NOT NULL"),
              "drop not null on " + n + "." + col)
          .requires(Keys.rel(n), Keys.col(n, col))
          .drops(Keys.nn(n, col));
      return null;
    }
    boolean online =
        options.onlineSafe()
            && existsBefore(n)
            && !identityChanges.contains(n + "|" + col)
            && currentTable(n).column(col).isPresent();
    if (!online) {
      step(
              Phase.SET_NOT_NULL,
              Ddl.alterColumn(n, col, "SET NOT NULL"),
              Ddl.alterColumn(n, col, "DROP NOT NULL"),
              "set not null on " + n + "." + col)
          .requires(Keys.rel(n), Keys.col(n, col))
          .creates(Keys.nn(n, col));
      return null;
    }
    // A validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its full-table scan, and
    // VALIDATE only takes a lock that lets reads and writes continue.
    String check = derivedName(col, "_not_null_cairn");
    Step add =
        step(
                Phase.SET_NOT_NULL,
                "ALTER TABLE "
                    + n.sql()
                    + " ADD CONSTRAINT "
                    + q(check)
                    + " CHECK ("
                    + q(col)
                    + " IS NOT NULL) NOT VALID",
                Ddl.dropConstraint(n, check),
                "add temporary check " + check + " (" + col + " is not null), not validated")
            .requires(Keys.rel(n), Keys.col(n, col))
            .creates(Keys.con(n, check));
    Step validate =
        step(
                Phase.SET_NOT_NULL,
                "ALTER TABLE " + n.sql() + " VALIDATE CONSTRAINT " + q(check),
                null,
                "validate " + check + " without blocking writes")
            .after(add)
            .online(true);
    Step set =
        step(
                Phase.SET_NOT_NULL,
                Ddl.alterColumn(n, col, "SET NOT NULL"),
                Ddl.alterColumn(n, col, "DROP NOT NULL"),
                "set not null on " + n + "." + col + " (no scan: the check proves it)")
            .after(validate)
            .creates(Keys.nn(n, col))
            .online(true);
    step(Phase.SET_NOT_NULL, Ddl.dropConstraint(n, check), null, "drop temporary check " + check)
        .after(set)
        .online(true);
    return null;
  }

  @Override
  public Void alterColumnDefault(AlterColumnDefault c) {
    QualifiedName n = c.table();
    String reverse =
        c.from() == null
            ? Ddl.alterColumn(n, c.column(), "DROP DEFAULT")
            : Ddl.alterColumn(n, c.column(), "SET DEFAULT " + c.from());
    if (c.to() == null) {
      step(
              Phase.DROP_DEFAULT,
              Ddl.alterColumn(n, c.column(), "DROP DEFAULT"),
              reverse,
              "drop default of " + n + "." + c.column())
          .requires(Keys.rel(n), Keys.col(n, c.column()))
          .releases(Keys.sequenceRefs(c.from()));
    } else {
      step(
              Phase.SET_DEFAULT,
              Ddl.alterColumn(n, c.column(), "SET DEFAULT " + c.to()),
              reverse,
              "set default of " + n + "." + c.column())
          .requires(Keys.rel(n), Keys.col(n, c.column()))
          .requires(Keys.sequenceRefs(c.to()))
          .releases(Keys.sequenceRefs(c.from()));
    }
    return null;
  }

  @Override
  public Void alterColumnIdentity(AlterColumnIdentity c) {
    QualifiedName n = c.table();
    String col = c.column();
    if (c.to() == null) {
      step(
              Phase.DROP_IDENTITY,
              Ddl.alterColumn(n, col, "DROP IDENTITY"),
              Ddl.alterColumn(n, col, "ADD " + identity(c.from()) + " AS IDENTITY"),
              "drop identity of " + n + "." + col)
          .requires(Keys.rel(n), Keys.col(n, col));
    } else if (c.from() == null) {
      step(
              Phase.ADD_IDENTITY,
              Ddl.alterColumn(n, col, "ADD " + identity(c.to()) + " AS IDENTITY"),
              Ddl.alterColumn(n, col, "DROP IDENTITY"),
              "make " + n + "." + col + " an identity column")
          .requires(Keys.rel(n), Keys.col(n, col), Keys.nn(n, col))
          .warn(
              "Column "
                  + n
                  + "."
                  + col
                  + " becomes an identity column; its sequence starts at 1. If the table has"
                  + " rows, move the sequence past the highest value (SELECT setval(…)) before"
                  + " inserting.");
    } else {
      step(
              Phase.ADD_IDENTITY,
              Ddl.alterColumn(n, col, "SET " + identity(c.to())),
              Ddl.alterColumn(n, col, "SET " + identity(c.from())),
              "make " + n + "." + col + " " + identity(c.to()).toLowerCase(Locale.ROOT))
          .requires(Keys.rel(n), Keys.col(n, col));
    }
    return null;
  }

  private static String identity(Column.Identity i) {
    return i == Column.Identity.ALWAYS ? "GENERATED ALWAYS" : "GENERATED BY DEFAULT";
  }

  @Override
  public Void dropColumnExpression(DropColumnExpression c) {
    step(
            Phase.DROP_EXPRESSION,
            Ddl.alterColumn(c.table(), c.column(), "DROP EXPRESSION"),
            null,
            "make " + c.table() + "." + c.column() + " a plain column")
        .requires(Keys.rel(c.table()), Keys.col(c.table(), c.column()));
    return null;
  }

  // ------------------------------------------------------------------------------ constraints

  @Override
  public Void addConstraint(AddConstraint c) {
    QualifiedName n = c.table();
    Constraint k = c.constraint();
    Table table = desiredTable(n);
    boolean online = options.onlineSafe() && existsBefore(n) && k.validated();
    String reverse = Ddl.dropConstraint(n, k.name());
    String summary = "add constraint " + k.name() + " to " + n;
    if (online && (k.kind() == Constraint.Kind.FOREIGN_KEY || k.kind() == Constraint.Kind.CHECK)) {
      Step add =
          step(
                  k.kind() == Constraint.Kind.FOREIGN_KEY
                      ? Phase.ADD_FOREIGN_KEY
                      : Phase.ADD_CONSTRAINT,
                  Ddl.addConstraint(n, k, Definitions.NOT_VALID),
                  reverse,
                  summary + ", not validated yet")
              .creates(Keys.con(n, k.name()));
      constraintRequirements(add, table, k);
      step(
              Phase.VALIDATE,
              "ALTER TABLE " + n.sql() + " VALIDATE CONSTRAINT " + q(k.name()),
              null,
              "validate " + k.name() + " on " + n + " without blocking writes")
          .after(add)
          .online(true);
      commentOfNewConstraint(n, k);
      return null;
    }
    Matcher m = SIMPLE_UNIQUE.matcher(k.definition());
    Table partitioned = currentTable(n);
    if (online
        && uniqueKey(k)
        && m.matches()
        && partitioned != null
        && partitioned.partitionKey() == null) {
      // Build the index without blocking writes, then attach it as the constraint.
      String index =
          "CREATE UNIQUE INDEX CONCURRENTLY "
              + q(k.name())
              + " ON "
              + n.sql()
              + " USING btree ("
              + m.group(3)
              + ")"
              + (m.group(4) == null ? "" : " INCLUDE (" + m.group(5) + ")")
              + (m.group(2) == null ? "" : " NULLS NOT DISTINCT");
      Step build =
          step(
                  Phase.ADD_CONSTRAINT,
                  index,
                  "DROP INDEX CONCURRENTLY " + indexName(n, k.name()),
                  "build unique index " + k.name() + " on " + n + " without blocking writes")
              .online(false)
              .creates(Keys.rel(n.schema(), k.name()));
      constraintRequirements(build, table, k);
      Step attach =
          step(
                  Phase.ADD_CONSTRAINT,
                  "ALTER TABLE "
                      + n.sql()
                      + " ADD CONSTRAINT "
                      + q(k.name())
                      + " "
                      + m.group(1)
                      + " USING INDEX "
                      + q(k.name())
                      + (m.group(6) == null ? "" : m.group(6)),
                  reverse,
                  summary + " using the new index")
              .after(build)
              .online(true)
              .creates(Keys.con(n, k.name()), Keys.uniq(n, k.columns()));
      if (k.kind() == Constraint.Kind.PRIMARY_KEY) {
        k.columns().forEach(col -> attach.creates(Keys.nn(n, col)));
      }
      commentOfNewConstraint(n, k);
      return null;
    }
    Step add =
        step(
                k.kind() == Constraint.Kind.FOREIGN_KEY
                    ? Phase.ADD_FOREIGN_KEY
                    : Phase.ADD_CONSTRAINT,
                Ddl.addConstraint(n, k, ""),
                reverse,
                summary)
            .creates(Keys.con(n, k.name()));
    constraintRequirements(add, table, k);
    if (indexBacked(k)) {
      add.creates(Keys.rel(n.schema(), k.name()));
    }
    if (uniqueKey(k)) {
      add.creates(Keys.uniq(n, k.columns()));
    }
    commentOfNewConstraint(n, k);
    return null;
  }

  private void commentOfNewConstraint(QualifiedName n, Constraint k) {
    if (k.comment() != null) {
      commentStep("CONSTRAINT", constraintComment(n, k.name()), null, k.comment())
          .requires(Keys.con(n, k.name()));
    }
  }

  @Override
  public Void dropConstraint(DropConstraint c) {
    QualifiedName n = c.table();
    Constraint k = c.constraint();
    Step s =
        step(
                k.kind() == Constraint.Kind.FOREIGN_KEY
                    ? Phase.DROP_FOREIGN_KEY
                    : Phase.DROP_CONSTRAINT,
                Ddl.dropConstraint(n, k.name()),
                Ddl.addConstraint(n, k, ""),
                "drop constraint " + k.name() + " on " + n)
            .drops(Keys.con(n, k.name()))
            .requires(Keys.rel(n));
    if (indexBacked(k)) {
      s.drops(Keys.rel(n.schema(), k.name()));
    }
    if (uniqueKey(k)) {
      s.drops(Keys.uniq(n, k.columns()));
    }
    constraintReleases(s, currentTable(n), k);
    return null;
  }

  @Override
  public Void validateConstraint(ValidateConstraint c) {
    Step s =
        step(
                Phase.VALIDATE,
                "ALTER TABLE "
                    + c.table().sql()
                    + " VALIDATE CONSTRAINT "
                    + q(c.constraint().name()),
                null,
                "validate constraint " + c.constraint().name() + " on " + c.table())
            .requires(Keys.con(c.table(), c.constraint().name()));
    if (options.onlineSafe()) {
      s.online(true);
    }
    return null;
  }

  @Override
  public Void renameConstraint(RenameConstraint c) {
    QualifiedName n = c.table();
    Step s =
        step(
                Phase.RENAME,
                "ALTER TABLE " + n.sql() + " RENAME CONSTRAINT " + q(c.from()) + " TO " + q(c.to()),
                "ALTER TABLE " + n.sql() + " RENAME CONSTRAINT " + q(c.to()) + " TO " + q(c.from()),
                "rename constraint " + c.from() + " on " + n + " to " + c.to())
            .requires(Keys.rel(n))
            .drops(Keys.con(n, c.from()))
            .creates(Keys.con(n, c.to()));
    Table t = currentTable(n);
    boolean backed =
        t != null
            && t.constraints().stream().anyMatch(k -> k.name().equals(c.from()) && indexBacked(k));
    if (backed) {
      s.drops(Keys.rel(n.schema(), c.from())).creates(Keys.rel(n.schema(), c.to()));
    }
    notes.add(
        "Renamed constraint " + c.from() + " on " + n + " to " + c.to() + " (same definition).");
    return null;
  }

  // ------------------------------------------------------------------------------ indexes

  private Table indexOwner(QualifiedName n, boolean desired) {
    return desired ? desiredTable(n) : currentTable(n);
  }

  private Step indexCreate(
      QualifiedName n, Table table, Index i, boolean existing, Step afterStep) {
    boolean concurrent =
        existing && options.onlineSafe() && (table == null || table.partitionKey() == null);
    // pg_get_indexdef prints a partitioned table's index as ON ONLY, which would build an invalid
    // index without the partitions' indexes; without ONLY the partitions get theirs too.
    String sql =
        concurrent
            ? Definitions.concurrentIndexDefinition(i, i.name())
            : i.definition().replaceFirst(" ON ONLY ", " ON ");
    Step s =
        step(
                Phase.CREATE_INDEX,
                sql,
                (concurrent ? "DROP INDEX CONCURRENTLY " : "DROP INDEX ") + indexName(n, i.name()),
                "create index " + i.name() + " on " + n + (concurrent ? " concurrently" : ""))
            .requires(Keys.rel(n))
            .creates(Keys.rel(n.schema(), i.name()));
    if (afterStep != null) {
      s.after(afterStep);
    }
    if (table != null) {
      s.requires(usedColumnKeys(table, i.columns(), i.definition()));
      if (table.partitionOf() != null) {
        // A partition's own index is attached by the parent's index, if built first.
        s.creates("partidx:" + table.partitionOf() + "|" + Definitions.indexShape(i));
      }
      if (table.partitionKey() != null) {
        s.requires("partidx:" + n + "|" + Definitions.indexShape(i));
      }
    }
    s.requires(Keys.typeMentions(i.definition()));
    if (i.unique()) {
      s.creates(Keys.uniq(n, i.columns()));
    }
    if (concurrent) {
      s.online(false);
    }
    if (i.comment() != null) {
      commentStep("INDEX", indexName(n, i.name()), null, i.comment()).after(s);
    }
    return s;
  }

  @Override
  public Void createIndex(CreateIndex c) {
    QualifiedName n = c.table();
    boolean existing = existsBefore(n) || viewExistsBefore(n);
    indexCreate(n, indexOwner(n, true), c.index(), existing, null);
    return null;
  }

  private boolean viewExistsBefore(QualifiedName n) {
    return from.schema(n.schema())
        .map(s -> s.views().stream().anyMatch(v -> v.name().equals(n)))
        .orElse(false);
  }

  private Step indexDrop(QualifiedName n, Index i, boolean allowConcurrent) {
    Table t = indexOwner(n, false);
    boolean concurrent =
        allowConcurrent
            && options.onlineSafe()
            && (existsBefore(n) || viewExistsBefore(n))
            && (t == null || (t.partitionKey() == null && t.partitionOf() == null))
            && !reshapedTables.contains(n);
    String plain = "DROP INDEX " + indexName(n, i.name());
    Step s =
        step(
                Phase.DROP_INDEX,
                concurrent ? "DROP INDEX CONCURRENTLY " + indexName(n, i.name()) : plain,
                i.definition(),
                "drop index " + i.name() + " on " + n + (concurrent ? " concurrently" : ""))
            .drops(Keys.rel(n.schema(), i.name()))
            .requires(Keys.rel(n))
            .releases(Keys.dep(n));
    if (t != null) {
      s.releases(usedColumnKeys(t, i.columns(), i.definition()));
    }
    if (i.unique()) {
      s.drops(Keys.uniq(n, i.columns()));
    }
    if (concurrent) {
      s.online(false);
      s.mainFallbackSql = plain;
    }
    return s;
  }

  @Override
  public Void dropIndex(DropIndex c) {
    indexDrop(c.table(), c.index(), true);
    return null;
  }

  @Override
  public Void replaceIndex(ReplaceIndex c) {
    QualifiedName n = c.table();
    Table t = indexOwner(n, true);
    boolean online =
        options.onlineSafe()
            && (existsBefore(n) || viewExistsBefore(n))
            && (t == null || (t.partitionKey() == null && t.partitionOf() == null))
            && !reshapedTables.contains(n);
    if (!online) {
      Step drop = indexDrop(n, c.from(), false);
      indexCreate(n, t, c.to(), false, drop);
      return null;
    }
    // Build the new definition under a temporary name, swap, rename: the table keeps an index
    // the whole time and writes are never blocked.
    String tmp = derivedName(c.to().name(), "_cairn_new");
    Step build =
        step(
                Phase.CREATE_INDEX,
                Definitions.concurrentIndexDefinition(c.to(), tmp),
                "DROP INDEX CONCURRENTLY " + indexName(n, tmp),
                "build new version of index " + c.to().name() + " on " + n + " as " + tmp)
            .online(false)
            .requires(Keys.rel(n))
            .creates(Keys.rel(n.schema(), tmp));
    if (t != null) {
      build.requires(usedColumnKeys(t, c.to().columns(), c.to().definition()));
    }
    Step drop =
        step(
                Phase.CREATE_INDEX,
                "DROP INDEX CONCURRENTLY " + indexName(n, c.from().name()),
                c.from().definition(),
                "drop old version of index " + c.from().name())
            .online(false)
            .after(build)
            .drops(Keys.rel(n.schema(), c.from().name()));
    if (c.from().unique()) {
      drop.drops(Keys.uniq(n, c.from().columns()));
    }
    Step rename =
        step(
                Phase.CREATE_INDEX,
                "ALTER INDEX " + indexName(n, tmp) + " RENAME TO " + q(c.to().name()),
                null,
                "rename " + tmp + " to " + c.to().name())
            .online(true)
            .after(drop)
            .creates(Keys.rel(n.schema(), c.to().name()));
    if (c.to().unique()) {
      rename.creates(Keys.uniq(n, c.to().columns()));
    }
    // The rebuilt index is a new object: it only has the comment it is given here.
    if (c.to().comment() != null) {
      commentStep("INDEX", indexName(n, c.to().name()), null, c.to().comment()).after(rename);
    }
    return null;
  }

  @Override
  public Void renameIndex(RenameIndex c) {
    QualifiedName n = c.table();
    step(
            Phase.RENAME,
            "ALTER INDEX " + indexName(n, c.from()) + " RENAME TO " + q(c.to()),
            "ALTER INDEX " + indexName(n, c.to()) + " RENAME TO " + q(c.from()),
            "rename index " + c.from() + " on " + n + " to " + c.to())
        .drops(Keys.rel(n.schema(), c.from()))
        .creates(Keys.rel(n.schema(), c.to()));
    notes.add("Renamed index " + c.from() + " on " + n + " to " + c.to() + " (same definition).");
    return null;
  }

  // ------------------------------------------------------------------------------ sequences

  @Override
  public Void createSequence(CreateSequence c) {
    Sequence s = c.sequence();
    Step create =
        step(
                Phase.CREATE_SEQUENCE,
                Ddl.createSequence(s),
                "DROP SEQUENCE " + s.name().sql(),
                "create sequence " + s.name())
            .creates(Keys.rel(s.name()))
            .requires(Keys.schema(s.name().schema()));
    if (s.ownedBy() != null) {
      step(
              Phase.SEQUENCE_OWNER,
              Ddl.sequenceOwner(s.name(), s.ownedBy()),
              Ddl.sequenceOwner(s.name(), null),
              "make sequence " + s.name() + " owned by " + ownerText(s.ownedBy()))
          .after(create)
          .requires(
              Keys.rel(s.ownedBy().table()), Keys.col(s.ownedBy().table(), s.ownedBy().column()));
    }
    if (s.comment() != null) {
      commentStep("SEQUENCE", s.name().sql(), null, s.comment()).after(create);
    }
    return null;
  }

  private static String ownerText(Sequence.ColumnRef r) {
    return r.table() + "." + r.column();
  }

  @Override
  public Void dropSequence(DropSequence c) {
    Sequence s = c.sequence();
    Sequence.ColumnRef owner = s.ownedBy();
    boolean ownerGoes =
        owner != null
            && (droppedTables.contains(owner.table())
                || droppedColumns.contains(owner.table() + "|" + owner.column()));
    Step drop =
        step(
                Phase.DROP_SEQUENCE,
                (ownerGoes ? "DROP SEQUENCE IF EXISTS " : "DROP SEQUENCE ") + s.name().sql(),
                Ddl.createSequence(s),
                "drop sequence "
                    + s.name()
                    + (ownerGoes ? " (normally already dropped with its owning column)" : ""))
            .drops(Keys.rel(s.name()))
            .releases(Keys.schema(s.name().schema()));
    if (ownerGoes) {
      drop.afterDropOf(Keys.col(owner.table(), owner.column()));
    }
    return null;
  }

  @Override
  public Void alterSequence(AlterSequence c) {
    Sequence a = c.from();
    Sequence b = c.to();
    List<String> parts = new ArrayList<>();
    List<String> back = new ArrayList<>();
    boolean typeChanges = !a.dataType().equals(b.dataType());
    if (typeChanges) {
      parts.add("AS " + b.dataType());
      back.add("AS " + a.dataType());
    }
    if (a.increment() != b.increment()) {
      parts.add("INCREMENT BY " + b.increment());
      back.add("INCREMENT BY " + a.increment());
    }
    if (typeChanges || a.minValue() != b.minValue()) {
      parts.add("MINVALUE " + b.minValue());
      back.add("MINVALUE " + a.minValue());
    }
    if (typeChanges || a.maxValue() != b.maxValue()) {
      parts.add("MAXVALUE " + b.maxValue());
      back.add("MAXVALUE " + a.maxValue());
    }
    if (a.start() != b.start()) {
      parts.add("START WITH " + b.start());
      back.add("START WITH " + a.start());
    }
    if (a.cache() != b.cache()) {
      parts.add("CACHE " + b.cache());
      back.add("CACHE " + a.cache());
    }
    if (a.cycle() != b.cycle()) {
      parts.add(b.cycle() ? "CYCLE" : "NO CYCLE");
      back.add(a.cycle() ? "CYCLE" : "NO CYCLE");
    }
    if (!parts.isEmpty()) {
      step(
              Phase.ALTER_SEQUENCE,
              "ALTER SEQUENCE " + b.name().sql() + " " + String.join(" ", parts),
              "ALTER SEQUENCE " + b.name().sql() + " " + String.join(" ", back),
              "alter sequence "
                  + b.name()
                  + ": "
                  + String.join(", ", parts).toLowerCase(Locale.ROOT))
          .requires(Keys.rel(b.name()));
    }
    if (!Objects.equals(a.ownedBy(), b.ownedBy())) {
      Step s =
          step(
                  Phase.SEQUENCE_OWNER,
                  Ddl.sequenceOwner(b.name(), b.ownedBy()),
                  Ddl.sequenceOwner(b.name(), a.ownedBy()),
                  b.ownedBy() == null
                      ? "make sequence " + b.name() + " owned by nothing"
                      : "make sequence " + b.name() + " owned by " + ownerText(b.ownedBy()))
              .requires(Keys.rel(b.name()));
      if (b.ownedBy() != null) {
        s.requires(
            Keys.rel(b.ownedBy().table()), Keys.col(b.ownedBy().table(), b.ownedBy().column()));
      }
    }
    return null;
  }

  @Override
  public Void renameSequence(RenameSequence c) {
    QualifiedName target = QualifiedName.of(c.from().schema(), c.newName());
    step(
            Phase.RENAME,
            "ALTER SEQUENCE " + c.from().sql() + " RENAME TO " + q(c.newName()),
            "ALTER SEQUENCE " + target.sql() + " RENAME TO " + q(c.from().name()),
            "rename sequence " + c.from() + " to " + c.newName())
        .drops(Keys.rel(c.from()))
        .creates(Keys.rel(target));
    notes.add(
        "Renamed sequence "
            + c.from()
            + " to "
            + target
            + " (it belongs to the same column on both sides).");
    return null;
  }

  // ------------------------------------------------------------------------------ types

  @Override
  public Void createEnum(CreateEnum c) {
    Step s =
        step(
                Phase.CREATE_TYPE,
                Ddl.createEnum(c.type()),
                "DROP TYPE " + c.type().name().sql(),
                "create enum " + c.type().name())
            .creates(Keys.type(c.type().name()))
            .requires(Keys.schema(c.type().name().schema()));
    if (c.type().comment() != null) {
      commentStep("TYPE", c.type().name().sql(), null, c.type().comment()).after(s);
    }
    return null;
  }

  @Override
  public Void dropEnum(DropEnum c) {
    step(
            Phase.DROP_TYPE,
            "DROP TYPE " + c.type().name().sql(),
            Ddl.createEnum(c.type()),
            "drop enum " + c.type().name())
        .drops(Keys.type(c.type().name()))
        .releases(Keys.schema(c.type().name().schema()));
    return null;
  }

  @Override
  public Void addEnumValue(AddEnumValue c) {
    String position =
        c.before() != null
            ? " BEFORE " + Identifiers.literal(c.before())
            : c.after() != null ? " AFTER " + Identifiers.literal(c.after()) : "";
    Step s =
        step(
            Phase.ENUM_VALUE,
            "ALTER TYPE "
                + c.type().sql()
                + " ADD VALUE "
                + Identifiers.literal(c.label())
                + position,
            null,
            "add value '" + c.label() + "' to enum " + c.type());
    s.creates(Keys.label(c.type(), c.label()));
    String anchor = c.before() != null ? c.before() : c.after();
    if (anchor != null) {
      s.requires(Keys.label(c.type(), anchor));
    }
    s.stage = Stage.ENUM_VALUES;
    return null;
  }

  @Override
  public Void renameEnumValue(RenameEnumValue c) {
    Step s =
        step(
            Phase.ENUM_VALUE,
            "ALTER TYPE "
                + c.type().sql()
                + " RENAME VALUE "
                + Identifiers.literal(c.from())
                + " TO "
                + Identifiers.literal(c.to()),
            "ALTER TYPE "
                + c.type().sql()
                + " RENAME VALUE "
                + Identifiers.literal(c.to())
                + " TO "
                + Identifiers.literal(c.from()),
            "rename value '" + c.from() + "' of enum " + c.type() + " to '" + c.to() + "'");
    s.stage = Stage.ENUM_VALUES;
    notes.add(
        "Renamed value '"
            + c.from()
            + "' of enum "
            + c.type()
            + " to '"
            + c.to()
            + "' (rename hint).");
    return null;
  }

  @Override
  public Void recreateEnum(RecreateEnum c) {
    QualifiedName name = c.to().name();
    String oldName = derivedName(name.name(), "_cairn_old");
    QualifiedName old = QualifiedName.of(name.schema(), oldName);
    List<String> removed =
        c.from().labels().stream().filter(l -> !c.to().labels().contains(l)).toList();
    String warning =
        "Enum "
            + name
            + " is re-created because labels are "
            + (removed.isEmpty() ? "reordered" : "removed " + removed)
            + ", which PostgreSQL cannot do in place. NEEDS A DATA MIGRATION: the columns using"
            + " it are converted through text, and any row holding a removed label makes the"
            + " conversion fail — update those rows first.";
    Step rename =
        step(
                Phase.RENAME,
                "ALTER TYPE " + name.sql() + " RENAME TO " + q(oldName),
                null,
                "rename enum " + name + " to " + oldName + " to make room for the new version")
            .drops(Keys.type(name))
            .creates(Keys.type(old))
            .warn(warning);
    Step create =
        step(Phase.CREATE_TYPE, Ddl.createEnum(c.to()), null, "create new version of enum " + name)
            .after(rename)
            .creates(Keys.type(name));
    List<Step> conversions = new ArrayList<>();
    for (SchemaChange.ColumnUsage u : c.usages()) {
      QualifiedName t = u.table();
      String col = u.column().name();
      Step last = create;
      if (u.column().defaultExpression() != null) {
        last =
            step(
                    Phase.ALTER_COLUMN_TYPE,
                    Ddl.alterColumn(t, col, "DROP DEFAULT"),
                    null,
                    "drop default of " + t + "." + col + " while its enum is re-created")
                .after(create)
                .requires(Keys.rel(t));
      }
      String textType = "text" + "[]".repeat(TypeRefs.arrayDepth(u.desired().type()));
      Step convert =
          step(
                  Phase.ALTER_COLUMN_TYPE,
                  Ddl.alterColumn(
                      t,
                      col,
                      "TYPE "
                          + u.desired().type()
                          + " USING "
                          + q(col)
                          + "::"
                          + textType
                          + "::"
                          + u.desired().type()),
                  null,
                  "convert " + t + "." + col + " to the new enum " + name)
              .after(last)
              .requires(Keys.rel(t), Keys.col(t, col))
              .drops(Keys.dep(t), Keys.usedBy(t, col))
              .creates(Keys.cols(t), Keys.typed(t, col));
      conversions.add(convert);
      if (u.desired().defaultExpression() != null) {
        conversions.add(
            step(
                    Phase.ALTER_COLUMN_TYPE,
                    Ddl.alterColumn(t, col, "SET DEFAULT " + u.desired().defaultExpression()),
                    null,
                    "restore default of " + t + "." + col)
                .after(convert));
      }
    }
    Step drop =
        step(Phase.DROP_TYPE, "DROP TYPE " + old.sql(), null, "drop old version of enum " + name)
            .after(create);
    conversions.forEach(drop::after);
    if (c.to().comment() != null) {
      commentStep("TYPE", name.sql(), null, c.to().comment()).after(create);
    }
    return null;
  }

  @Override
  public Void createDomain(CreateDomain c) {
    Domain d = c.domain();
    Step s =
        step(
                Phase.CREATE_TYPE,
                Ddl.createDomain(d),
                "DROP DOMAIN " + d.name().sql(),
                "create domain " + d.name())
            .creates(Keys.type(d.name()))
            .requires(Keys.typeRefs(d.baseType()))
            .requires(Keys.schema(d.name().schema()));
    for (Constraint k : d.checks()) {
      if (!k.validated()) {
        step(
                Phase.ALTER_TYPE,
                "ALTER DOMAIN "
                    + d.name().sql()
                    + " ADD CONSTRAINT "
                    + q(k.name())
                    + " "
                    + k.definition(),
                null,
                "add unvalidated check " + k.name() + " to domain " + d.name())
            .after(s);
      }
      if (k.comment() != null) {
        commentStep("CONSTRAINT", q(k.name()) + " ON DOMAIN " + d.name().sql(), null, k.comment())
            .after(s);
      }
    }
    if (d.comment() != null) {
      commentStep("DOMAIN", d.name().sql(), null, d.comment()).after(s);
    }
    return null;
  }

  @Override
  public Void dropDomain(DropDomain c) {
    Domain d = c.domain();
    step(
            Phase.DROP_TYPE,
            "DROP DOMAIN " + d.name().sql(),
            Ddl.createDomain(d),
            "drop domain " + d.name())
        .drops(Keys.type(d.name()))
        .releases(Keys.typeRefs(d.baseType()))
        .releases(Keys.schema(d.name().schema()));
    return null;
  }

  @Override
  public Void alterDomain(AlterDomain c) {
    Domain a = c.from();
    Domain b = c.to();
    String n = b.name().sql();
    Map<String, Constraint> before = new HashMap<>();
    a.checks().forEach(k -> before.put(k.name(), k));
    Map<String, Constraint> after = new HashMap<>();
    b.checks().forEach(k -> after.put(k.name(), k));
    List<Step> dropped = new ArrayList<>();
    for (Constraint k : a.checks()) {
      Constraint nk = after.get(k.name());
      if (nk == null || !nk.definition().equals(k.definition())) {
        if (nk != null
            && !k.validated()
            && nk.validated()
            && Definitions.validatedDefinition(k).equals(nk.definition())) {
          step(
              Phase.VALIDATE,
              "ALTER DOMAIN " + n + " VALIDATE CONSTRAINT " + q(k.name()),
              null,
              "validate check " + k.name() + " of domain " + b.name());
          continue;
        }
        dropped.add(
            step(
                Phase.ALTER_TYPE,
                "ALTER DOMAIN " + n + " DROP CONSTRAINT " + q(k.name()),
                "ALTER DOMAIN " + n + " ADD CONSTRAINT " + q(k.name()) + " " + k.definition(),
                "drop check " + k.name() + " of domain " + b.name()));
      } else if (!Objects.equals(k.comment(), nk.comment())) {
        commentStep("CONSTRAINT", q(k.name()) + " ON DOMAIN " + n, k.comment(), nk.comment());
      }
    }
    for (Constraint k : b.checks()) {
      Constraint ok = before.get(k.name());
      boolean validatedOnly =
          ok != null
              && !ok.validated()
              && k.validated()
              && Definitions.validatedDefinition(ok).equals(k.definition());
      if ((ok == null || !ok.definition().equals(k.definition())) && !validatedOnly) {
        Step add =
            step(
                Phase.ALTER_TYPE,
                "ALTER DOMAIN " + n + " ADD CONSTRAINT " + q(k.name()) + " " + k.definition(),
                "ALTER DOMAIN " + n + " DROP CONSTRAINT " + q(k.name()),
                "add check " + k.name() + " to domain " + b.name());
        dropped.forEach(add::after);
        if (k.comment() != null) {
          commentStep("CONSTRAINT", q(k.name()) + " ON DOMAIN " + n, null, k.comment()).after(add);
        }
      }
    }
    if (!Objects.equals(a.defaultExpression(), b.defaultExpression())) {
      step(
          Phase.ALTER_TYPE,
          "ALTER DOMAIN "
              + n
              + (b.defaultExpression() == null
                  ? " DROP DEFAULT"
                  : " SET DEFAULT " + b.defaultExpression()),
          "ALTER DOMAIN "
              + n
              + (a.defaultExpression() == null
                  ? " DROP DEFAULT"
                  : " SET DEFAULT " + a.defaultExpression()),
          "change default of domain " + b.name());
    }
    if (a.notNull() != b.notNull()) {
      step(
          Phase.ALTER_TYPE,
          "ALTER DOMAIN " + n + (b.notNull() ? " SET NOT NULL" : " DROP NOT NULL"),
          "ALTER DOMAIN " + n + (a.notNull() ? " SET NOT NULL" : " DROP NOT NULL"),
          (b.notNull() ? "set" : "drop") + " not null on domain " + b.name());
    }
    return null;
  }

  @Override
  public Void createCompositeType(CreateCompositeType c) {
    CompositeType t = c.type();
    Step s =
        step(
                Phase.CREATE_TYPE,
                Ddl.createComposite(t),
                "DROP TYPE " + t.name().sql(),
                "create type " + t.name())
            .creates(Keys.type(t.name()), Keys.rel(t.name()))
            .requires(Keys.schema(t.name().schema()));
    t.attributes().forEach(a -> s.requires(Keys.typeRefs(a.type())));
    if (t.comment() != null) {
      commentStep("TYPE", t.name().sql(), null, t.comment()).after(s);
    }
    return null;
  }

  @Override
  public Void dropCompositeType(DropCompositeType c) {
    CompositeType t = c.type();
    Step s =
        step(
                Phase.DROP_TYPE,
                "DROP TYPE " + t.name().sql(),
                Ddl.createComposite(t),
                "drop type " + t.name())
            .drops(Keys.type(t.name()), Keys.rel(t.name()))
            .releases(Keys.schema(t.name().schema()));
    t.attributes().forEach(a -> s.releases(Keys.typeRefs(a.type())));
    return null;
  }

  @Override
  public Void alterCompositeType(AlterCompositeType c) {
    String n = c.to().name().sql();
    // "cannot alter type because column uses it": park the using columns as text meanwhile.
    List<Step> parked = new ArrayList<>();
    for (SchemaChange.ColumnUsage u : c.usages()) {
      QualifiedName t = u.table();
      String col = u.column().name();
      String text = "text" + "[]".repeat(TypeRefs.arrayDepth(u.column().type()));
      Step last = null;
      if (u.column().defaultExpression() != null) {
        last =
            step(
                    Phase.ALTER_TYPE,
                    Ddl.alterColumn(t, col, "DROP DEFAULT"),
                    null,
                    "drop default of " + t + "." + col + " while its type changes")
                .requires(Keys.rel(t));
      }
      Step park =
          step(
                  Phase.ALTER_TYPE,
                  Ddl.alterColumn(t, col, "TYPE " + text + " USING " + q(col) + "::" + text),
                  null,
                  "convert " + t + "." + col + " to text while type " + c.to().name() + " changes")
              .requires(Keys.rel(t), Keys.col(t, col))
              .drops(Keys.dep(t), Keys.usedBy(t, col));
      if (last != null) {
        park.after(last);
      }
      parked.add(park);
    }
    List<Step> alters = new ArrayList<>();
    int firstAlter = steps.size();
    Map<String, CompositeType.Attribute> before = new HashMap<>();
    c.from().attributes().forEach(a -> before.put(a.name(), a));
    Set<String> after = new HashSet<>();
    for (CompositeType.Attribute a : c.to().attributes()) {
      after.add(a.name());
      CompositeType.Attribute old = before.get(a.name());
      if (old == null) {
        step(
                Phase.ALTER_TYPE,
                "ALTER TYPE " + n + " ADD ATTRIBUTE " + Ddl.attribute(a),
                "ALTER TYPE " + n + " DROP ATTRIBUTE " + q(a.name()),
                "add attribute " + a.name() + " to type " + c.to().name())
            .requires(Keys.typeRefs(a.type()));
      } else if (!old.equals(a)) {
        step(
                Phase.ALTER_TYPE,
                "ALTER TYPE "
                    + n
                    + " ALTER ATTRIBUTE "
                    + q(a.name())
                    + " TYPE "
                    + a.type()
                    + (a.collation() == null ? "" : " COLLATE " + Ddl.collation(a.collation())),
                "ALTER TYPE "
                    + n
                    + " ALTER ATTRIBUTE "
                    + q(old.name())
                    + " TYPE "
                    + old.type()
                    + (old.collation() == null ? "" : " COLLATE " + Ddl.collation(old.collation())),
                "change type of attribute " + a.name() + " of type " + c.to().name())
            .requires(Keys.typeRefs(a.type()))
            .releases(Keys.typeRefs(old.type()))
            // Columns that stop using the type must have done so: it is redefined here.
            .drops(Keys.type(c.to().name()))
            .creates(Keys.type(c.to().name()));
      }
    }
    for (CompositeType.Attribute a : c.from().attributes()) {
      if (!after.contains(a.name())) {
        step(
                Phase.ALTER_TYPE,
                "ALTER TYPE " + n + " DROP ATTRIBUTE " + q(a.name()),
                "ALTER TYPE " + n + " ADD ATTRIBUTE " + Ddl.attribute(a),
                "drop attribute " + a.name() + " of type " + c.to().name())
            .releases(Keys.typeRefs(a.type()));
      }
    }
    alters.addAll(steps.subList(firstAlter, steps.size()));
    alters.forEach(x -> parked.forEach(x::after));
    for (SchemaChange.ColumnUsage u : c.usages()) {
      QualifiedName t = u.table();
      String col = u.column().name();
      String type = u.desired().type();
      Step back =
          step(
                  Phase.ALTER_TYPE,
                  Ddl.alterColumn(t, col, "TYPE " + type + " USING " + q(col) + "::" + type),
                  null,
                  "convert " + t + "." + col + " back to " + type)
              .requires(Keys.rel(t), Keys.col(t, col))
              .creates(Keys.cols(t), Keys.typed(t, col));
      alters.forEach(back::after);
      parked.forEach(back::after);
      if (u.desired().defaultExpression() != null) {
        step(
                Phase.ALTER_TYPE,
                Ddl.alterColumn(t, col, "SET DEFAULT " + u.desired().defaultExpression()),
                null,
                "restore default of " + t + "." + col)
            .after(back);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------ views

  private Step viewCreate(View v) {
    Step s =
        step(
                Phase.CREATE_VIEW,
                Ddl.createView(v),
                Ddl.dropView(v),
                "create " + (v.materialized() ? "materialized view " : "view ") + v.name())
            .creates(Keys.rel(v.name()), Keys.type(v.name()), Keys.cols(v.name()))
            .requires(Keys.schema(v.name().schema()));
    for (QualifiedName d : v.dependsOn()) {
      s.requires(Keys.rel(d), Keys.cols(d));
    }
    for (Index i : v.indexes()) {
      indexCreate(v.name(), null, i, false, s);
    }
    if (v.comment() != null) {
      commentStep(
              v.materialized() ? "MATERIALIZED VIEW" : "VIEW", v.name().sql(), null, v.comment())
          .after(s);
    }
    return s;
  }

  private Step viewDrop(View v, Phase phase) {
    Step s =
        step(
                phase,
                Ddl.dropView(v),
                Ddl.createView(v),
                "drop " + (v.materialized() ? "materialized view " : "view ") + v.name())
            .drops(Keys.rel(v.name()), Keys.type(v.name()), Keys.dep(v.name()))
            .releases(Keys.schema(v.name().schema()));
    for (QualifiedName d : v.dependsOn()) {
      s.releases(Keys.rel(d), Keys.dep(d));
    }
    for (Index i : v.indexes()) {
      s.drops(Keys.rel(v.name().schema(), i.name()));
    }
    return s;
  }

  @Override
  public Void createView(CreateView c) {
    viewCreate(c.view());
    return null;
  }

  @Override
  public Void dropView(DropView c) {
    viewDrop(c.view(), Phase.DROP_VIEW);
    return null;
  }

  @Override
  public Void replaceView(ReplaceView c) {
    Step drop = viewDrop(c.from(), Phase.DROP_VIEW);
    viewCreate(c.to()).after(drop);
    return null;
  }

  // ------------------------------------------------------------------------------ routines

  private Step routineCreate(Routine r, String summary) {
    Step s =
        step(Phase.CREATE_ROUTINE, Ddl.createRoutine(r), Ddl.dropRoutine(r), summary)
            .creates(Keys.fn(r.name()))
            .requires(Keys.schema(r.name().schema()))
            .requires(Keys.typeMentions(r.identityArguments()))
            .requires(Keys.typeMentions(r.resultType()));
    requireBodyRelations(s, r);
    if (r.comment() != null) {
      commentStep(r.procedure() ? "PROCEDURE" : "FUNCTION", r.signature(), null, r.comment())
          .after(s);
    }
    return s;
  }

  /** SQL bodies are checked at creation time: the relations they read must exist by then. */
  private void requireBodyRelations(Step s, Routine r) {
    if (!isSqlBody(r)) {
      return;
    }
    String body = SqlText.unwrapDollarQuotes(r.definition());
    for (Schema sc : to.schemas()) {
      for (Table t : sc.tables()) {
        if (SqlText.mentionsObject(body, t.name())) {
          s.requires(Keys.rel(t.name()), Keys.cols(t.name()));
        }
      }
      for (View v : sc.views()) {
        if (SqlText.mentionsObject(body, v.name())) {
          s.requires(Keys.rel(v.name()), Keys.cols(v.name()));
        }
      }
    }
  }

  private static boolean isSqlBody(Routine r) {
    String d = r.definition();
    return d.contains(" LANGUAGE sql") || d.contains("BEGIN ATOMIC");
  }

  private Step routineDrop(Routine r, Phase phase) {
    return step(
            phase,
            Ddl.dropRoutine(r),
            Ddl.createRoutine(r),
            "drop " + (r.procedure() ? "procedure " : "function ") + r.signature())
        .drops(Keys.fn(r.name()))
        .releases(Keys.typeMentions(r.identityArguments()))
        .releases(Keys.typeMentions(r.resultType()))
        .releases(Keys.schema(r.name().schema()));
  }

  @Override
  public Void createRoutine(CreateRoutine c) {
    routineCreate(
        c.routine(),
        "create "
            + (c.routine().procedure() ? "procedure " : "function ")
            + c.routine().signature());
    return null;
  }

  @Override
  public Void dropRoutine(DropRoutine c) {
    routineDrop(c.routine(), Phase.DROP_ROUTINE);
    return null;
  }

  @Override
  public Void replaceRoutine(ReplaceRoutine c) {
    if (Definitions.canReplaceInPlace(c.from(), c.to())) {
      Step s =
          step(
                  Phase.CREATE_ROUTINE,
                  Ddl.createRoutine(c.to()),
                  Ddl.createRoutine(c.from()),
                  "replace body of " + c.to().signature())
              .requires(Keys.typeMentions(c.to().resultType()));
      requireBodyRelations(s, c.to());
      return null;
    }
    Step drop =
        routineDrop(c.from(), Phase.DROP_REPLACED)
            .warn(
                "Routine "
                    + c.to().signature()
                    + " is dropped and re-created because its result type or argument list"
                    + " changes; defaults, views or other routines that call it must be"
                    + " re-created too, or the DROP fails.");
    routineCreate(c.to(), "re-create " + c.to().signature()).after(drop);
    return null;
  }

  // ------------------------------------------------------------------------------ triggers

  private Step triggerCreate(QualifiedName table, Trigger t) {
    Step s =
        step(
                Phase.CREATE_TRIGGER,
                t.definition(),
                "DROP TRIGGER " + q(t.name()) + " ON " + table.sql(),
                "create trigger " + t.name() + " on " + table)
            .creates(Keys.trg(table, t.name()))
            .requires(Keys.rel(table), Keys.cols(table), Keys.fn(t.function()));
    if (t.enabled() != 'O') {
      step(
              Phase.CREATE_TRIGGER,
              Ddl.triggerState(table, t.name(), t.enabled()),
              Ddl.triggerState(table, t.name(), 'O'),
              "set trigger " + t.name() + " on " + table + " to state " + t.enabled())
          .after(s);
    }
    if (t.comment() != null) {
      commentStep("TRIGGER", q(t.name()) + " ON " + table.sql(), null, t.comment()).after(s);
    }
    return s;
  }

  @Override
  public Void createTrigger(CreateTrigger c) {
    triggerCreate(c.table(), c.trigger());
    return null;
  }

  @Override
  public Void dropTrigger(DropTrigger c) {
    step(
            Phase.DROP_TRIGGER,
            "DROP TRIGGER " + q(c.trigger().name()) + " ON " + c.table().sql(),
            c.trigger().definition(),
            "drop trigger " + c.trigger().name() + " on " + c.table())
        .drops(Keys.trg(c.table(), c.trigger().name()))
        .requires(Keys.rel(c.table()))
        .releases(Keys.fn(c.trigger().function()), Keys.dep(c.table()));
    return null;
  }

  @Override
  public Void setTriggerEnabled(SetTriggerEnabled c) {
    step(
            Phase.ALTER_TRIGGER,
            Ddl.triggerState(c.table(), c.trigger(), c.to()),
            Ddl.triggerState(c.table(), c.trigger(), c.from()),
            "set trigger " + c.trigger() + " on " + c.table() + " to state " + c.to())
        .requires(Keys.trg(c.table(), c.trigger()));
    return null;
  }

  // ------------------------------------------------------------------------------ policies

  private Step policyCreate(QualifiedName table, Policy p) {
    return step(
            Phase.CREATE_POLICY,
            Ddl.createPolicy(table, p),
            "DROP POLICY " + q(p.name()) + " ON " + table.sql(),
            "create policy " + p.name() + " on " + table)
        .creates(Keys.pol(table, p.name()))
        .requires(Keys.rel(table), Keys.cols(table));
  }

  private Step policyDrop(QualifiedName table, Policy p) {
    return step(
            Phase.DROP_POLICY,
            "DROP POLICY " + q(p.name()) + " ON " + table.sql(),
            Ddl.createPolicy(table, p),
            "drop policy " + p.name() + " on " + table)
        .drops(Keys.pol(table, p.name()))
        .requires(Keys.rel(table))
        .releases(Keys.dep(table));
  }

  @Override
  public Void createPolicy(CreatePolicy c) {
    policyCreate(c.table(), c.policy());
    return null;
  }

  @Override
  public Void dropPolicy(DropPolicy c) {
    policyDrop(c.table(), c.policy());
    return null;
  }

  @Override
  public Void alterPolicy(AlterPolicy c) {
    Policy a = c.from();
    Policy b = c.to();
    boolean inPlace =
        a.permissive() == b.permissive()
            && a.command().equals(b.command())
            && !(a.using() != null && b.using() == null)
            && !(a.withCheck() != null && b.withCheck() == null);
    if (!inPlace) {
      Step drop = policyDrop(c.table(), a);
      policyCreate(c.table(), b).after(drop);
      return null;
    }
    step(
            Phase.ALTER_POLICY,
            alterPolicySql(c.table(), b),
            alterPolicySql(c.table(), a),
            "alter policy " + b.name() + " on " + c.table())
        .requires(Keys.pol(c.table(), b.name()), Keys.cols(c.table()));
    return null;
  }

  private static String alterPolicySql(QualifiedName table, Policy p) {
    StringBuilder sb =
        new StringBuilder("ALTER POLICY ")
            .append(q(p.name()))
            .append(" ON ")
            .append(table.sql())
            .append(" TO ")
            .append(Ddl.roles(p.roles()));
    if (p.using() != null) {
      sb.append(" USING (").append(p.using()).append(')');
    }
    if (p.withCheck() != null) {
      sb.append(" WITH CHECK (").append(p.withCheck()).append(')');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------------------ comments

  private Step commentStep(String type, String object, String fromText, String toText) {
    return step(
        Phase.COMMENT,
        Ddl.comment(type, object, toText),
        Ddl.comment(type, object, fromText),
        (toText == null ? "remove comment on " : "comment on ")
            + type.toLowerCase(Locale.ROOT)
            + " "
            + object);
  }

  @Override
  public Void setComment(SetComment c) {
    commentStep(c.objectType(), c.objectSql(), c.from(), c.to());
    return null;
  }
}
