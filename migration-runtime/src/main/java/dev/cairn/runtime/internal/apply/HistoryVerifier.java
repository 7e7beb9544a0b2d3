package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.HistoryChangedException;
import dev.cairn.runtime.Revision;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that every applied file is still the file that was applied.
 *
 * <p>The fast path compares the revision's {@code hash} with the file's hash in {@code atlas.sum}.
 * Those hashes are cumulative (each covers every earlier file too), so a file added out of order
 * changes the hash of every later file without any of them changing. When the hash differs, the
 * file's statements are compared one by one with the revision's partial hashes (a hash per
 * statement that Atlas and Cairn record for every executed file), which pins the change to a
 * statement, or clears the file.
 */
final class HistoryVerifier {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.runtime");

  private HistoryVerifier() {}

  static void verify(List<Script> files, List<Revision> revisions, Map<String, Script> byVersion) {
    String baseline = null;
    for (Revision r : revisions) {
      if (r.isBaseline()) {
        baseline = r.version();
      }
    }
    for (Revision r : revisions) {
      if (r.isBaseline()) {
        continue;
      }
      Script f = byVersion.get(r.version());
      if (f == null) {
        String expected =
            r.version() + (r.description().isEmpty() ? "" : "_" + r.description()) + ".sql";
        throw new HistoryChangedException(
            r.version(),
            expected,
            "Version "
                + r.version()
                + " is recorded as applied in the revision table, but the directory has no file"
                + " with that version (expected "
                + expected
                + "). An applied migration file was removed or renamed. Restore it; if it was"
                + " removed on purpose, remove its revision (Cairn set / markUnapplied) or"
                + " re-baseline the database.");
      }
      if (!r.description().equals(f.description())) {
        throw new HistoryChangedException(
            r.version(),
            f.name(),
            f.name()
                + " was renamed after it was applied: the revision table records version "
                + r.version()
                + " as '"
                + r.description()
                + "'. Rename the file back (and re-hash atlas.sum); a new name for an applied"
                + " migration hides what ran.");
      }
      if (r.isPartial()) {
        verifyAppliedPrefix(f, r);
        continue;
      }
      if (r.hash().equals(f.hash())) {
        continue;
      }
      if (!r.partialHashes().isEmpty()) {
        verifyStatements(f, r);
        continue;
      }
      if (r.total() == 0 && !r.isResolved() && f.statements().isEmpty()) {
        continue;
      }
      if (hasGapBefore(files, byVersion, revisions, r, baseline)) {
        // A file added out of order before it changed its cumulative hash; a version that was
        // marked applied (never executed by a tool) has no statement hashes to compare.
        LOG.debug(
            "{} was marked applied without statement hashes; its atlas.sum hash changed because a"
                + " file was added before it",
            f.name());
        continue;
      }
      throw new HistoryChangedException(
          r.version(),
          f.name(),
          f.name()
              + " changed after it was recorded as applied: its atlas.sum hash is "
              + f.hash()
              + " but the revision table recorded "
              + (r.hash().isEmpty() ? "no hash" : r.hash())
              + ". Restore the file as it was applied (see your version control history) and put"
              + " new changes into a new migration file.");
    }
  }

  private static boolean hasGapBefore(
      List<Script> files,
      Map<String, Script> byVersion,
      List<Revision> revisions,
      Revision r,
      String baseline) {
    java.util.Set<String> recorded = new java.util.HashSet<>();
    for (Revision x : revisions) {
      recorded.add(x.version());
    }
    for (Script f : files) {
      if (f.version().compareTo(r.version()) >= 0) {
        return false;
      }
      if ((baseline == null || f.version().compareTo(baseline) > 0)
          && !recorded.contains(f.version())) {
        return true;
      }
    }
    return false;
  }

  /** A completed file: every statement must hash as recorded, and none may have been added. */
  private static void verifyStatements(Script f, Revision r) {
    List<String> now = f.partialHashes();
    List<String> then = r.partialHashes();
    int n = Math.min(now.size(), then.size());
    for (int i = 0; i < n; i++) {
      if (!now.get(i).equals(then.get(i))) {
        throw statementChanged(f, r, i);
      }
    }
    if (r.isResolved()) {
      // Resolved by an operator after a partial run: only the recorded statements are known.
      return;
    }
    if (now.size() != r.total() || then.size() != r.total()) {
      throw new HistoryChangedException(
          r.version(),
          f.name(),
          f.name()
              + " changed after it was applied: it now has "
              + now.size()
              + " statements, but "
              + r.total()
              + " were applied. Restore the file as it was applied and put new statements into a"
              + " new migration file.");
    }
  }

  /** A partially applied file: the statements that already ran must not have changed. */
  static void verifyAppliedPrefix(Script f, Revision r) {
    List<String> now = f.partialHashes();
    List<String> then = r.partialHashes();
    if (then.size() < r.applied()) {
      throw new HistoryChangedException(
          r.version(),
          f.name(),
          "The revision of "
              + f.name()
              + " says "
              + r.applied()
              + " statements were applied but records only "
              + then.size()
              + " statement hashes, so Cairn cannot tell where to resume. Resolve it by hand: check"
              + " the database, then mark the version applied (set) or remove its revision.");
    }
    for (int i = 0; i < r.applied(); i++) {
      if (i >= now.size() || !now.get(i).equals(then.get(i))) {
        throw statementChanged(f, r, i);
      }
    }
  }

  private static HistoryChangedException statementChanged(Script f, Revision r, int index) {
    List<Script.Stmt> stmts = f.statements();
    String where =
        index < stmts.size()
            ? f.name() + ":" + stmts.get(index).line() + " (statement " + (index + 1) + ")"
            : f.name() + " (statement " + (index + 1) + " no longer exists)";
    return new HistoryChangedException(
        r.version(),
        f.name(),
        "Statement "
            + (index + 1)
            + " of "
            + f.name()
            + " changed after it was applied: "
            + where
            + " does not match what ran. Restore the applied statements as they were; only a"
            + " statement that has not run yet (a failed one) may be fixed.");
  }
}
