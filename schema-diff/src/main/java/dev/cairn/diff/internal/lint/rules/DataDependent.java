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
import dev.cairn.diff.lint.LintRule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * MF rules: changes that succeed on the empty dev database but may fail (or alter values) on the
 * rows an existing table already holds.
 */
public final class DataDependent implements Analyzer {
  private LintFile transactionFile;

  /**
   * Check constraints validated by an earlier statement of the transaction still open, with the
   * line that validated them: a SET NOT NULL relying on one of those can still fail with the
   * transaction.
   */
  private final Map<Long, Integer> validatedInTransaction = new HashMap<>();

  /**
   * Columns an earlier statement of the open transaction left without NULL ({@code UPDATE … SET col
   * = … WHERE col IS NULL}, {@code DELETE … WHERE col IS NULL}): the existing rows cannot fail a
   * SET NOT NULL right after; only a row another session commits in the moment between the two
   * statements could, and that is the running application's problem (BC), not the data's.
   */
  private final Map<ColumnKey, Integer> clearedInTransaction = new HashMap<>();

  @Override
  public void statement(StatementContext ctx, Findings findings) {
    Snapshot before = ctx.before();
    Snapshot after = ctx.after();
    // A statement that starts with no lock held starts a transaction: nothing earlier in it
    // validated anything (validating takes a lock that lasts until the commit).
    if (ctx.file() != transactionFile || ctx.held().isEmpty()) {
      transactionFile = ctx.file();
      validatedInTransaction.clear();
      clearedInTransaction.clear();
    }
    judge(ctx, findings, before, after);
    if (ctx.inTransaction()
        && ctx.target() != 0
        && (ctx.info().kind() == Kind.UPDATE || ctx.info().kind() == Kind.DELETE)) {
      for (Col c : after.columnsOf(ctx.target())) {
        if (NullsCleared.by(ctx.statement().text(), c.name())) {
          clearedInTransaction.put(new ColumnKey(c.table(), c.num()), ctx.statement().line());
        }
      }
    }
    if (ctx.inTransaction()) {
      for (Con c : after.constraints().values()) {
        if (c.type() == 'c' && c.validated()) {
          Con was = before.sameConstraint(c).orElse(null);
          if (was == null || !was.validated()) {
            validatedInTransaction.put(c.oid(), ctx.statement().line());
          }
        }
      }
    }
  }

  private void judge(StatementContext ctx, Findings findings, Snapshot before, Snapshot after) {

    for (Idx idx : after.indexes().values()) {
      if (!idx.unique()
          || before.sameIndex(idx).isPresent()
          || !ctx.existingTable(idx.table())
          || !canFail(ctx, idx)) {
        continue;
      }
      String table = ctx.nameOf(idx.table());
      String cols = Sql.columns(after, idx.table(), idx.keys());
      findings.report(
          LintRule.MF101,
          ctx,
          "Adds unique "
              + (idx.primary() ? "primary key index " : "index ")
              + q(idx.name())
              + " on ("
              + cols
              + ") of existing table "
              + table
              + ": it fails if the rows already hold duplicates.",
          Sql.lock(
              ctx,
              idx.table(),
              ctx.locksObserved() ? LockMode.SHARE : LockMode.SHARE_UPDATE_EXCLUSIVE),
          Sql.blocks(
              ctx,
              idx.table(),
              ctx.locksObserved() ? LockMode.SHARE : LockMode.SHARE_UPDATE_EXCLUSIVE),
          "-- find duplicates first:\nSELECT "
              + cols
              + ", count(*) FROM "
              + table
              + " GROUP BY "
              + cols
              + " HAVING count(*) > 1;\n-- then build it without blocking writes (file marked"
              + " -- atlas:txmode none):\n"
              + Sql.concurrently(idx.definition())
              + ";");
    }

    for (Col col : after.columns().values()) {
      if (!ctx.existingTable(col.table())) {
        continue;
      }
      String table = ctx.nameOf(col.table());
      Col old = before.column(col.table(), col.num()).orElse(null);
      if (old == null) {
        if (col.notNull() && !col.hasValueSource()) {
          findings.report(
              LintRule.MF103,
              ctx,
              "Adds NOT NULL column "
                  + Sql.columnDescription(col)
                  + " without a default to existing table "
                  + table
                  + ": the statement fails as soon as the table has a row.",
              Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              "-- either give it a constant default (no rewrite on PostgreSQL 11+):\n"
                  + "ALTER TABLE "
                  + table
                  + " ADD COLUMN "
                  + Sql.columnDescription(col)
                  + " NOT NULL DEFAULT <value>;\n-- or add it nullable, back-fill, then enforce:\n"
                  + "ALTER TABLE "
                  + table
                  + " ADD COLUMN "
                  + Sql.columnDescription(col)
                  + ";\n"
                  + Sql.batchedBackfill(
                      table, q(col.name()) + " = <value>", Sql.key(after, col.table()), null)
                  + "\n"
                  + Sql.notNullSteps(table, after.relations().get(col.table()).name(), col.name()));
        }
        continue;
      }
      if (!ctx.existingColumn(col.table(), col.num())) {
        continue;
      }
      if (!old.notNull() && col.notNull()) {
        notNull(ctx, findings, table, col);
      }
      if (!old.type().equals(col.type())) {
        TypeChange change = TypeChange.judge(old.type(), col.type(), q(col.name()), table);
        if (change.verdict() != TypeChange.Verdict.SAFE) {
          findings.report(
              LintRule.MF105,
              ctx,
              "Changes column "
                  + q(col.name())
                  + " of existing table "
                  + table
                  + " from "
                  + old.type()
                  + " to "
                  + col.type()
                  + ": "
                  + change.detail()
                  + ".",
              Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              change.check() == null
                  ? "-- no query can tell which values change; keep the old column and move the"
                      + " values over a checked cast instead:\n"
                      + Locks.typeChangeFix(ctx, table, old, col, change)
                  : "-- count the rows the change would reject or alter:\n" + change.check());
        }
      }
    }
  }

