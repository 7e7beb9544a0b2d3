package dev.cairn.diff.internal.lint.rules;

import static dev.cairn.diff.internal.lint.rules.Sql.q;

import dev.cairn.diff.internal.lint.Analyzer;
import dev.cairn.diff.internal.lint.Findings;
import dev.cairn.diff.internal.lint.LintFile;
import dev.cairn.diff.internal.lint.StatementContext;
import dev.cairn.diff.internal.lint.catalog.LockMode;
import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import dev.cairn.diff.lint.LintRule;
import java.util.List;

/**
 * BC101 and BC102: renames of existing tables and columns, read from the catalog by oid (so a
 * rename is never mistaken for a drop and a create). A table rename is compatible when the file
 * leaves something answering to the old name, typically a view.
 */
public final class Renames implements Analyzer {

  @Override
  public void file(LintFile file, List<StatementContext> statements, Findings findings) {
    if (statements.isEmpty()) {
      return;
    }
    Snapshot end = statements.get(statements.size() - 1).after();
    for (StatementContext ctx : statements) {
      for (Rel old : ctx.before().relations().values()) {
        Rel now = ctx.after().relations().get(old.oid());
        if (now == null
            || !ctx.existing(old.oid())
            || !(old.isTable() || old.kind() == 'v' || old.kind() == 'm')
            || now.name().equals(old.name()) && now.schema().equals(old.schema())
            || end.relation(old.schema(), old.name()).isPresent()) {
          continue;
        }
        findings.report(
            LintRule.BC101,
            ctx,
            "Renames existing "
                + old.kindName()
                + " "
                + old.qualified()
                + " to "
                + now.qualified()
                + ": the application version still running during the deploy fails on every"
                + " query that names "
                + old.qualified()
                + ".",
            Sql.lock(ctx, old.oid(), LockMode.ACCESS_EXCLUSIVE),
            Sql.blocks(ctx, old.oid(), LockMode.ACCESS_EXCLUSIVE),
            "ALTER TABLE "
                + old.qualified()
                + " RENAME TO "
                + q(now.name())
                + ";\n-- keep the old name working for the running version (a simple view is"
                + " updatable):\nCREATE VIEW "
                + old.qualified()
                + " AS SELECT * FROM "
                + now.qualified()
                + ";\n-- drop the view in a later release, once no running version uses the old"
                + " name");
      }
      for (Col old : ctx.before().columns().values()) {
        Col now = ctx.after().column(old.table(), old.num()).orElse(null);
        if (now == null
            || now.name().equals(old.name())
            || !ctx.existingColumn(old.table(), old.num())) {
          continue;
        }
        String table = ctx.nameOf(old.table());
        Snapshot s = ctx.before();
        findings.report(
            LintRule.BC102,
            ctx,
            "Renames column "
                + q(old.name())
                + " of existing table "
                + table
                + " to "
                + q(now.name())
                + ": the application version still running during the deploy fails on every"
                + " query that names "
                + q(old.name())
                + ".",
            Sql.lock(ctx, old.table(), LockMode.ACCESS_EXCLUSIVE),
            Sql.blocks(ctx, old.table(), LockMode.ACCESS_EXCLUSIVE),
            "-- expand: add the new column and keep both in sync (application or trigger)\n"
                + "ALTER TABLE "
                + table
                + " ADD COLUMN "
                + q(now.name())
                + " "
                + old.type()
                + ";\n"
                + Sql.batchedBackfill(
                    table, q(now.name()) + " = " + q(old.name()), Sql.key(s, old.table()), null)
                + "\n-- contract, in a later release once nothing reads "
                + q(old.name())
                + ":\nALTER TABLE "
                + table
                + " DROP COLUMN "
                + q(old.name())
                + ";");
      }
    }
  }
}
