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
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Idx;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import dev.cairn.diff.lint.LintRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PG rules: what a statement locks on existing relations and for how long. The facts come from the
 * dev database: new indexes and constraints from the catalog, rewrites from changed relfilenodes,
 * locks from {@code pg_locks}, whole-table reads from the scan counters.
 */
public final class Locks implements Analyzer {
  private LintFile lockFile;
  private final Map<Long, Integer> lockLines = new HashMap<>();

  @Override
  public void statement(StatementContext ctx, Findings findings) {
    trackLockOrigins(ctx);
    if (ctx.info().isTransactionControl()) {
      return;
    }
    int reportsBefore = findings.reportCount();
    nonTransactional(ctx, findings);
    indexBuilds(ctx, findings);
    indexDrops(ctx, findings);
    constraints(ctx, findings);
    Set<Long> explained = new HashSet<>();
    columns(ctx, findings, explained);
    otherRewrites(ctx, findings, explained);
    longWorkUnderLock(ctx, findings, findings.reportCount() > reportsBefore);
    lockTimeout(ctx, findings);
  }

  private void trackLockOrigins(StatementContext ctx) {
    if (ctx.file() != lockFile || ctx.held().isEmpty()) {
      lockFile = ctx.file();
      lockLines.clear();
    }
    ctx.acquired().forEach((oid, mode) -> lockLines.putIfAbsent(oid, ctx.statement().line()));
  }

  private static void nonTransactional(StatementContext ctx, Findings findings) {
    if (!ctx.failedInTransaction()) {
      return;
    }
    boolean concurrently = ctx.info().concurrently();
    findings.report(
        LintRule.PG103,
        ctx,
        (concurrently
                ? "CONCURRENTLY cannot run inside a transaction block"
                : "This statement cannot run inside a transaction block")
            + ", and "
            + (ctx.file().transactional()
                ? "the runtime runs this file in one (no -- atlas:txmode none directive)"
                : "the file opened one with BEGIN")
            + ": the deploy fails here.",
        null,
        null,
        "-- atlas:txmode none\n-- (first line of the file; keep such statements in a file of"
            + " their own, since without a transaction a failure leaves earlier statements"
            + " applied)\n"
            + ctx.statement().text()
            + ";");
  }

  private static void indexBuilds(StatementContext ctx, Findings findings) {
    if (ctx.info().kind() != Kind.CREATE_INDEX || ctx.info().concurrently()) {
      return;
    }
    Snapshot after = ctx.after();
    List<Idx> built = new ArrayList<>();
    for (Idx idx : after.indexes().values()) {
      if (!ctx.before().indexes().containsKey(idx.oid()) && ctx.existing(idx.table())) {
        built.add(idx);
      }
    }
    // On a partitioned table the statement also builds one index per partition: report the
    // parent's only.
    Set<Long> tables = new HashSet<>();
    built.forEach(i -> tables.add(i.table()));
    for (Idx idx : built) {
      Rel table = after.relations().get(idx.table());
      if (table.partitionOf() != 0 && tables.contains(table.partitionOf())) {
        continue;
      }
      String fix;
      if (table.kind() == 'p') {
        fix =
            "-- CONCURRENTLY is not supported on a partitioned table: create the parent index"
                + " ONLY, then each partition's concurrently, then attach them\n"
                + idx.definition().replaceFirst(" ON ", " ON ONLY ")
                + ";\n-- for each partition p (file marked -- atlas:txmode none):\n"
                + "-- CREATE INDEX CONCURRENTLY p_idx ON p (...);\n"
                + "-- ALTER INDEX "
                + q(idx.name())
                + " ATTACH PARTITION p_idx;";
      } else {
        fix =
            "-- atlas:txmode none  (first line of a file of its own)\n"
                + Sql.concurrently(idx.definition())
                + ";";
      }
      findings.report(
          LintRule.PG101,
          ctx,
          "Builds index "
              + q(idx.name())
              + " on existing table "
              + table.qualified()
              + " without CONCURRENTLY: writes to the table wait for the whole build.",
          Sql.lock(ctx, table.oid(), LockMode.SHARE),
          Sql.blocks(ctx, table.oid(), LockMode.SHARE),
          fix);
    }
  }

