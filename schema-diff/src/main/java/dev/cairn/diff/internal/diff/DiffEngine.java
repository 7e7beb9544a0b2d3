package dev.cairn.diff.internal.diff;

import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.DiffWarning;
import dev.cairn.diff.RenameHints;
import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaChange.AddColumn;
import dev.cairn.diff.SchemaChange.AddConstraint;
import dev.cairn.diff.SchemaChange.CreateIndex;
import dev.cairn.diff.SchemaChange.CreateTable;
import dev.cairn.diff.SchemaChange.DropColumn;
import dev.cairn.diff.SchemaChange.DropConstraint;
import dev.cairn.diff.SchemaChange.DropIndex;
import dev.cairn.diff.SchemaChange.DropTable;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.CompositeType;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Domain;
import dev.cairn.diff.model.EnumType;
import dev.cairn.diff.model.Extension;
import dev.cairn.diff.model.Identifiers;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Computes the changes between two models; see {@link dev.cairn.diff.SchemaDiffer}. */
public final class DiffEngine {
  private final Database from;
  private final Database to;
  private final DiffOptions options;
  // The current model with the renames applied: what later statements of the plan see, since
  // renames run first.
  private Database renamed;
  private final List<SchemaChange> out = new ArrayList<>();
  private final List<DiffWarning> warnings = new ArrayList<>();

  /**
   * Creates an engine for one comparison.
   *
   * @param from the current model
   * @param to the desired model
   * @param options the options
   */
  public DiffEngine(Database from, Database to, DiffOptions options) {
    this.from = filter(from, options.schemas());
    this.to = filter(to, options.schemas());
    this.options = options;
  }

  /**
   * Runs the comparison.
   *
   * @return the result
   */
  public DiffResult run() {
    reportUnsupported();
    renamed = renames();
    compare(renamed, to);
    new Cascade(renamed, to, out).run();
    dropDefaultsSetByRecreatedTypes();
    suggestRenames();
    return new DiffResult(out, warnings);
  }

  /** A re-created enum's conversion sets each column's desired default itself. */
  private void dropDefaultsSetByRecreatedTypes() {
    Set<String> converted = new java.util.HashSet<>();
    for (SchemaChange c : out) {
      if (c instanceof SchemaChange.RecreateEnum r) {
        r.usages().forEach(u -> converted.add(u.table() + "|" + u.column().name()));
      }
    }
    out.removeIf(
        c ->
            c instanceof SchemaChange.AlterColumnDefault d
                && converted.contains(d.table() + "|" + d.column()));
  }

  private static Database filter(Database db, Set<String> schemas) {
    if (schemas.isEmpty()) {
      return db;
    }
    return new Database(
        db.schemas().stream().filter(s -> schemas.contains(s.name())).toList(),
        db.extensions().stream().filter(e -> schemas.contains(e.schema())).toList(),
        db.unsupported());
  }

  // ------------------------------------------------------------------------- unsupported

  private void reportUnsupported() {
    Map<String, UnsupportedObject> current = new TreeMap<>();
    Map<String, UnsupportedObject> desired = new TreeMap<>();
    from.unsupported().forEach(u -> current.put(u.kind() + " " + u.identity(), u));
    to.unsupported().forEach(u -> desired.put(u.kind() + " " + u.identity(), u));
    Set<String> keys = new TreeSet<>(current.keySet());
    keys.addAll(desired.keySet());
    for (String k : keys) {
      UnsupportedObject u = current.containsKey(k) ? current.get(k) : desired.get(k);
      String where =
          current.containsKey(k) && desired.containsKey(k)
              ? "exists in both schemas"
              : current.containsKey(k)
                  ? "exists only in the current schema (the plan will NOT drop it)"
                  : "exists only in the desired schema (the plan will NOT create it)";
      warnings.add(
          new DiffWarning(
              k,
              where
                  + " but Cairn cannot compare it: "
                  + u.reason()
                  + ". Write the change for it by hand if it differs."));
    }
  }

  // ------------------------------------------------------------------------------ renames

