package dev.cairn.diff.internal.diff;

import dev.cairn.diff.SchemaChange;
import dev.cairn.diff.SchemaChange.AddColumn;
import dev.cairn.diff.SchemaChange.AddConstraint;
import dev.cairn.diff.SchemaChange.AlterColumnType;
import dev.cairn.diff.SchemaChange.CreateIndex;
import dev.cairn.diff.SchemaChange.CreatePolicy;
import dev.cairn.diff.SchemaChange.CreateTrigger;
import dev.cairn.diff.SchemaChange.DropColumn;
import dev.cairn.diff.SchemaChange.DropConstraint;
import dev.cairn.diff.SchemaChange.DropIndex;
import dev.cairn.diff.SchemaChange.DropPolicy;
import dev.cairn.diff.SchemaChange.DropTable;
import dev.cairn.diff.SchemaChange.DropTrigger;
import dev.cairn.diff.SchemaChange.RecreateEnum;
import dev.cairn.diff.SchemaChange.ReplaceIndex;
import dev.cairn.diff.SchemaChange.ReplaceView;
import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Policy;
import dev.cairn.diff.model.QualifiedName;
import dev.cairn.diff.model.Schema;
import dev.cairn.diff.model.Table;
import dev.cairn.diff.model.Trigger;
import dev.cairn.diff.model.View;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds the changes PostgreSQL forces around other changes: objects that must be dropped and
 * re-created although their own definition does not change. Views over a column whose type changes
 * ("cannot alter type of a column used by a view or rule"), foreign keys over a unique key that is
 * rebuilt, triggers on a function that must be dropped, indexes and constraints on a re-created
 * column, and so on, until nothing more is affected.
 */
final class Cascade {
  private final Database from;
  private final Database to;
  private final List<SchemaChange> out;

  // What the change list already touches.
  private final Set<QualifiedName> droppedTables = new HashSet<>();
  private final Set<QualifiedName> relogged = new HashSet<>();
  private final Set<QualifiedName> touchedViews = new HashSet<>();
  private final Set<QualifiedName> removedViews = new HashSet<>();
  private final Map<QualifiedName, Set<String>> retypedColumns = new HashMap<>();
  private final Map<QualifiedName, Set<String>> recreatedColumns = new HashMap<>();
  private final Map<QualifiedName, Set<QualifiedName>> recreatedTypes = new HashMap<>();
  private final Set<String> touchedConstraints = new HashSet<>();
  private final Set<String> touchedIndexes = new HashSet<>();
  private final Set<String> touchedTriggers = new HashSet<>();
  private final Set<String> touchedPolicies = new HashSet<>();
  private final Map<String, SchemaChange> alteredPolicies = new HashMap<>();
  private final Set<QualifiedName> droppedRoutines = new HashSet<>();
  private final Set<String> droppedUniqueKeys = new HashSet<>();

  Cascade(Database from, Database to, List<SchemaChange> out) {
    this.from = from;
    this.to = to;
    this.out = out;
  }

  private int seen;

  void run() {
    seen = 0;
    while (seen < out.size()) {
      int end = out.size();
      for (int i = seen; i < end; i++) {
        index(out.get(i));
      }
      seen = end;
      views();
      foreignKeys();
      tableDependents();
    }
  }

  private static String key(QualifiedName table, String name) {
    return table + "|" + name;
  }