  private static void indexDrops(StatementContext ctx, Findings findings) {
    if (ctx.info().kind() != Kind.DROP_INDEX || ctx.info().concurrently()) {
      return;
    }
    for (Idx idx : ctx.before().indexes().values()) {
      if (ctx.after().indexes().containsKey(idx.oid()) || !ctx.existing(idx.oid())) {
        continue;
      }
      Rel index = ctx.before().relations().get(idx.oid());
      findings.report(
          LintRule.PG102,
          ctx,
          "Drops index "
              + index.qualified()
              + " without CONCURRENTLY: it waits for every query on "
              + ctx.nameOf(idx.table())
              + ", and every query arriving after it waits too.",
          Sql.lock(ctx, idx.table(), LockMode.ACCESS_EXCLUSIVE),
          Sql.blocks(ctx, idx.table(), LockMode.ACCESS_EXCLUSIVE),
          "-- atlas:txmode none  (first line of a file of its own)\nDROP INDEX CONCURRENTLY IF"
              + " EXISTS "
              + index.qualified()
              + ";");
    }
  }

  private static void constraints(StatementContext ctx, Findings findings) {
    Snapshot before = ctx.before();
    Snapshot after = ctx.after();
    for (Con con : after.constraints().values()) {
      if (before.sameConstraint(con).isPresent() || !ctx.existingTable(con.table())) {
        continue;
      }
      String table = ctx.nameOf(con.table());
      switch (con.type()) {
        case 'p', 'u', 'x' -> {
          if (con.index() == 0 || before.indexes().containsKey(con.index())) {
            continue; // USING INDEX: the index was built beforehand.
          }
          Idx idx = after.indexes().get(con.index());
          LintRule rule = con.type() == 'p' ? LintRule.PG104 : LintRule.PG105;
          String fix;
          if (con.type() == 'x') {
            fix =
                "-- exclusion constraints cannot be attached from a prebuilt index; add it in a"
                    + " maintenance window, or enforce the rule in a new table";
          } else {
            StringBuilder f = new StringBuilder();
            f.append("-- atlas:txmode none  (build the index in a file of its own)\n")
                .append(Sql.concurrently(idx.definition()))
                .append(";\n-- then, in the next file (brief ACCESS EXCLUSIVE, no scan):\n");
            if (con.type() == 'p') {
              for (int k : con.keys()) {
                Col c = before.column(con.table(), k).orElse(null);
                if (c != null && !c.notNull()) {
                  f.append(
                          Sql.notNullSteps(
                              table, after.relations().get(con.table()).name(), c.name()))
                      .append('\n');
                }
              }
            }
            f.append("ALTER TABLE ")
                .append(table)
                .append(" ADD CONSTRAINT ")
                .append(q(con.name()))
                .append(con.type() == 'p' ? " PRIMARY KEY" : " UNIQUE")
                .append(" USING INDEX ")
                .append(q(idx.name()))
                .append(';');
            fix = f.toString();
          }
          findings.report(
              rule,
              ctx,
              "Adds "
                  + con.kindName()
                  + " "
                  + q(con.name())
                  + " to existing table "
                  + table
                  + ", building its index while holding ACCESS EXCLUSIVE: reads and writes wait"
                  + " for the whole build.",
              Sql.lock(ctx, con.table(), LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, con.table(), LockMode.ACCESS_EXCLUSIVE),
              fix);
        }
        case 'f' -> {
          if (!con.validated() || allNewAndEmpty(ctx, con)) {
            continue;
          }
          String referenced = ctx.nameOf(con.referenced());
          findings.report(
              LintRule.PG201,
              ctx,
              "Adds foreign key "
                  + q(con.name())
                  + " on existing table "
                  + table
                  + " without NOT VALID: every row is checked against "
                  + referenced
                  + " while writes to both tables wait.",
              Sql.lock(ctx, con.table(), LockMode.SHARE_ROW_EXCLUSIVE)
                  + "; "
                  + Sql.lock(ctx, con.referenced(), LockMode.SHARE_ROW_EXCLUSIVE),
              Sql.blocks(ctx, con.table(), LockMode.SHARE_ROW_EXCLUSIVE)
                  + "; the same on "
                  + referenced,
              "ALTER TABLE "
                  + table
                  + " ADD CONSTRAINT "
                  + q(con.name())
                  + " "
                  + con.definition()
                  + " NOT VALID;\n-- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and"
                  + " writes go on):\nALTER TABLE "
                  + table
                  + " VALIDATE CONSTRAINT "
                  + q(con.name())
                  + ";");
        }
        case 'c' -> {
          if (!con.validated() || allNewAndEmpty(ctx, con)) {
            continue;
          }
          findings.report(
              LintRule.PG202,
              ctx,
              "Adds check constraint "
                  + q(con.name())
                  + " on existing table "
                  + table
                  + " without NOT VALID: every row is checked while reads and writes wait.",
              Sql.lock(ctx, con.table(), LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, con.table(), LockMode.ACCESS_EXCLUSIVE),
              "ALTER TABLE "
                  + table
                  + " ADD CONSTRAINT "
                  + q(con.name())
                  + " "
                  + con.definition()
                  + " NOT VALID;\n-- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and"
                  + " writes go on):\nALTER TABLE "
                  + table
                  + " VALIDATE CONSTRAINT "
                  + q(con.name())
                  + ";");
        }
        default -> {}
      }
    }
  }

