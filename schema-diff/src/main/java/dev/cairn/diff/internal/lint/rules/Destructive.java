package dev.cairn.diff.internal.lint.rules;

import static dev.cairn.diff.internal.lint.rules.Sql.q;

import dev.cairn.diff.internal.lint.Analyzer;
import dev.cairn.diff.internal.lint.Findings;
import dev.cairn.diff.internal.lint.LintFile;
import dev.cairn.diff.internal.lint.StatementContext;
import dev.cairn.diff.internal.lint.StatementInfo.Kind;
import dev.cairn.diff.internal.lint.catalog.LockMode;
import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.ColumnKey;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Idx;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import dev.cairn.diff.lint.LintRule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DS rules and the drop half of the BC rules. Drops are read from the catalog (so {@code CASCADE}
 * side effects count) and only objects that existed before the changes count. Constraint and index
 * drops are judged at the end of the file: dropping and re-creating one is a rebuild, not a loss.
 */
public final class Destructive implements Analyzer {

  @Override
  public void file(LintFile file, List<StatementContext> statements, Findings findings) {
    if (statements.isEmpty()) {
      return;
    }
    Snapshot end = statements.get(statements.size() - 1).after();
    for (StatementContext ctx : statements) {
      if (ctx.info().isTransactionControl() && ctx.info().kind() != Kind.ROLLBACK) {
        continue;
      }
      judge(ctx, end, findings);
    }
  }