  private void index(SchemaChange c) {
    if (c instanceof DropTable d) {
      droppedTables.add(d.table().name());
    } else if (c instanceof SchemaChange.DropView d) {
      touchedViews.add(d.view().name());
      removedViews.add(d.view().name());
    } else if (c instanceof ReplaceView r) {
      touchedViews.add(r.to().name());
      removedViews.add(r.to().name());
    } else if (c instanceof SchemaChange.CreateView v) {
      touchedViews.add(v.view().name());
    } else if (c instanceof SchemaChange.SetTableLogging l) {
      relogged.add(l.table());
    } else if (c instanceof AlterColumnType t) {
      retypedColumns.computeIfAbsent(t.table(), k -> new HashSet<>()).add(t.to().name());
    } else if (c instanceof DropColumn d) {
      recreatedColumns.computeIfAbsent(d.table(), k -> new HashSet<>()).add(d.column().name());
    } else if (c instanceof RecreateEnum r) {
      for (SchemaChange.ColumnUsage u : r.usages()) {
        retypedColumns.computeIfAbsent(u.table(), k -> new HashSet<>()).add(u.column().name());
        recreatedTypes.computeIfAbsent(u.table(), k -> new HashSet<>()).add(r.to().name());
      }
    } else if (c instanceof SchemaChange.AlterCompositeType a) {
      for (SchemaChange.ColumnUsage u : a.usages()) {
        retypedColumns.computeIfAbsent(u.table(), k -> new HashSet<>()).add(u.column().name());
      }
    } else if (c instanceof DropConstraint d) {
      touchedConstraints.add(key(d.table(), d.constraint().name()));
      Constraint k = d.constraint();
      if (k.kind() == Constraint.Kind.PRIMARY_KEY || k.kind() == Constraint.Kind.UNIQUE) {
        droppedUniqueKeys.add(key(d.table(), String.join(",", k.columns())));
      }
    } else if (c instanceof AddConstraint a) {
      touchedConstraints.add(key(a.table(), a.constraint().name()));
    } else if (c instanceof SchemaChange.RenameConstraint r) {
      touchedConstraints.add(key(r.table(), r.from()));
      touchedConstraints.add(key(r.table(), r.to()));
    } else if (c instanceof DropIndex d) {
      touchedIndexes.add(key(d.table(), d.index().name()));
      if (d.index().unique()) {
        droppedUniqueKeys.add(key(d.table(), String.join(",", d.index().columns())));
      }
    } else if (c instanceof CreateIndex a) {
      touchedIndexes.add(key(a.table(), a.index().name()));
    } else if (c instanceof ReplaceIndex r) {
      touchedIndexes.add(key(r.table(), r.to().name()));
      if (r.from().unique()) {
        droppedUniqueKeys.add(key(r.table(), String.join(",", r.from().columns())));
      }
    } else if (c instanceof SchemaChange.RenameIndex r) {
      touchedIndexes.add(key(r.table(), r.from()));
      touchedIndexes.add(key(r.table(), r.to()));
    } else if (c instanceof DropTrigger d) {
      touchedTriggers.add(key(d.table(), d.trigger().name()));
    } else if (c instanceof CreateTrigger a) {
      touchedTriggers.add(key(a.table(), a.trigger().name()));
    } else if (c instanceof DropPolicy d) {
      touchedPolicies.add(key(d.table(), d.policy().name()));
    } else if (c instanceof CreatePolicy a) {
      touchedPolicies.add(key(a.table(), a.policy().name()));
    } else if (c instanceof SchemaChange.AlterPolicy a) {
      touchedPolicies.add(key(a.table(), a.to().name()));
      alteredPolicies.put(key(a.table(), a.to().name()), a);
    } else if (c instanceof SchemaChange.DropRoutine d) {
      droppedRoutines.add(d.routine().name());
    } else if (c instanceof SchemaChange.ReplaceRoutine r
        && !Definitions.canReplaceInPlace(r.from(), r.to())) {
      droppedRoutines.add(r.to().name());
    }
  }

  /** Columns whose dependents PostgreSQL refuses to keep: retyped or re-created ones. */
  private Set<String> changedColumns(QualifiedName table) {
    Set<String> s = new TreeSet<>(retypedColumns.getOrDefault(table, Set.of()));
    s.addAll(recreatedColumns.getOrDefault(table, Set.of()));
    return s;
  }

  private boolean mentionsAny(String sql, Set<String> columns) {
    if (sql == null || columns.isEmpty()) {
      return false;
    }
    for (String id : SqlText.identifiers(sql)) {
      if (columns.contains(id)) {
        return true;
      }
    }
    return false;
  }