  private Database renames() {
    Database f = from;
    RenameHints hints = options.renames();
    Map<QualifiedName, QualifiedName> tableRenames = new LinkedHashMap<>();
    for (RenameHints.TableRename h : hints.tables()) {
      QualifiedName target = QualifiedName.of(h.from().schema(), h.to());
      String hint = h.from() + "=" + h.to();
      if (f.table(h.from()).isEmpty()) {
        warnings.add(
            new DiffWarning(
                "rename " + hint,
                f.table(target).isPresent()
                    ? "already applied: the current schema has " + target + " and no " + h.from()
                    : "the current schema has no table " + h.from() + "; the hint is ignored"));
        continue;
      }
      if (to.table(target).isEmpty()) {
        warnings.add(
            new DiffWarning(
                "rename " + hint,
                "the desired schema has no table " + target + "; the hint is ignored"));
        continue;
      }
      if (f.table(target).isPresent()) {
        warnings.add(
            new DiffWarning(
                "rename " + hint,
                "the current schema already has a table " + target + "; the hint is ignored"));
        continue;
      }
      SchemaChange.RenameTable r = new SchemaChange.RenameTable(h.from(), h.to());
      out.add(r);
      tableRenames.put(h.from(), target);
      f = Renamer.renameTable(f, h.from(), h.to());
    }
    for (RenameHints.MemberRename h : hints.members()) {
      QualifiedName owner = tableRenames.getOrDefault(h.owner(), h.owner());
      String hint = h.owner() + "." + h.from() + "=" + h.to();
      var table = f.table(owner);
      var enumType = findEnum(f, owner);
      if (table.isPresent()) {
        Table dt = to.table(owner).orElse(null);
        String problem = null;
        if (table.get().column(h.from()).isEmpty()) {
          problem = "the current table " + owner + " has no column " + h.from();
        } else if (dt == null || dt.column(h.to()).isEmpty()) {
          problem = "the desired table " + owner + " has no column " + h.to();
        } else if (table.get().column(h.to()).isPresent()) {
          problem = "the current table " + owner + " already has a column " + h.to();
        }
        if (problem != null) {
          warnings.add(new DiffWarning("rename " + hint, problem + "; the hint is ignored"));
          continue;
        }
        out.add(new SchemaChange.RenameColumn(owner, h.from(), h.to()));
        f = Renamer.renameColumn(f, owner, h.from(), h.to());
      } else if (enumType != null) {
        EnumType desired = findEnum(to, owner);
        String problem = null;
        if (!enumType.labels().contains(h.from())) {
          problem = "the current enum " + owner + " has no label '" + h.from() + "'";
        } else if (desired == null || !desired.labels().contains(h.to())) {
          problem = "the desired enum " + owner + " has no label '" + h.to() + "'";
        } else if (enumType.labels().contains(h.to())) {
          problem = "the current enum " + owner + " already has a label '" + h.to() + "'";
        }
        if (problem != null) {
          warnings.add(new DiffWarning("rename " + hint, problem + "; the hint is ignored"));
          continue;
        }
        out.add(new SchemaChange.RenameEnumValue(owner, h.from(), h.to()));
        f = Renamer.renameEnumValue(f, owner, h.from(), h.to());
      } else {
        warnings.add(
            new DiffWarning(
                "rename " + hint,
                "the current schema has no table or enum " + h.owner() + "; the hint is ignored"));
      }
    }
    // A sequence owned by the same column on both sides but named differently was renamed along
    // with its table (serial columns): renaming keeps its current value, re-creating would not.
    for (Schema s : f.schemas()) {
      Schema ds = to.schema(s.name()).orElse(null);
      if (ds == null) {
        continue;
      }
      for (Sequence q : s.sequences()) {
        if (q.ownedBy() == null || find(ds.sequences(), Sequence::name, q.name()) != null) {
          continue;
        }
        for (Sequence d : ds.sequences()) {
          if (q.ownedBy().equals(d.ownedBy())
              && find(s.sequences(), Sequence::name, d.name()) == null) {
            out.add(new SchemaChange.RenameSequence(q.name(), d.name().name()));
            f = Renamer.renameSequence(f, q.name(), d.name().name());
            break;
          }
        }
      }
    }
    return f;
  }

  private static EnumType findEnum(Database db, QualifiedName name) {
    return db.schema(name.schema()).map(s -> find(s.enums(), EnumType::name, name)).orElse(null);
  }

  private static <T, K> T find(List<T> list, Function<T, K> key, K value) {
    for (T t : list) {
      if (key.apply(t).equals(value)) {
        return t;
      }
    }
    return null;
  }

  /** The same object on both sides; either side may be missing. */
  private static final class Slot<T> {
    T a;
    T b;
  }