  private void judge(StatementContext ctx, Snapshot end, Findings findings) {
    Snapshot before = ctx.before();
    Snapshot after = ctx.after();
    Snapshot base = ctx.baseline();

    Set<Long> droppedSchemas = new HashSet<>();
    for (Map.Entry<Long, String> s : before.schemas().entrySet()) {
      if (!after.schemas().containsKey(s.getKey()) && base.schemas().containsKey(s.getKey())) {
        droppedSchemas.add(s.getKey());
        long tables =
            before.relations().values().stream()
                .filter(r -> r.schema().equals(s.getValue()) && r.isTable())
                .filter(r -> ctx.existing(r.oid()))
                .count();
        findings.report(
            LintRule.DS101,
            ctx,
            "Drops schema "
                + q(s.getValue())
                + (tables == 0
                    ? ""
                    : " with " + tables + (tables == 1 ? " existing table" : " existing tables"))
                + "; everything in it is gone for good.",
            LockMode.ACCESS_EXCLUSIVE.sql() + " on every table in " + q(s.getValue()),
            LockMode.ACCESS_EXCLUSIVE.blocks(),
            "-- keep the data until nothing needs it, then drop in a later release:\n"
                + "ALTER SCHEMA "
                + q(s.getValue())
                + " RENAME TO "
                + q(Sql.truncate(s.getValue() + "_deprecated"))
                + ";");
      }
    }

    Set<Long> droppedTables = new HashSet<>();
    for (Rel r : before.relations().values()) {
      if (after.relations().containsKey(r.oid()) || !ctx.existing(r.oid()) || !r.isTable()) {
        continue;
      }
      droppedTables.add(r.oid());
    }
    for (Rel r : before.relations().values()) {
      if (!droppedTables.contains(r.oid())
          || droppedSchemas.stream().anyMatch(o -> before.schemas().get(o).equals(r.schema()))
          || r.partitionOf() != 0 && droppedTables.contains(r.partitionOf())) {
        continue;
      }
      String fixDs =
          "-- keep the rows until nothing needs them; drop in a later release:\n"
              + "ALTER TABLE "
              + r.qualified()
              + " RENAME TO "
              + q(Sql.truncate(r.name() + "_deprecated"))
              + ";";
      findings.report(
          LintRule.DS102,
          ctx,
          "Drops existing table " + r.qualified() + " and every row in it.",
          Sql.lock(ctx, r.oid(), LockMode.ACCESS_EXCLUSIVE),
          Sql.blocks(ctx, r.oid(), LockMode.ACCESS_EXCLUSIVE),
          fixDs);
      findings.report(
          LintRule.BC104,
          ctx,
          "Drops existing table "
              + r.qualified()
              + " in the same deploy as the application change: the version still running"
              + " fails on every query that uses it.",
          null,
          null,
          "-- release 1: ship the application without any use of "
              + r.qualified()
              + "\n-- release 2: drop it (or first rename it aside and drop it later):\n"
              + "DROP TABLE "
              + r.qualified()
              + ";");
    }

    Set<Long> tablesLosingColumns = new HashSet<>();
    for (Col c : before.columns().values()) {
      ColumnKey key = new ColumnKey(c.table(), c.num());
      if (after.columns().containsKey(key)
          || !ctx.existingColumn(c.table(), c.num())
          || !after.relations().containsKey(c.table())) {
        continue;
      }
      tablesLosingColumns.add(c.table());
      String table = ctx.nameOf(c.table());
      String pk = Sql.key(before, c.table());
      if (c.generated() == '\0') {
        findings.report(
            LintRule.DS103,
            ctx,
            "Drops column "
                + q(c.name())
                + " ("
                + c.type()
                + ") of existing table "
                + table
                + "; its values are gone for good.",
            Sql.lock(ctx, c.table(), LockMode.ACCESS_EXCLUSIVE),
            Sql.blocks(ctx, c.table(), LockMode.ACCESS_EXCLUSIVE),
            "-- keep a copy if the values may be needed again, then drop:\n"
                + "CREATE TABLE "
                + q(
                    Sql.truncate(
                        before.relations().get(c.table()).name() + "_" + c.name() + "_backup"))
                + " AS SELECT "
                + pk
                + ", "
                + q(c.name())
                + " FROM "
                + table
                + ";\nALTER TABLE "
                + table
                + " DROP COLUMN "
                + q(c.name())
                + ";");
      }
      findings.report(
          LintRule.BC103,
          ctx,
          "Drops column "
              + q(c.name())
              + " of "
              + table
              + " in the same deploy as the application change: the version still running"
              + " fails on every query that names it (Hibernate names every mapped column in its"
              + " INSERTs and SELECTs).",
          null,
          null,
          "-- release 1: stop using the column (remove the field, or map it @Transient) and,"
              + " if it is NOT NULL, relax it:\n"
              + "ALTER TABLE "
              + table
              + " ALTER COLUMN "
              + q(c.name())
              + " DROP NOT NULL;\n-- release 2, once no running version uses it:\n"
              + "ALTER TABLE "
              + table
              + " DROP COLUMN "
              + q(c.name())
              + ";");
    }

    for (Con c : before.constraints().values()) {
      if (after.constraints().containsKey(c.oid())
          || !ctx.baseline().constraints().containsKey(c.oid())
          || c.type() == 'n'
          || !after.relations().containsKey(c.table())
          || c.keys().stream().anyMatch(k -> after.column(c.table(), k).isEmpty())
          || recreated(c, end)
          || notNullHelper(c, end)) {
        continue;
      }
      String table = ctx.nameOf(c.table());
      findings.report(
          LintRule.DS104,
          ctx,
          "Drops "
              + c.kindName()
              + " "
              + q(c.name())
              + " of existing table "
              + table
              + " ("
              + c.definition()
              + ") and the file does not re-create it: the database stops enforcing it.",
          Sql.lock(ctx, c.table(), LockMode.ACCESS_EXCLUSIVE),
          Sql.blocks(ctx, c.table(), LockMode.ACCESS_EXCLUSIVE),
          "-- if the guarantee is still needed, re-create it:\nALTER TABLE "
              + table
              + " ADD CONSTRAINT "
              + q(c.name())
              + " "
              + c.definition()
              + (c.type() == 'f' || c.type() == 'c' ? " NOT VALID" : "")
              + ";");
    }

    Set<Long> constraintIndexes = new HashSet<>();
    before.constraints().values().forEach(c -> constraintIndexes.add(c.index()));
    for (Idx i : before.indexes().values()) {
      if (after.indexes().containsKey(i.oid())
          || !ctx.existing(i.oid())
          || constraintIndexes.contains(i.oid())
          || !after.relations().containsKey(i.table())
          || i.keys().stream().anyMatch(k -> k != 0 && after.column(i.table(), k).isEmpty())
          || recreated(i, end)) {
        continue;
      }
      findings.report(
          LintRule.DS105,
          ctx,
          "Drops "
              + (i.unique() ? "unique " : "")
              + "index "
              + q(i.name())
              + " of "
              + ctx.nameOf(i.table())
              + " and the file creates no equivalent: "
              + (i.unique()
                  ? "nothing stops duplicates any more, and queries that used it get slower."
                  : "queries that used it get slower."),
          null,
          null,
          "-- to restore it without blocking writes (in a file marked -- atlas:txmode none):\n"
              + Sql.concurrently(i.definition())
              + ";");
    }

    if (ctx.info().kind() == Kind.TRUNCATE) {
      for (Long oid : ctx.rewritten()) {
        if (ctx.existingTable(oid)) {
          findings.report(
              LintRule.DS106,
              ctx,
              "Truncates existing table " + ctx.nameOf(oid) + ": every row is deleted.",
              Sql.lock(ctx, oid, LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, oid, LockMode.ACCESS_EXCLUSIVE),
              "-- keep a copy first if the rows may be needed again:\nCREATE TABLE "
                  + q(Sql.truncate(after.relations().get(oid).name() + "_backup"))
                  + " AS TABLE "
                  + ctx.nameOf(oid)
                  + ";");
        }
      }
    }
    if (ctx.info().kind() == Kind.DELETE
        && !ctx.info().hasWhere()
        && ctx.target() != 0
        && ctx.existingTable(ctx.target())) {
      findings.report(
          LintRule.DS106,
          ctx,
          "DELETE without WHERE removes every row of existing table "
              + ctx.nameOf(ctx.target())
              + ".",
          Sql.lock(ctx, ctx.target(), LockMode.ROW_EXCLUSIVE),
          "updates and deletes of the same rows, until the transaction commits",
          "-- keep a copy first if the rows may be needed again:\nCREATE TABLE "
              + q(Sql.truncate(after.relations().get(ctx.target()).name() + "_backup"))
              + " AS TABLE "
              + ctx.nameOf(ctx.target())
              + ";");
    }

    if (droppedTables.isEmpty() && tablesLosingColumns.isEmpty()) {
      for (Rel r : before.relations().values()) {
        if (r.kind() == 'S'
            && ctx.existing(r.oid())
            && !after.relations().containsKey(r.oid())
            && droppedSchemas.stream().noneMatch(o -> before.schemas().get(o).equals(r.schema()))) {
          findings.report(
              LintRule.DS107,
              ctx,
              "Drops existing sequence " + r.qualified() + "; its current value is lost.",
              null,
              null,
              "-- keep it until nothing uses it:\nALTER SEQUENCE "
                  + r.qualified()
                  + " RENAME TO "
                  + q(Sql.truncate(r.name() + "_deprecated"))
                  + ";");
        }
      }
    }
  }