  /**
   * Columns added by this statement and still all NULL cannot violate a check or foreign key, and
   * PostgreSQL does not scan for them.
   */
  private static boolean allNewAndEmpty(StatementContext ctx, Con con) {
    if (con.keys().isEmpty()) {
      return false;
    }
    for (int k : con.keys()) {
      // Only columns added by this very statement: PostgreSQL skips the check for those, but a
      // column added by an earlier statement is scanned like any other.
      if (ctx.before().column(con.table(), k).isPresent()) {
        return false;
      }
      Col c = ctx.after().column(con.table(), k).orElse(null);
      if (c == null || c.hasValueSource()) {
        return false;
      }
    }
    return true;
  }

  private static void columns(StatementContext ctx, Findings findings, Set<Long> explained) {
    Snapshot before = ctx.before();
    Snapshot after = ctx.after();
    Set<Long> newPrimaryKeys = new HashSet<>();
    for (Con con : after.constraints().values()) {
      if (con.type() == 'p' && before.sameConstraint(con).isEmpty()) {
        newPrimaryKeys.add(con.table());
      }
    }
    // A rewrite on a table whose existing column changed type is that change's doing (PG301),
    // whatever defaults other columns added in the same statement have.
    Set<Long> retyped = new HashSet<>();
    for (Col col : after.columns().values()) {
      Col old = before.column(col.table(), col.num()).orElse(null);
      if (old != null && !old.type().equals(col.type())) {
        retyped.add(col.table());
      }
    }
    for (Col col : after.columns().values()) {
      if (!ctx.existingTable(col.table())) {
        continue;
      }
      String table = ctx.nameOf(col.table());
      Rel rel = after.relations().get(col.table());
      Col old = before.column(col.table(), col.num()).orElse(null);
      boolean rewritten = ctx.rewritten().contains(col.table());
      if (old == null) {
        if (rewritten
            && !retyped.contains(col.table())
            && col.defaultExpression() != null
            && col.generated() == '\0'
            && col.identity() == '\0') {
          explained.add(col.table());
          findings.report(
              LintRule.PG302,
              ctx,
              "Adds column "
                  + q(col.name())
                  + " with volatile default "
                  + col.defaultExpression()
                  + " to existing table "
                  + table
                  + ": PostgreSQL rewrites every row to store it, holding ACCESS EXCLUSIVE.",
              Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              "ALTER TABLE "
                  + table
                  + " ADD COLUMN "
                  + Sql.columnDescription(col)
                  + ";\nALTER TABLE "
                  + table
                  + " ALTER COLUMN "
                  + q(col.name())
                  + " SET DEFAULT "
                  + col.defaultExpression()
                  + ";  -- new rows only, no rewrite\n"
                  + Sql.batchedBackfill(
                      table,
                      q(col.name()) + " = " + col.defaultExpression(),
                      Sql.key(after, col.table()),
                      q(col.name()) + " IS NULL"));
        }
        continue;
      }
      // From here on the column existed before this statement: even one added earlier in the
      // same deploy makes PostgreSQL rewrite or scan the (existing, populated) table.
      if (!old.type().equals(col.type())) {
        explained.add(col.table());
        if (rewritten) {
          TypeChange change = TypeChange.judge(old.type(), col.type(), q(col.name()), table);
          findings.report(
              LintRule.PG301,
              ctx,
              "Changes column "
                  + q(col.name())
                  + " of existing table "
                  + table
                  + " from "
                  + old.type()
                  + " to "
                  + col.type()
                  + ": PostgreSQL rewrites the table and rebuilds its indexes while holding"
                  + " ACCESS EXCLUSIVE.",
              Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
              typeChangeFix(ctx, table, old, col, change));
        } else {
          List<String> rebuilt = new ArrayList<>();
          for (Idx idx : after.indexesOf(col.table())) {
            // ALTER COLUMN TYPE re-creates every index on the column under a new oid, reusing the
            // old storage when no rebuild is needed: compare the storage, not the oid.
            Idx prev = before.sameIndex(idx).orElse(null);
            Rel prevRel = prev == null ? null : before.relations().get(prev.oid());
            Rel nowRel = after.relations().get(idx.oid());
            if (prev != null
                && ctx.existing(prev.oid())
                && prevRel != null
                && nowRel != null
                && prevRel.fileNode() != nowRel.fileNode()) {
              rebuilt.add(q(idx.name()));
            }
          }
          // Constraints on the column are re-added, and CHECKs re-validated with a full scan.
          List<String> rechecked = new ArrayList<>();
          if (ctx.scanned().containsKey(col.table())) {
            for (Con c : before.constraintsOf(col.table())) {
              if (c.type() == 'c' && c.keys().contains(col.num())) {
                rechecked.add(q(c.name()));
              }
            }
            if (rechecked.isEmpty()) {
              rechecked.add("its constraints");
            }
          }
          if (!rebuilt.isEmpty() || !rechecked.isEmpty()) {
            List<String> work = new ArrayList<>();
            if (!rebuilt.isEmpty()) {
              work.add("rebuilds " + String.join(", ", rebuilt));
            }
            if (!rechecked.isEmpty()) {
              work.add("re-checks " + String.join(", ", rechecked) + " against every row");
            }
            findings.report(
                LintRule.PG303,
                ctx,
                "Changes column "
                    + q(col.name())
                    + " of existing table "
                    + table
                    + " from "
                    + old.type()
                    + " to "
                    + col.type()
                    + " without a table rewrite, but "
                    + String.join(" and ", work)
                    + " while holding ACCESS EXCLUSIVE.",
                Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
                Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
                rechecked.isEmpty()
                    ? "-- build replacement indexes CONCURRENTLY on a new column instead (expand/"
                        + "contract), or run the change in a quiet period with lock_timeout set:\n"
                        + "SET lock_timeout = '5s';"
                    : "-- drop the check first, change the type, then add the check back NOT VALID"
                        + " and validate it in a later transaction:\n"
                        + "ALTER TABLE "
                        + table
                        + " DROP CONSTRAINT "
                        + rechecked.get(0)
                        + ";\nALTER TABLE "
                        + table
                        + " ALTER COLUMN "
                        + q(col.name())
                        + " TYPE "
                        + col.type()
                        + ";\n-- then: ADD CONSTRAINT … NOT VALID; and, later, VALIDATE CONSTRAINT");
          }
        }
      }
      // A validated CHECK (col IS NOT NULL) lets PostgreSQL 12+ skip the scan, also one validated
      // earlier in the same transaction (the scan then happened there, under that statement's
      // lock). Where scans are observed, a table that was neither read nor rewritten proves it
      // for any other form of proof PostgreSQL accepts.
      if (!old.notNull()
          && col.notNull()
          && !newPrimaryKeys.contains(col.table())
          && NotNullProof.check(before, col).isEmpty()
          && !(ctx.scansObserved() && !rewritten && !ctx.scanned().containsKey(col.table()))) {
        findings.report(
            LintRule.PG203,
            ctx,
            "SET NOT NULL on column "
                + q(col.name())
                + " of existing table "
                + table
                + " checks every row while holding ACCESS EXCLUSIVE.",
            Sql.lock(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
            Sql.blocks(ctx, col.table(), LockMode.ACCESS_EXCLUSIVE),
            Sql.notNullSteps(table, rel.name(), col.name()));
      }
    }
  }

  static String typeChangeFix(
      StatementContext ctx, String table, Col old, Col col, TypeChange change) {
    if (old.type().startsWith("character varying")
        && col.type().startsWith("character varying")
        && change.verdict() == TypeChange.Verdict.NARROWING) {
      String len = col.type().replaceAll("\\D", "");
      String check =
          q(
              Sql.truncate(
                  ctx.after().relations().get(col.table()).name() + "_" + col.name() + "_length"));
      return "-- keep the type and enforce the limit with a check instead (no rewrite):\n"
          + "ALTER TABLE "
          + table
          + " ADD CONSTRAINT "
          + check
          + " CHECK (char_length("
          + q(col.name())
          + ") <= "
          + len
          + ") NOT VALID;\nALTER TABLE "
          + table
          + " VALIDATE CONSTRAINT "
          + check
          + ";";
    }
    String shadow = q(Sql.truncate(col.name() + "_new"));
    String key = Sql.key(ctx.before(), col.table());
    return "-- expand: a new column, filled in batches and kept in sync by the application (or a"
        + " trigger)\nALTER TABLE "
        + table
        + " ADD COLUMN "
        + shadow
        + " "
        + col.type()
        + ";\n"
        + Sql.batchedBackfill(
            table, shadow + " = " + q(old.name()) + "::" + col.type(), key, shadow + " IS NULL")
        + "\n-- contract, once every row is copied (brief ACCESS EXCLUSIVE, no rewrite):\n"
        + "ALTER TABLE "
        + table
        + " RENAME COLUMN "
        + q(old.name())
        + " TO "
        + q(Sql.truncate(old.name() + "_old"))
        + ";\nALTER TABLE "
        + table
        + " RENAME COLUMN "
        + shadow
        + " TO "
        + q(col.name())
        + ";";
  }

  private static void otherRewrites(StatementContext ctx, Findings findings, Set<Long> explained) {
    if (ctx.info().kind() == Kind.TRUNCATE) {
      return;
    }
    for (Long oid : ctx.rewritten()) {
      Rel before = ctx.before().relations().get(oid);
      Rel after = ctx.after().relations().get(oid);
      if (explained.contains(oid) || !before.isTable() || !ctx.existing(oid)) {
        continue;
      }
      if (before.partitionOf() != 0 && ctx.rewritten().contains(before.partitionOf())) {
        continue;
      }
      String why;
      String fix;
      Col added =
          ctx.after().columnsOf(oid).stream()
              .filter(c -> ctx.before().column(oid, c.num()).isEmpty())
              .findFirst()
              .orElse(null);
      if (added != null && added.generated() != '\0') {
        why = "adding stored generated column " + q(added.name()) + " computes it for every row";
        fix =
            "-- add a plain nullable column, fill it in batches, and keep it current with a"
                + " trigger (or compute it in a view)";
      } else if (added != null && added.identity() != '\0') {
        why = "adding identity column " + q(added.name()) + " writes a value into every row";
        fix =
            "-- add a nullable column with a sequence default for new rows, then back-fill in"
                + " batches:\nALTER TABLE "
                + before.qualified()
                + " ADD COLUMN "
                + q(added.name())
                + " "
                + added.type()
                + ";";
      } else if (before.persistence() != after.persistence()) {
        why =
            "SET "
                + (after.persistence() == 'u' ? "UNLOGGED" : "LOGGED")
                + " copies the whole table";
        fix = "-- schedule it for a maintenance window; there is no online form";
      } else if (ctx.info().kind() == Kind.CLUSTER
          || ctx.info().kind() == Kind.VACUUM && ctx.info().full()) {
        why =
            (ctx.info().kind() == Kind.CLUSTER ? "CLUSTER" : "VACUUM FULL")
                + " rewrites the whole table";
        fix = "-- use the pg_repack extension to rewrite online, outside migrations";
      } else {
        why = "the statement rewrites every row";
        fix = "-- schedule it for a maintenance window, or split it into expand/contract steps";
      }
      findings.report(
          LintRule.PG304,
          ctx,
          "On existing table "
              + before.qualified()
              + ", "
              + why
              + " while holding ACCESS"
              + " EXCLUSIVE.",
          Sql.lock(ctx, oid, LockMode.ACCESS_EXCLUSIVE),
          Sql.blocks(ctx, oid, LockMode.ACCESS_EXCLUSIVE),
          fix);
    }
  }

  private void longWorkUnderLock(StatementContext ctx, Findings findings, boolean alreadyReported) {
    Kind kind = ctx.info().kind();
    if (kind == Kind.REINDEX && !ctx.info().concurrently()) {
      for (Long oid : ctx.rewritten()) {
        Rel r = ctx.before().relations().get(oid);
        if (r != null && (r.kind() == 'i' || r.kind() == 'I') && ctx.existing(oid)) {
          Idx idx = ctx.before().indexes().get(oid);
          long table = idx == null ? oid : idx.table();
          findings.report(
              LintRule.PG401,
              ctx,
              "REINDEX rebuilds existing index "
                  + r.qualified()
                  + " while writes to "
                  + ctx.nameOf(table)
                  + " wait (and reads that would use the index).",
              Sql.lock(ctx, table, LockMode.SHARE),
              Sql.blocks(ctx, table, LockMode.SHARE),
              "-- atlas:txmode none\nREINDEX INDEX CONCURRENTLY " + r.qualified() + ";");
        }
      }
      return;
    }
    if (kind == Kind.REFRESH_MATERIALIZED_VIEW && !ctx.info().concurrently()) {
      for (Long oid : ctx.rewritten()) {
        Rel r = ctx.before().relations().get(oid);
        if (r != null && r.kind() == 'm' && ctx.existing(oid)) {
          findings.report(
              LintRule.PG401,
              ctx,
              "REFRESH MATERIALIZED VIEW recomputes existing "
                  + r.qualified()
                  + " while every read of it waits.",
              Sql.lock(ctx, oid, LockMode.ACCESS_EXCLUSIVE),
              Sql.blocks(ctx, oid, LockMode.ACCESS_EXCLUSIVE),
              "-- needs a unique index on the view:\nREFRESH MATERIALIZED VIEW CONCURRENTLY "
                  + r.qualified()
                  + ";");
        }
      }
      return;
    }
    // Any other statement that reads a whole existing table while the transaction holds a lock
    // that blocks traffic: a back-fill after an ALTER, VALIDATE CONSTRAINT after ADD … NOT VALID
    // in the same transaction, ATTACH PARTITION, ALTER DOMAIN … ADD CHECK, …
    if (alreadyReported
        || kind == Kind.INSERT && !ctx.info().fromQuery()
        // TRUNCATE rebuilds the indexes of the emptied heap (counted as a scan of nothing).
        || kind == Kind.TRUNCATE
        || ctx.scanned().isEmpty()
        || addsRequiredColumn(ctx)) {
      return;
    }
    List<Long> scannedExisting = new ArrayList<>();
    ctx.scanned().keySet().stream().filter(ctx::existingTable).forEach(scannedExisting::add);
    if (scannedExisting.isEmpty()) {
      return;
    }
    Map<Long, LockMode> locks = new java.util.LinkedHashMap<>();
    // The scanned table's own lock first: it is the one the message is about.
    for (Long oid : scannedExisting) {
      LockMode m = ctx.acquired().getOrDefault(oid, ctx.held().get(oid));
      if (m != null) {
        locks.put(oid, m);
      }
    }
    ctx.held().forEach(locks::putIfAbsent);
    ctx.acquired().forEach(locks::putIfAbsent);
    for (Map.Entry<Long, LockMode> h : locks.entrySet()) {
      if (!h.getValue().blocksWrites() || !ctx.existing(h.getKey())) {
        continue;
      }
      Rel locked = ctx.before().relations().get(h.getKey());
      // Applications read materialized views, they do not write them: only ACCESS EXCLUSIVE
      // (which blocks reads) matters there.
      if (locked == null
          || !(locked.isTable() || locked.kind() == 'm' && h.getValue().blocksReads())) {
        continue;
      }
      Integer line = ctx.acquired().containsKey(h.getKey()) ? null : lockLines.get(h.getKey());
      String scanned = String.join(", ", scannedExisting.stream().map(ctx::nameOf).toList());
      findings.report(
          LintRule.PG401,
          ctx,
          "Reads every row of existing "
              + scanned
              + " while the transaction still holds "
              + h.getValue().sql()
              + " on "
              + locked.qualified()
              + (line == null ? " (taken by this statement)" : " (taken at line " + line + ")")
              + ": the lock lasts as long as this read.",
          h.getValue().sql() + " on " + locked.qualified(),
          h.getValue().blocks()
              + " on "
              + locked.qualified()
              + (ctx.inTransaction()
                  ? ", until the transaction commits"
                  : ", for as long as the statement runs"),
          line != null
              ? "-- commit the earlier change first: put this statement in a file of its own (or"
                  + " mark the file -- atlas:txmode none)"
                  + (ctx.info().isDataStatement()
                      ? ",\n-- and back-fill in batches:\n"
                          + Sql.batchedBackfill(
                              scanned, "…", Sql.key(ctx.after(), scannedExisting.get(0)), null)
                      : "")
              : "-- the statement checks every row under its own lock; prove the condition first"
                  + " with a CHECK … NOT VALID + VALIDATE CONSTRAINT (ATTACH PARTITION then skips"
                  + " the scan), or run it in a quiet period with lock_timeout set");
      return;
    }
  }

  /**
   * Whether the statement added a NOT NULL column with nothing to fill it: PostgreSQL scans to
   * verify it, and on a populated table the statement fails at the first row (MF103).
   */
  private static boolean addsRequiredColumn(StatementContext ctx) {
    for (Col c : ctx.after().columns().values()) {
      if (c.notNull()
          && !c.hasValueSource()
          && ctx.existingTable(c.table())
          && ctx.before().column(c.table(), c.num()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void lockTimeout(StatementContext ctx, Findings findings) {
    if (!findings.enabled(LintRule.PG402) || ctx.hasLockTimeout()) {
      return;
    }
    for (Map.Entry<Long, LockMode> e : ctx.acquired().entrySet()) {
      Rel r = ctx.before().relations().get(e.getKey());
      if (r == null
          || !(r.isTable() || r.kind() == 'm')
          || !ctx.existing(e.getKey())
          || !e.getValue().blocksWrites()) {
        continue;
      }
      findings.report(
          LintRule.PG402,
          ctx,
          "Waits for "
              + e.getValue().sql()
              + " on existing "
              + r.qualified()
              + " with no lock_timeout: behind one long-running query, it stalls every query"
              + " on the table.",
          Sql.lock(ctx, e.getKey(), e.getValue()),
          Sql.blocks(ctx, e.getKey(), e.getValue()),
          "SET lock_timeout = '5s';  -- first statement of the file; retry the deploy if it"
              + " times out");
      return;
    }
  }
}