  private void views() {
    for (Schema s : from.schemas()) {
      for (View v : s.views()) {
        if (touchedViews.contains(v.name())) {
          continue;
        }
        View desired = findView(to, v.name());
        if (desired == null) {
          continue;
        }
        String reason = null;
        for (QualifiedName d : v.dependsOn()) {
          if (droppedTables.contains(d)) {
            reason = "reads " + d + ", which is dropped and re-created";
          } else if (removedViews.contains(d)) {
            reason = "reads view " + d + ", which is re-created";
          } else if (mentionsAny(v.definition(), changedColumns(d))) {
            reason = "reads columns of " + d + " whose type changes";
          }
          if (reason != null) {
            break;
          }
        }
        if (reason != null) {
          // Re-creating the view creates its indexes and comment too.
          remove(c -> onView(c, v));
          out.add(new ReplaceView(v, desired, reason));
          touchedViews.add(v.name());
          removedViews.add(v.name());
        }
      }
    }
  }

  private static boolean onView(SchemaChange c, View v) {
    QualifiedName n = v.name();
    if (c instanceof CreateIndex x) {
      return x.table().equals(n);
    }
    if (c instanceof DropIndex x) {
      return x.table().equals(n);
    }
    if (c instanceof ReplaceIndex x) {
      return x.table().equals(n);
    }
    if (c instanceof SchemaChange.RenameIndex x) {
      return x.table().equals(n);
    }
    return c instanceof SchemaChange.SetComment x
        && x.objectType().endsWith("VIEW")
        && x.objectSql().equals(n.sql());
  }

  /** Removes changes, keeping {@link #seen} pointing at the first change not indexed yet. */
  private void remove(java.util.function.Predicate<SchemaChange> which) {
    for (int i = out.size() - 1; i >= 0; i--) {
      if (which.test(out.get(i))) {
        out.remove(i);
        if (i < seen) {
          seen--;
        }
      }
    }
  }

  private static View findView(Database db, QualifiedName name) {
    return db.schema(name.schema())
        .flatMap(s -> s.views().stream().filter(v -> v.name().equals(name)).findFirst())
        .orElse(null);
  }

  private void foreignKeys() {
    for (Schema s : from.schemas()) {
      for (Table t : s.tables()) {
        if (droppedTables.contains(t.name())) {
          continue;
        }
        for (Constraint fk : t.foreignKeys()) {
          if (touchedConstraints.contains(key(t.name(), fk.name())) || fk.references() == null) {
            continue;
          }
          String uk = key(fk.references(), String.join(",", Definitions.referencedColumns(fk)));
          if (droppedUniqueKeys.contains(uk)) {
            recreateConstraint(t, fk, "references a unique key that is rebuilt");
          } else if (!fk.references().equals(t.name())
              && (relogged.contains(t.name()) || relogged.contains(fk.references()))) {
            // SET LOGGED / UNLOGGED refuses tables linked by foreign keys to the other kind.
            recreateConstraint(t, fk, "links a table whose logging changes");
          }
        }
      }
    }
  }

  private void recreateConstraint(Table t, Constraint c, String why) {
    Constraint desired =
        to.table(t.name())
            .flatMap(
                dt -> dt.constraints().stream().filter(x -> x.name().equals(c.name())).findFirst())
            .orElse(null);
    touchedConstraints.add(key(t.name(), c.name()));
    out.add(new DropConstraint(t.name(), c));
    if (desired != null) {
      out.add(new AddConstraint(t.name(), desired));
    }
  }