  /**
   * Whether the file ends with the constraint back: the same kind under the same name (a modified
   * constraint, e.g. a foreign key re-created with ON DELETE CASCADE) or the same definition.
   */
  private static boolean recreated(Con dropped, Snapshot end) {
    boolean same =
        end.constraintsOf(dropped.table()).stream()
            .anyMatch(
                c ->
                    c.type() == dropped.type()
                        && (c.name().equals(dropped.name())
                            || valid(c.definition()).equals(valid(dropped.definition()))));
    // A unique constraint replaced by a unique index on the same columns keeps the guarantee.
    boolean uniqueKept =
        (dropped.type() == 'u' || dropped.type() == 'p')
            && end.indexesOf(dropped.table()).stream()
                .anyMatch(
                    i ->
                        i.unique()
                            && i.valid()
                            && i.keys().equals(dropped.keys())
                            && !i.definition().contains(" WHERE "));
    return same || uniqueKept;
  }

  /**
   * The helper check of the online SET NOT NULL recipe: once the column itself is NOT NULL,
   * dropping {@code CHECK (col IS NOT NULL)} loses nothing.
   */
  private static boolean notNullHelper(Con c, Snapshot end) {
    if (c.type() != 'c' || c.keys().size() != 1) {
      return false;
    }
    Col col = end.column(c.table(), c.keys().get(0)).orElse(null);
    return col != null
        && col.notNull()
        && valid(c.definition()).equals("CHECK ((" + q(col.name()) + " IS NOT NULL))");
  }

  private static String valid(String constraintDefinition) {
    return constraintDefinition.endsWith(" NOT VALID")
        ? constraintDefinition.substring(0, constraintDefinition.length() - " NOT VALID".length())
        : constraintDefinition;
  }

  /**
   * Whether the file ends with an index that does the dropped one's job: the same definition under
   * any name; for a plain index, one of the same method whose keys start with its keys; for a
   * unique index, one that is unique on a subset of its keys (a stricter guarantee).
   */
  private static boolean recreated(Idx dropped, Snapshot end) {
    String shape = shape(dropped.definition(), dropped.name());
    boolean plain = !dropped.definition().contains(" WHERE ") && !dropped.keys().contains(0);
    String method = method(dropped.definition());
    for (Idx i : end.indexesOf(dropped.table())) {
      if (!i.valid()) {
        continue;
      }
      if (shape(i.definition(), i.name()).equals(shape)) {
        return true;
      }
      if (!plain || i.definition().contains(" WHERE ") || i.keys().contains(0)) {
        continue;
      }
      if (dropped.unique()) {
        if (i.unique() && dropped.keys().containsAll(i.keys())) {
          return true;
        }
      } else if (method.equals(method(i.definition()))
          && i.keys().size() >= dropped.keys().size()
          && i.keys().subList(0, dropped.keys().size()).equals(dropped.keys())) {
        return true;
      }
    }
    return false;
  }

  private static String method(String indexDefinition) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(" USING (\\w+) ").matcher(indexDefinition);
    return m.find() ? m.group(1) : "";
  }

  /** An index definition without its own name, so a rename-and-rebuild compares equal. */
  private static String shape(String definition, String name) {
    return definition.replaceFirst(
        "INDEX " + java.util.regex.Pattern.quote(q(name)) + " ON ", "INDEX ON ");
  }
}