  /**
   * MF104. A validated {@code CHECK (col IS NOT NULL)} from before the transaction proves there is
   * no NULL: nothing can fail. One validated earlier in the same transaction spares PostgreSQL the
   * scan (no PG203) but not the data question: the validating statement fails on a NULL and takes
   * the whole transaction, this statement included, with it.
   */
  private void notNull(StatementContext ctx, Findings findings, String table, Col col) {
    Con proof = NotNullProof.check(ctx.before(), col).orElse(null);
    Integer validatedAt = proof == null ? null : validatedInTransaction.get(proof.oid());
    if (proof != null && validatedAt == null
        || clearedInTransaction.containsKey(new ColumnKey(col.table(), col.num()))) {
      return;
    }
    String nulls = "SELECT count(*) FROM " + table + " WHERE " + q(col.name()) + " IS NULL;\n";
    String backfill =
        Sql.batchedBackfill(
            table,
            q(col.name()) + " = <value>",
            Sql.key(ctx.after(), col.table()),
            q(col.name()) + " IS NULL");
    if (proof == null) {
      findings.report(
          LintRule.MF104,
          ctx,
          "Makes existing column "
              + q(col.name())
              + " of "
              + table
              + " NOT NULL: the statement fails if any row holds NULL there.",
          Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
          Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
          "-- check first, and back-fill the NULLs:\n" + nulls + backfill);
      return;
    }
    findings.report(
        LintRule.MF104,
        ctx,
        "Makes existing column "
            + q(col.name())
            + " of "
            + table
            + " NOT NULL relying on check "
            + q(proof.name())
            + ", validated at line "
            + validatedAt
            + " in the same transaction: PostgreSQL skips the scan here, but line "
            + validatedAt
            + " fails if any row holds NULL, and this statement is rolled back with it.",
        Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
        Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
        "-- check first, and back-fill the NULLs:\n"
            + nulls
            + backfill
            + "\n-- then validate the check in a transaction of its own (a file of its own, or"
            + " -- atlas:txmode none),\n-- so SET NOT NULL runs only once the check holds:\n"
            + "ALTER TABLE "
            + table
            + " VALIDATE CONSTRAINT "
            + q(proof.name())
            + ";");
  }

  /**
   * Whether a new unique index can meet duplicates: not when an existing unique index already
   * covers a subset of its columns, nor when one of its columns is new and still all NULL.
   */
  private static boolean canFail(StatementContext ctx, Idx idx) {
    if (idx.keys().contains(0)) {
      return true;
    }
    var keys = new HashSet<>(idx.keys());
    for (Idx other : ctx.before().indexesOf(idx.table())) {
      if (other.unique()
          && other.valid()
          && !other.keys().isEmpty()
          && !other.keys().contains(0)
          && !other.definition().contains(" WHERE ")
          && keys.containsAll(other.keys())
          && ctx.existing(other.oid())) {
        return false;
      }
    }
    if (idx.nullsNotDistinct() || idx.primary()) {
      return true;
    }
    for (int k : idx.keys()) {
      if (!ctx.existingColumn(idx.table(), k)) {
        Col c = ctx.after().column(idx.table(), k).orElse(null);
        if (c == null) {
          continue;
        }
        boolean allNull =
            c.defaultExpression() == null && c.identity() == '\0' && c.generated() == '\0';
        // Identity, nextval() or a volatile default evaluated per row (it forced a rewrite just
        // now) hands every existing row its own value.
        boolean perRow =
            c.identity() != '\0'
                || c.defaultExpression() != null
                    && (c.defaultExpression().startsWith("nextval(")
                        || ctx.before().column(idx.table(), k).isEmpty()
                            && ctx.rewritten().contains(idx.table()));
        if (allNull || perRow) {
          return false;
        }
      }
    }
    return true;
  }
}
