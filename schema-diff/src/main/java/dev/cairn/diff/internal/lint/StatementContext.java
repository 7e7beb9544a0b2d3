package dev.cairn.diff.internal.lint;

import dev.cairn.diff.internal.lint.catalog.LockMode;
import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.ColumnKey;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Rel;
import dev.cairn.runtime.sql.SqlStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about one executed statement: its tokens' meaning, the catalog before and after
 * it, the locks it took, the relations it rewrote and scanned, and which objects existed before the
 * changes being linted (the only ones running code and real data can depend on).
 *
 * @param file the file
 * @param index the statement's position in the file, from 0
 * @param statement the statement
 * @param info what its tokens say it is
 * @param baseline the objects that existed before the changes being linted
 * @param before the catalog just before the statement
 * @param after the catalog just after it
 * @param acquired locks the statement took or strengthened, by relation oid (empty when it ran
 *     outside a transaction, where locks cannot be observed)
 * @param held locks the transaction already held when the statement started
 * @param rewritten relations whose storage PostgreSQL replaced (relfilenode changed)
 * @param scanned tables sequentially scanned by the statement, by oid
 * @param scansObserved whether {@code scanned} could be observed (the server tracks counts and the
 *     statement ran inside an observed transaction): when true, a table missing from {@code
 *     scanned} was not read
 * @param locksObserved whether {@code acquired} could be observed
 * @param inTransaction whether the statement ran inside the file's (or an explicit) transaction
 * @param failedInTransaction whether it failed there because it cannot run in a transaction block
 * @param lockTimeout {@code lock_timeout} in effect when the statement started
 * @param notices notices and warnings the server sent while running it
 * @param target the oid the statement's target name (DELETE, UPDATE, INSERT, CREATE INDEX) resolved
 *     to on the dev database, or 0
 */
public record StatementContext(
    LintFile file,
    int index,
    SqlStatement statement,
    StatementInfo info,
    Snapshot baseline,
    Snapshot before,
    Snapshot after,
    Map<Long, LockMode> acquired,
    Map<Long, LockMode> held,
    Set<Long> rewritten,
    Map<Long, Long> scanned,
    boolean scansObserved,
    boolean locksObserved,
    boolean inTransaction,
    boolean failedInTransaction,
    String lockTimeout,
    List<String> notices,
    long target) {

  /** Copies the collections. */
  public StatementContext {
    acquired = Map.copyOf(acquired);
    held = Map.copyOf(held);
    rewritten = Set.copyOf(rewritten);
    scanned = Map.copyOf(scanned);
    notices = List.copyOf(notices);
  }

  /**
   * Whether a relation existed before the changes being linted.
   *
   * @param oid the relation oid
   * @return true if it is in the baseline
   */
  public boolean existing(long oid) {
    return baseline.relations().containsKey(oid);
  }

  /**
   * Whether a table existed before the changes being linted.
   *
   * @param oid the table oid
   * @return true for a baseline table (ordinary or partitioned)
   */
  public boolean existingTable(long oid) {
    Rel r = baseline.relations().get(oid);
    return r != null && r.isTable();
  }

  /**
   * Whether a column existed before the changes being linted.
   *
   * @param table the table oid
   * @param num the attnum
   * @return true if the column is in the baseline
   */
  public boolean existingColumn(long table, int num) {
    return baseline.columns().containsKey(new ColumnKey(table, num));
  }

  /**
   * The column as it is after the statement, or before it if it was dropped.
   *
   * @param table the table oid
   * @param num the attnum
   * @return the column or null
   */
  public Col column(long table, int num) {
    return after.column(table, num).orElseGet(() -> before.column(table, num).orElse(null));
  }

  /**
   * The name of a relation, from after or before the statement.
   *
   * @param oid the relation oid
   * @return the qualified name
   */
  public String nameOf(long oid) {
    return after.relations().containsKey(oid) ? after.nameOf(oid) : before.nameOf(oid);
  }

  /**
   * The lock the statement took on a relation: observed when possible, else what PostgreSQL
   * documents for the statement.
   *
   * @param oid the relation oid
   * @param documented the documented mode, used when locks could not be observed
   * @return the mode
   */
  public LockMode lockOn(long oid, LockMode documented) {
    LockMode seen = acquired.get(oid);
    if (seen == null) {
      seen = held.get(oid);
    }
    return seen == null ? documented : seen;
  }

  /**
   * Whether {@code lock_timeout} was set when the statement started.
   *
   * @return true unless it was 0 (wait forever)
   */
  public boolean hasLockTimeout() {
    return lockTimeout != null && !lockTimeout.equals("0") && !lockTimeout.startsWith("0 ");
  }

  /**
   * The statement with whitespace collapsed and cut to a readable length.
   *
   * @return the abbreviated statement
   */
  public String abbreviated() {
    return abbreviate(statement.text());
  }

  /**
   * Collapses whitespace and cuts long text.
   *
   * @param sql any SQL text
   * @return at most 200 characters
   */
  public static String abbreviate(String sql) {
    String s = sql.replaceAll("\\s+", " ").trim();
    return s.length() <= 200 ? s : s.substring(0, 199) + "…";
  }
}