  private static <T, K extends Comparable<K>> Map<K, Slot<T>> pair(
      List<T> a, List<T> b, Function<T, K> key) {
    Map<K, Slot<T>> m = new TreeMap<>();
    for (T t : a) {
      m.computeIfAbsent(key.apply(t), k -> new Slot<>()).a = t;
    }
    for (T t : b) {
      m.computeIfAbsent(key.apply(t), k -> new Slot<>()).b = t;
    }
    return m;
  }

  // ------------------------------------------------------------------------------ compare

  private void compare(Database f, Database t) {
    for (Map.Entry<String, Slot<Extension>> e :
        pair(f.extensions(), t.extensions(), Extension::name).entrySet()) {
      Extension a = e.getValue().a;
      Extension b = e.getValue().b;
      if (a == null) {
        out.add(new SchemaChange.CreateExtension(b));
      } else if (b == null) {
        out.add(new SchemaChange.DropExtension(a));
      } else if (!a.schema().equals(b.schema())
          || (a.version() != null && b.version() != null && !a.version().equals(b.version()))) {
        out.add(new SchemaChange.AlterExtension(a, b));
      }
    }
    for (Map.Entry<String, Slot<Schema>> e :
        pair(f.schemas(), t.schemas(), Schema::name).entrySet()) {
      Schema a = e.getValue().a;
      Schema b = e.getValue().b;
      String name = e.getKey();
      if (a == null) {
        out.add(new SchemaChange.CreateSchema(name, b.comment()));
        compareSchema(empty(name), b);
      } else if (b == null) {
        compareSchema(a, empty(name));
        out.add(new SchemaChange.DropSchema(name, a.comment()));
      } else {
        comment("SCHEMA", Identifiers.quote(name), a.comment(), b.comment());
        compareSchema(a, b);
      }
    }
  }

