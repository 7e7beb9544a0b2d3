package dev.cairn.diff.internal.lint.rules;

import static dev.cairn.diff.internal.lint.rules.Sql.q;

import dev.cairn.diff.internal.lint.catalog.Snapshot;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Col;
import dev.cairn.diff.internal.lint.catalog.Snapshot.Con;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a validated CHECK constraint already proves a column holds no NULL. PostgreSQL 12+ then
 * skips the scan of {@code SET NOT NULL}: it splits every validated check of the table into its
 * top-level AND terms and looks for {@code col IS NOT NULL} (or {@code NOT (col IS NULL)}) among
 * them — weak implication, so a strict expression such as {@code col > 0} proves nothing: a NULL
 * passes a check. Verified on PostgreSQL 17 with the scan counters.
 */
final class NotNullProof {
  private static final String NOT_VALID = " NOT VALID";
  private static final String NO_INHERIT = " NO INHERIT";

  private NotNullProof() {}

  /**
   * The validated check of the column's table that proves the column NOT NULL.
   *
   * @param s the catalog to look in (the one just before the SET NOT NULL)
   * @param col the column
   * @return the check, if there is one
   */
  static Optional<Con> check(Snapshot s, Col col) {
    return s.constraintsOf(col.table()).stream()
        .filter(c -> c.type() == 'c' && c.validated())
        .filter(c -> impliesNotNull(c.definition(), col.name()))
        .findFirst();
  }

  /**
   * Whether a check definition, as {@code pg_get_constraintdef} prints it, has {@code column IS NOT
   * NULL} (or {@code NOT (column IS NULL)}) among its top-level AND terms.
   *
   * @param definition e.g. {@code CHECK (((a IS NOT NULL) AND (b > 0)))}
   * @param column the column name (unquoted)
   * @return true if the check proves the column NOT NULL
   */
  static boolean impliesNotNull(String definition, String column) {
    String d = definition.trim();
    // NO INHERIT and NOT VALID follow the parenthesised expression; validity is checked apart.
    for (boolean cut = true; cut; ) {
      cut = false;
      for (String suffix : List.of(NOT_VALID, NO_INHERIT)) {
        if (d.endsWith(suffix)) {
          d = d.substring(0, d.length() - suffix.length()).trim();
          cut = true;
        }
      }
    }
    if (!d.startsWith("CHECK ")) {
      return false;
    }
    String wanted = q(column) + " IS NOT NULL";
    String negated = "NOT (" + q(column) + " IS NULL)";
    for (String term : terms(d.substring("CHECK ".length()))) {
      if (term.equals(wanted) || term.equals(negated)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level AND terms of an expression, each without its enclosing parentheses. */
  private static List<String> terms(String expression) {
    List<String> out = new ArrayList<>();
    String e = unwrap(expression.trim());
    List<String> parts = TopLevel.split(e, " AND ");
    if (parts.size() == 1) {
      out.add(e);
      return out;
    }
    for (String p : parts) {
      out.addAll(terms(p));
    }
    return out;
  }

  /** Removes parentheses that enclose the whole expression, as often as they do. */
  private static String unwrap(String e) {
    String s = e;
    while (s.startsWith("(") && TopLevel.closingOf(s, 0) == s.length() - 1) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s;
  }
}
