package dev.cairn.diff.internal.lint.rules;

import dev.cairn.diff.internal.lint.StatementContext;
import dev.cairn.diff.internal.lint.catalog.LockMode;
import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import dev.cairn.diff.model.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/** Shared wording: names, lock descriptions and the SQL of safe alternatives. */
final class Sql {
  private Sql() {}

  static String q(String identifier) {
    return Identifiers.quote(identifier);
  }

  /** The lock a statement took on a relation, e.g. {@code ACCESS EXCLUSIVE on public.t}. */
  static String lock(StatementContext ctx, long oid, LockMode documented) {
    boolean earlier = !ctx.acquired().containsKey(oid) && ctx.held().containsKey(oid);
    return ctx.lockOn(oid, documented).sql()
        + " on "
        + ctx.nameOf(oid)
        + (earlier ? " (held since an earlier statement of the transaction)" : "");
  }

  /** What that lock blocks and for how long. */
  static String blocks(StatementContext ctx, long oid, LockMode documented) {
    LockMode m = ctx.lockOn(oid, documented);
    return m.blocks()
        + " on "
        + ctx.nameOf(oid)
        + (ctx.inTransaction()
            ? ", until the transaction commits"
            : ", for as long as the statement runs");
  }

  /** Column names of attnums, comma separated, quoted. */
  static String columns(Snapshot s, long table, List<Integer> nums) {
    return nums.stream()
        .map(n -> n == 0 ? "(expression)" : s.column(table, n).map(c -> q(c.name())).orElse("?"))
        .collect(Collectors.joining(", "));
  }

  /** The primary-key columns of a table, for batching advice; {@code id} when there is none. */
  static String key(Snapshot s, long table) {
    for (Con c : s.constraintsOf(table)) {
      if (c.type() == 'p' && !c.keys().isEmpty()) {
        return columns(s, table, c.keys());
      }
    }
    return "id";
  }

  /** {@code pg_get_indexdef} output with CONCURRENTLY inserted after INDEX. */
  static String concurrently(String indexDefinition) {
    return indexDefinition.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ");
  }

  static String batchedBackfill(String table, String set, String key, String extraWhere) {
    return "UPDATE "
        + table
        + " SET "
        + set
        + " WHERE "
        + (extraWhere == null ? "" : extraWhere + " AND ")
        + key
        + " BETWEEN :from AND :to;  -- repeat in batches, one transaction each";
  }

  static String columnDescription(Col c) {
    return q(c.name()) + " " + c.type();
  }

  static String notNullSteps(String table, String tableName, String column) {
    String check = q(truncate(tableName + "_" + column + "_not_null"));
    return "ALTER TABLE "
        + table
        + " ADD CONSTRAINT "
        + check
        + " CHECK ("
        + q(column)
        + " IS NOT NULL) NOT VALID;\n"
        + "-- in a later transaction (VALIDATE takes SHARE UPDATE EXCLUSIVE: reads and writes"
        + " go on; it fails if a NULL is left):\n"
        + "ALTER TABLE "
        + table
        + " VALIDATE CONSTRAINT "
        + check
        + ";\n"
        + "-- in a later transaction again (brief ACCESS EXCLUSIVE, no scan, cannot fail):\n"
        + "ALTER TABLE "
        + table
        + " ALTER COLUMN "
        + q(column)
        + " SET NOT NULL;  -- PostgreSQL 12+ uses the check and skips the scan\n"
        + "ALTER TABLE "
        + table
        + " DROP CONSTRAINT "
        + check
        + ";";
  }

  /** Cuts a generated name to PostgreSQL's 63-byte limit. */
  static String truncate(String name) {
    byte[] b = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (b.length <= 63) {
      return name;
    }
    int end = name.length();
    while (name.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
      end--;
    }
    return name.substring(0, end);
  }
}