  private void tableDependents() {
    for (Schema s : from.schemas()) {
      for (Table t : s.tables()) {
        if (droppedTables.contains(t.name())) {
          continue;
        }
        Table desired = to.table(t.name()).orElse(null);
        if (desired == null) {
          continue;
        }
        Set<String> changed = changedColumns(t.name());
        Set<String> recreated = recreatedColumns.getOrDefault(t.name(), Set.of());
        Set<QualifiedName> types = recreatedTypes.getOrDefault(t.name(), Set.of());
        if (changed.isEmpty()) {
          continue;
        }
        // Generated columns over a retyped column: "cannot alter type of a column used by a
        // generated column".
        for (Column c : t.columns()) {
          if (c.generatedExpression() != null
              && !recreated.contains(c.name())
              && mentionsAny(c.generatedExpression(), changed)) {
            Column dc = desired.column(c.name()).orElse(null);
            out.add(new DropColumn(t.name(), c));
            if (dc != null) {
              out.add(new AddColumn(t.name(), dc));
            }
          }
        }
        for (Trigger tr : t.triggers()) {
          if (!touchedTriggers.contains(key(t.name(), tr.name()))
              && mentionsAny(tr.definition(), changed)) {
            touchedTriggers.add(key(t.name(), tr.name()));
            out.add(new DropTrigger(t.name(), tr));
            desired.triggers().stream()
                .filter(x -> x.name().equals(tr.name()))
                .findFirst()
                .ifPresent(x -> out.add(new CreateTrigger(t.name(), x)));
          }
        }
        for (Policy p : t.policies()) {
          boolean mentions = mentionsAny(p.using(), changed) || mentionsAny(p.withCheck(), changed);
          if (mentions && alteredPolicies.containsKey(key(t.name(), p.name()))) {
            // ALTER POLICY would run after the type change, which the old policy blocks.
            int at = out.indexOf(alteredPolicies.remove(key(t.name(), p.name())));
            SchemaChange.AlterPolicy a = (SchemaChange.AlterPolicy) out.get(at);
            out.set(at, new DropPolicy(t.name(), a.from()));
            out.add(at + 1, new CreatePolicy(t.name(), a.to()));
            if (at + 1 <= seen) {
              seen++;
            }
            continue;
          }
          if (!touchedPolicies.contains(key(t.name(), p.name())) && mentions) {
            touchedPolicies.add(key(t.name(), p.name()));
            out.add(new DropPolicy(t.name(), p));
            desired.policies().stream()
                .filter(x -> x.name().equals(p.name()))
                .findFirst()
                .ifPresent(x -> out.add(new CreatePolicy(t.name(), x)));
          }
        }
        // Constraints and indexes survive a type change (PostgreSQL rebuilds them) but not a
        // dropped column, nor a recreated enum whose old values they spell out.
        for (Constraint c : t.constraints()) {
          if (touchedConstraints.contains(key(t.name(), c.name()))) {
            continue;
          }
          boolean onRecreated =
              c.columns().stream().anyMatch(recreated::contains)
                  || mentionsAny(localPart(c), recreated);
          boolean onType = types.stream().anyMatch(q -> SqlText.mentionsObject(c.definition(), q));
          if (onRecreated || onType) {
            recreateConstraint(t, c, "uses a re-created column");
            if (c.kind() == Constraint.Kind.PRIMARY_KEY || c.kind() == Constraint.Kind.UNIQUE) {
              droppedUniqueKeys.add(key(t.name(), String.join(",", c.columns())));
            }
          }
        }
        for (Index i : t.indexes()) {
          if (touchedIndexes.contains(key(t.name(), i.name()))) {
            continue;
          }
          boolean onRecreated =
              i.columns().stream().anyMatch(recreated::contains)
                  || mentionsAny(afterUsing(i.definition()), recreated);
          boolean onType = types.stream().anyMatch(q -> SqlText.mentionsObject(i.definition(), q));
          if (onRecreated || onType) {
            touchedIndexes.add(key(t.name(), i.name()));
            out.add(new DropIndex(t.name(), i));
            if (i.unique()) {
              droppedUniqueKeys.add(key(t.name(), String.join(",", i.columns())));
            }
            desired.indexes().stream()
                .filter(x -> x.name().equals(i.name()))
                .findFirst()
                .ifPresent(x -> out.add(new CreateIndex(t.name(), x)));
          }
        }
      }
    }
  }

  private static String afterUsing(String indexDef) {
    int u = indexDef.indexOf(" USING ");
    return u < 0 ? indexDef : indexDef.substring(u);
  }

  private static String localPart(Constraint c) {
    String d = c.definition();
    int ref = d.indexOf(" REFERENCES ");
    return ref < 0 ? d : d.substring(0, ref);
  }
}