  private static Schema empty(String name) {
    return new Schema(
        name, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private void comment(String type, String sql, String a, String b) {
    if (!Objects.equals(a, b)) {
      out.add(new SchemaChange.SetComment(type, sql, a, b));
    }
  }

  private void compareSchema(Schema a, Schema b) {
    for (Slot<EnumType> p : pair(a.enums(), b.enums(), EnumType::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateEnum(p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropEnum(p.a));
      } else {
        compareEnum(p.a, p.b);
      }
    }
    for (Slot<Domain> p : pair(a.domains(), b.domains(), Domain::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateDomain(p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropDomain(p.a));
      } else {
        compareDomain(p.a, p.b);
      }
    }
    for (Slot<CompositeType> p :
        pair(a.compositeTypes(), b.compositeTypes(), CompositeType::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateCompositeType(p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropCompositeType(p.a));
      } else {
        if (!attributesEqual(p.a, p.b)) {
          out.add(
              new SchemaChange.AlterCompositeType(
                  p.a, p.b, attributeTypeChanges(p.a, p.b) ? typeUsages(p.a.name()) : List.of()));
        }
        comment("TYPE", p.b.name().sql(), p.a.comment(), p.b.comment());
      }
    }
    for (Slot<Sequence> p : pair(a.sequences(), b.sequences(), Sequence::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateSequence(p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropSequence(p.a));
      } else {
        if (!sameSequence(p.a, p.b)) {
          out.add(new SchemaChange.AlterSequence(p.a, p.b));
        }
        comment("SEQUENCE", p.b.name().sql(), p.a.comment(), p.b.comment());
      }
    }
    for (Slot<Routine> p : pair(a.routines(), b.routines(), DiffEngine::routineKey).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateRoutine(p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropRoutine(p.a));
      } else {
        if (!p.a.definition().equals(p.b.definition())
            || p.a.procedure() != p.b.procedure()
            || !Objects.equals(p.a.resultType(), p.b.resultType())) {
          out.add(new SchemaChange.ReplaceRoutine(p.a, p.b));
        }
        comment(
            p.b.procedure() ? "PROCEDURE" : "FUNCTION",
            p.b.signature(),
            p.a.comment(),
            p.b.comment());
      }
    }
    for (Slot<Table> p : pair(a.tables(), b.tables(), Table::name).values()) {
      if (p.a == null) {
        out.add(new CreateTable(p.b));
      } else if (p.b == null) {
        out.add(new DropTable(p.a));
      } else {
        compareTable(p.a, p.b);
      }
    }
    for (Slot<View> p : pair(a.views(), b.views(), View::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateView(p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropView(p.a));
      } else {
        compareView(p.a, p.b);
      }
    }
  }

  private static String routineKey(Routine r) {
    return r.name().schema() + "." + r.name().name() + "(" + r.identityArguments() + ")";
  }

  private void compareEnum(EnumType a, EnumType b) {
    if (!a.labels().equals(b.labels())) {
      if (isSubsequence(a.labels(), b.labels())) {
        List<String> labels = b.labels();
        // Labels are added in their desired order, each anchored to one that exists by then:
        // new leading labels go before the first existing one, every other label after its
        // predecessor, the last at the end.
        String firstExisting =
            labels.stream().filter(a.labels()::contains).findFirst().orElse(null);
        boolean leading = true;
        for (int i = 0; i < labels.size(); i++) {
          String l = labels.get(i);
          if (a.labels().contains(l)) {
            leading = false;
            continue;
          }
          if (leading && firstExisting != null) {
            out.add(new SchemaChange.AddEnumValue(b.name(), l, firstExisting, null));
          } else if (i == labels.size() - 1 || i == 0) {
            out.add(new SchemaChange.AddEnumValue(b.name(), l, null, null));
          } else {
            out.add(new SchemaChange.AddEnumValue(b.name(), l, null, labels.get(i - 1)));
          }
        }
      } else {
        out.add(new SchemaChange.RecreateEnum(a, b, typeUsages(a.name())));
        warnAboutOtherUses(a.name());
      }
    }
    comment("TYPE", b.name().sql(), a.comment(), b.comment());
  }

  private static boolean attributeTypeChanges(CompositeType a, CompositeType b) {
    for (CompositeType.Attribute x : a.attributes()) {
      for (CompositeType.Attribute y : b.attributes()) {
        if (x.name().equals(y.name()) && !x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A re-created type's old version is dropped at the end; routines, domains and composite types
   * still using it would make that fail, and Cairn does not convert them.
   */
  private void warnAboutOtherUses(QualifiedName type) {
    List<String> users = new ArrayList<>();
    for (Schema s : renamed.schemas()) {
      for (Routine r : s.routines()) {
        if (SqlText.mentionsObject(r.identityArguments(), type)
            || SqlText.mentionsObject(r.resultType(), type)) {
          users.add("routine " + r.signature());
        }
      }
      for (Domain d : s.domains()) {
        if (TypeRefs.refersTo(d.baseType(), type)) {
          users.add("domain " + d.name());
        }
      }
      for (CompositeType c : s.compositeTypes()) {
        if (c.attributes().stream().anyMatch(x -> TypeRefs.refersTo(x.type(), type))) {
          users.add("type " + c.name());
        }
      }
    }
    if (!users.isEmpty()) {
      warnings.add(
          new DiffWarning(
              "enum " + type,
              "is re-created, but "
                  + String.join(", ", users)
                  + " also use"
                  + (users.size() == 1 ? "s" : "")
                  + " it and are not converted: dropping the old enum will fail until they are"
                  + " changed in the same migration by hand."));
    }
  }

  /** Columns that use a type (or an array of it) on both sides, partitions excepted. */
  private List<SchemaChange.ColumnUsage> typeUsages(QualifiedName type) {
    List<SchemaChange.ColumnUsage> usages = new ArrayList<>();
    for (Schema s : renamed.schemas()) {
      for (Table t : s.tables()) {
        if (t.partitionOf() != null) {
          continue; // partitions follow their parent's column type
        }
        for (Column c : t.columns()) {
          if (!TypeRefs.refersTo(c.type(), type)) {
            continue;
          }
          Column desired = to.table(t.name()).flatMap(dt -> dt.column(c.name())).orElse(null);
          if (desired != null && desired.type().equals(c.type())) {
            usages.add(new SchemaChange.ColumnUsage(t.name(), c, desired));
          }
        }
      }
    }
    return usages;
  }

  private static boolean isSubsequence(List<String> small, List<String> big) {
    int j = 0;
    for (String s : big) {
      if (j < small.size() && small.get(j).equals(s)) {
        j++;
      }
    }
    return j == small.size();
  }

  private void compareDomain(Domain a, Domain b) {
    if (!a.baseType().equals(b.baseType()) || !Objects.equals(a.collation(), b.collation())) {
      warnings.add(
          new DiffWarning(
              "domain " + b.name(),
              "its base type or collation changes ("
                  + a.baseType()
                  + " -> "
                  + b.baseType()
                  + "), which PostgreSQL cannot alter in place. Cairn plans no change for it:"
                  + " create a new domain, convert the columns using it, and drop the old one"
                  + " by hand."));
      return;
    }
    if (a.notNull() != b.notNull()
        || !Objects.equals(a.defaultExpression(), b.defaultExpression())
        || !a.checks().equals(b.checks())) {
      out.add(new SchemaChange.AlterDomain(a, b));
    }
    comment("DOMAIN", b.name().sql(), a.comment(), b.comment());
  }

  private static boolean attributesEqual(CompositeType a, CompositeType b) {
    Map<String, CompositeType.Attribute> m = new TreeMap<>();
    a.attributes().forEach(x -> m.put(x.name(), x));
    if (a.attributes().size() != b.attributes().size()) {
      return false;
    }
    for (CompositeType.Attribute x : b.attributes()) {
      if (!x.equals(m.get(x.name()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSequence(Sequence a, Sequence b) {
    return a.dataType().equals(b.dataType())
        && a.start() == b.start()
        && a.increment() == b.increment()
        && a.minValue() == b.minValue()
        && a.maxValue() == b.maxValue()
        && a.cache() == b.cache()
        && a.cycle() == b.cycle()
        && Objects.equals(a.ownedBy(), b.ownedBy());
  }

  private void compareView(View a, View b) {
    boolean same =
        a.materialized() == b.materialized()
            && a.definition().equals(b.definition())
            && a.options().equals(b.options())
            && a.columns().equals(b.columns());
    if (!same) {
      out.add(new SchemaChange.ReplaceView(a, b, "definition changes"));
      return;
    }
    compareIndexes(b.name(), a.indexes(), b.indexes(), null);
    comment(
        b.materialized() ? "MATERIALIZED VIEW" : "VIEW", b.name().sql(), a.comment(), b.comment());
  }

  // ------------------------------------------------------------------------------ tables

  private void compareTable(Table a, Table b) {
    QualifiedName name = b.name();
    if (a.unlogged() != b.unlogged()) {
      out.add(new SchemaChange.SetTableLogging(name, b.unlogged()));
    }
    if (!Objects.equals(a.partitionKey(), b.partitionKey())) {
      warnings.add(
          new DiffWarning(
              "table " + name,
              "its partition key changes ("
                  + a.partitionKey()
                  + " -> "
                  + b.partitionKey()
                  + "), which PostgreSQL cannot alter. Cairn plans no change for it: create a"
                  + " new table, move the rows, and swap the names by hand."));
    }
    if (!Objects.equals(a.partitionOf(), b.partitionOf())
        || !Objects.equals(a.partitionBound(), b.partitionBound())) {
      out.add(
          new SchemaChange.AlterPartition(
              name, a.partitionOf(), a.partitionBound(), b.partitionOf(), b.partitionBound()));
    }
    // A partition's columns follow its parent's: changing them on the parent is enough.
    boolean inherited = a.partitionOf() != null && b.partitionOf() != null;
    // Drops first, then the desired columns in their order, so added columns line up as in a
    // freshly created table whenever they are added at the end.
    for (Column x : a.columns()) {
      if (b.column(x.name()).isEmpty() && !inherited) {
        out.add(new DropColumn(name, x));
      }
    }
    for (Column y : b.columns()) {
      Column x = a.column(y.name()).orElse(null);
      if (x == null) {
        if (!inherited) {
          out.add(new AddColumn(name, y));
        }
      } else {
        compareColumn(name, x, y, inherited);
      }
    }
    compareConstraints(a, b);
    compareIndexes(name, a.indexes(), b.indexes(), b);
    for (Slot<Trigger> p : pair(a.triggers(), b.triggers(), Trigger::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreateTrigger(name, p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropTrigger(name, p.a));
      } else if (!p.a.definition().equals(p.b.definition())
          || !p.a.function().equals(p.b.function())) {
        out.add(new SchemaChange.DropTrigger(name, p.a));
        out.add(new SchemaChange.CreateTrigger(name, p.b));
      } else {
        if (p.a.enabled() != p.b.enabled()) {
          out.add(
              new SchemaChange.SetTriggerEnabled(name, p.b.name(), p.a.enabled(), p.b.enabled()));
        }
        comment(
            "TRIGGER",
            Identifiers.quote(p.b.name()) + " ON " + name.sql(),
            p.a.comment(),
            p.b.comment());
      }
    }
    if (a.rowSecurity() != b.rowSecurity() || a.forceRowSecurity() != b.forceRowSecurity()) {
      out.add(
          new SchemaChange.SetRowSecurity(
              name, a.rowSecurity(), a.forceRowSecurity(), b.rowSecurity(), b.forceRowSecurity()));
    }
    for (Slot<Policy> p : pair(a.policies(), b.policies(), Policy::name).values()) {
      if (p.a == null) {
        out.add(new SchemaChange.CreatePolicy(name, p.b));
      } else if (p.b == null) {
        out.add(new SchemaChange.DropPolicy(name, p.a));
      } else if (!p.a.equals(p.b)) {
        out.add(new SchemaChange.AlterPolicy(name, p.a, p.b));
      }
    }
    comment("TABLE", name.sql(), a.comment(), b.comment());
  }

  private void compareColumn(QualifiedName table, Column a, Column b, boolean inherited) {
    String gA = a.generatedExpression();
    String gB = b.generatedExpression();
    if (!inherited && gB != null && !gB.equals(gA)) {
      // Becoming generated or changing the expression: re-create the column. The values are
      // computed, so nothing is lost, and this works on every supported version.
      out.add(new DropColumn(table, a));
      out.add(new AddColumn(table, b));
      return;
    }
    if (!inherited && gA != null && gB == null) {
      out.add(new SchemaChange.DropColumnExpression(table, b.name(), gA));
    }
    boolean typeChanges =
        !a.type().equals(b.type()) || !Objects.equals(a.collation(), b.collation());
    if (typeChanges && !inherited) {
      out.add(new SchemaChange.AlterColumnType(table, a, b));
    }
    if (a.identity() != b.identity() && !inherited) {
      out.add(new SchemaChange.AlterColumnIdentity(table, b.name(), a.identity(), b.identity()));
    }
    // A type change re-sets the default itself (the old default may not cast to the new type).
    if (!Objects.equals(a.defaultExpression(), b.defaultExpression())
        && !(typeChanges && !inherited)) {
      out.add(
          new SchemaChange.AlterColumnDefault(
              table, b.name(), a.defaultExpression(), b.defaultExpression()));
    }
    if (a.notNull() != b.notNull() && !inherited) {
      out.add(new SchemaChange.AlterColumnNullability(table, b.name(), b.notNull()));
    }
    comment("COLUMN", table.sql() + "." + Identifiers.quote(b.name()), a.comment(), b.comment());
  }

  private void compareConstraints(Table a, Table b) {
    QualifiedName name = b.name();
    List<Constraint> drops = new ArrayList<>();
    List<Constraint> adds = new ArrayList<>();
    for (Slot<Constraint> p : pair(a.constraints(), b.constraints(), Constraint::name).values()) {
      Constraint x = p.a;
      Constraint y = p.b;
      if (x == null) {
        adds.add(y);
      } else if (y == null) {
        drops.add(x);
      } else if (x.kind() == y.kind() && x.definition().equals(y.definition())) {
        comment(
            "CONSTRAINT",
            Identifiers.quote(y.name()) + " ON " + name.sql(),
            x.comment(),
            y.comment());
      } else if (x.kind() == y.kind()
          && !x.validated()
          && y.validated()
          && Definitions.validatedDefinition(x).equals(y.definition())) {
        out.add(new SchemaChange.ValidateConstraint(name, y));
        comment(
            "CONSTRAINT",
            Identifiers.quote(y.name()) + " ON " + name.sql(),
            x.comment(),
            y.comment());
      } else {
        drops.add(x);
        adds.add(y);
      }
    }
    // Same kind and definition under another name: a rename keeps the index and the validation.
    for (Iterator<Constraint> it = drops.iterator(); it.hasNext(); ) {
      Constraint x = it.next();
      Constraint match = null;
      for (Constraint y : adds) {
        if (y.kind() == x.kind()
            && y.definition().equals(x.definition())
            && b.constraints().stream().noneMatch(c -> c.name().equals(x.name()))
            && a.constraints().stream().noneMatch(c -> c.name().equals(y.name()))
            && a.indexes().stream().noneMatch(i -> i.name().equals(y.name()))) {
          match = y;
          break;
        }
      }
      if (match != null) {
        it.remove();
        adds.remove(match);
        out.add(new SchemaChange.RenameConstraint(name, x.name(), match.name()));
        comment(
            "CONSTRAINT",
            Identifiers.quote(match.name()) + " ON " + name.sql(),
            x.comment(),
            match.comment());
      }
    }
    drops.forEach(x -> out.add(new DropConstraint(name, x)));
    adds.forEach(y -> out.add(new AddConstraint(name, y)));
  }

  private void compareIndexes(QualifiedName name, List<Index> a, List<Index> b, Table owner) {
    List<Index> drops = new ArrayList<>();
    List<Index> adds = new ArrayList<>();
    for (Slot<Index> p : pair(a, b, Index::name).values()) {
      if (p.a == null) {
        adds.add(p.b);
      } else if (p.b == null) {
        drops.add(p.a);
      } else if (!p.a.definition().equals(p.b.definition()) || p.a.valid() != p.b.valid()) {
        out.add(new SchemaChange.ReplaceIndex(name, p.a, p.b));
      } else {
        comment("INDEX", qualified(name, p.b.name()), p.a.comment(), p.b.comment());
      }
    }
    for (Iterator<Index> it = drops.iterator(); it.hasNext(); ) {
      Index x = it.next();
      Index match = null;
      for (Index y : adds) {
        if (x.valid()
            && Definitions.indexShape(x).equals(Definitions.indexShape(y))
            && (owner == null
                || owner.constraints().stream().noneMatch(c -> c.name().equals(y.name())))) {
          match = y;
          break;
        }
      }
      if (match != null) {
        it.remove();
        adds.remove(match);
        out.add(new SchemaChange.RenameIndex(name, x.name(), match.name()));
        comment("INDEX", qualified(name, match.name()), x.comment(), match.comment());
      }
    }
    drops.forEach(x -> out.add(new DropIndex(name, x)));
    adds.forEach(y -> out.add(new CreateIndex(name, y)));
  }

  private static String qualified(QualifiedName table, String name) {
    return QualifiedName.of(table.schema(), name).sql();
  }

  // -------------------------------------------------------------------- rename suggestions

  private void suggestRenames() {
    List<DropTable> dropped = new ArrayList<>();
    List<CreateTable> created = new ArrayList<>();
    Map<QualifiedName, List<DropColumn>> droppedCols = new TreeMap<>();
    Map<QualifiedName, List<AddColumn>> addedCols = new TreeMap<>();
    for (SchemaChange c : out) {
      if (c instanceof DropTable d) {
        dropped.add(d);
      } else if (c instanceof CreateTable t) {
        created.add(t);
      } else if (c instanceof DropColumn d) {
        droppedCols.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d);
      } else if (c instanceof AddColumn a) {
        addedCols.computeIfAbsent(a.table(), k -> new ArrayList<>()).add(a);
      }
    }
    for (DropTable d : dropped) {
      for (CreateTable c : created) {
        if (d.table().name().schema().equals(c.table().name().schema())
            && columnShape(d.table()).equals(columnShape(c.table()))) {
          warnings.add(
              new DiffWarning(
                  "table " + d.table().name(),
                  "is dropped and "
                      + c.table().name()
                      + " is created with the same columns. If the table was renamed, declare it"
                      + " (--rename "
                      + d.table().name()
                      + "="
                      + c.table().name().name()
                      + ") to keep its data."));
        }
      }
    }
    for (Map.Entry<QualifiedName, List<DropColumn>> e : droppedCols.entrySet()) {
      List<AddColumn> adds = addedCols.getOrDefault(e.getKey(), List.of());
      for (DropColumn d : e.getValue()) {
        for (AddColumn a : adds) {
          if (!a.column().name().equals(d.column().name())
              && a.column().type().equals(d.column().type())) {
            warnings.add(
                new DiffWarning(
                    "column " + e.getKey() + "." + d.column().name(),
                    "is dropped and column "
                        + a.column().name()
                        + " of the same type is added. If the column was renamed, declare it"
                        + " (--rename "
                        + e.getKey()
                        + "."
                        + d.column().name()
                        + "="
                        + a.column().name()
                        + ") to keep its data."));
          }
        }
      }
    }
  }

  private static List<String> columnShape(Table t) {
    return t.columns().stream().map(c -> c.name() + " " + c.type()).sorted().toList();
  }
}
