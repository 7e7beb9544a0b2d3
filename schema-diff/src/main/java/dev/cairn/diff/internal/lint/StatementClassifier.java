package dev.cairn.diff.internal.lint;

import dev.cairn.diff.internal.lint.StatementInfo.Kind;
import dev.cairn.runtime.sql.SqlToken;
import java.util.List;
import java.util.Locale;

/** Classifies a statement from its significant tokens (whitespace and comments removed). */
public final class StatementClassifier {
  private StatementClassifier() {}

  /**
   * Classifies a statement.
   *
   * @param tokens the statement's significant tokens
   * @return what the statement is
   */
  public static StatementInfo classify(List<SqlToken> tokens) {
    Cursor c = new Cursor(tokens);
    if (c.done()) {
      return info(Kind.OTHER);
    }
    if (c.peek().isOperator("(")) {
      return info(Kind.SELECT);
    }
    String first = c.peek().upper();
    switch (first) {
      case "BEGIN":
      case "START":
        return info(Kind.BEGIN);
      case "COMMIT":
      case "END":
        return info(Kind.COMMIT);
      case "ABORT":
        return info(Kind.ROLLBACK);
      case "ROLLBACK":
        return c.word(1, "TO") || c.word(2, "TO") && c.word(1, "WORK", "TRANSACTION")
            ? info(Kind.SAVEPOINT)
            : info(Kind.ROLLBACK);
      case "SAVEPOINT":
      case "RELEASE":
        return info(Kind.SAVEPOINT);
      case "SET":
        return set(c);
      case "RESET":
        return new StatementInfo(Kind.RESET, false, false, null, c.lowerAt(1), false, false, false);
      case "CREATE":
        return create(c);
      case "DROP":
        return c.word(1, "INDEX")
            ? new StatementInfo(
                Kind.DROP_INDEX, c.word(2, "CONCURRENTLY"), false, null, null, false, false, false)
            : info(Kind.DROP);
      case "REINDEX":
        return new StatementInfo(
            Kind.REINDEX, c.containsWord("CONCURRENTLY"), false, null, null, false, false, false);
      case "REFRESH":
        return new StatementInfo(
            Kind.REFRESH_MATERIALIZED_VIEW,
            c.word(3, "CONCURRENTLY"),
            false,
            null,
            null,
            false,
            false,
            false);
      case "ALTER":
        if (c.word(1, "TABLE", "INDEX") || c.word(1, "MATERIALIZED") || c.word(1, "FOREIGN")) {
          return info(Kind.ALTER_TABLE);
        }
        return c.word(1, "TYPE") ? info(Kind.ALTER_TYPE) : info(Kind.OTHER);
      case "TRUNCATE":
        return info(Kind.TRUNCATE);
      case "DELETE":
        return delete(c, 0);
      case "UPDATE":
        return update(c, 0);
      case "INSERT":
        return insert(c, 0);
      case "MERGE":
        return info(Kind.MERGE);
      case "SELECT":
      case "VALUES":
      case "TABLE":
        return info(Kind.SELECT);
      case "WITH":
        return with(c);
      case "CLUSTER":
        return info(Kind.CLUSTER);
      case "VACUUM":
        return new StatementInfo(
            Kind.VACUUM, false, false, null, null, false, c.containsWord("FULL"), false);
      case "DO":
        return info(Kind.DO);
      default:
        return info(Kind.OTHER);
    }
  }

  private static StatementInfo info(Kind kind) {
    return new StatementInfo(kind, false, false, null, null, false, false, false);
  }

  private static StatementInfo set(Cursor c) {
    int i = 1;
    boolean local = false;
    if (c.word(i, "LOCAL")) {
      local = true;
      i++;
    } else if (c.word(i, "SESSION") && !c.word(i + 1, "AUTHORIZATION", "CHARACTERISTICS")) {
      i++;
    }
    if (c.word(i, "TRANSACTION", "CONSTRAINTS", "ROLE")
        || c.word(i, "SESSION") && c.word(i + 1, "AUTHORIZATION", "CHARACTERISTICS")) {
      return info(Kind.OTHER);
    }
    StringBuilder name = new StringBuilder();
    while (i < c.size()
        && !c.at(i).isOperator("=")
        && !c.word(i, "TO")
        && (c.at(i).isWord()
            || c.at(i).isOperator(".")
            || c.at(i).kind() == SqlToken.Kind.QUOTED_IDENTIFIER)) {
      name.append(c.at(i).identifier());
      i++;
    }
    return new StatementInfo(
        Kind.SET,
        false,
        false,
        null,
        name.toString().toLowerCase(Locale.ROOT),
        local,
        false,
        false);
  }

  private static StatementInfo create(Cursor c) {
    int i = 1;
    if (c.word(i, "OR") && c.word(i + 1, "REPLACE")) {
      i += 2;
    }
    if (c.word(i, "UNIQUE")) {
      i++;
    }
    if (c.word(i, "INDEX")) {
      boolean concurrently = c.word(i + 1, "CONCURRENTLY");
      int on = c.indexOfWordAtDepth0("ON", i + 1);
      String target = null;
      if (on >= 0) {
        int t = on + 1;
        if (c.word(t, "ONLY")) {
          t++;
        }
        target = c.qualifiedName(t);
      }
      return new StatementInfo(
          Kind.CREATE_INDEX, concurrently, false, target, null, false, false, false);
    }
    while (c.word(i, "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED")) {
      i++;
    }
    return c.word(i, "TABLE") ? info(Kind.CREATE_TABLE) : info(Kind.OTHER);
  }

  private static StatementInfo delete(Cursor c, int at) {
    int i = at + 1;
    if (c.word(i, "FROM")) {
      i++;
    }
    if (c.word(i, "ONLY")) {
      i++;
    }
    String target = c.qualifiedName(i);
    boolean where = c.indexOfWordAtDepth0("WHERE", i) >= 0;
    return new StatementInfo(Kind.DELETE, false, where, target, null, false, false, false);
  }

  private static StatementInfo update(Cursor c, int at) {
    int i = at + 1;
    if (c.word(i, "ONLY")) {
      i++;
    }
    String target = c.qualifiedName(i);
    boolean where = c.indexOfWordAtDepth0("WHERE", i) >= 0;
    return new StatementInfo(Kind.UPDATE, false, where, target, null, false, false, false);
  }

  private static StatementInfo insert(Cursor c, int at) {
    int i = at + 1;
    if (c.word(i, "INTO")) {
      i++;
    }
    String target = c.qualifiedName(i);
    boolean query =
        c.indexOfWordAtDepth0("SELECT", i) >= 0 || c.indexOfWordAtDepth0("TABLE", i) >= 0;
    return new StatementInfo(Kind.INSERT, false, false, target, null, false, false, query);
  }

  private static StatementInfo with(Cursor c) {
    int depth = 0;
    for (int i = 1; i < c.size(); i++) {
      SqlToken t = c.at(i);
      if (t.isOperator("(") || t.isOperator("[")) {
        depth++;
      } else if (t.isOperator(")") || t.isOperator("]")) {
        depth--;
      } else if (depth == 0 && t.isWord()) {
        switch (t.upper()) {
          case "DELETE":
            return delete(c, i);
          case "UPDATE":
            return update(c, i);
          case "INSERT":
            return insert(c, i);
          case "MERGE":
            return info(Kind.MERGE);
          case "SELECT":
          case "VALUES":
          case "TABLE":
            return info(Kind.SELECT);
          default:
            break;
        }
      }
    }
    return info(Kind.SELECT);
  }

  private static final class Cursor {
    private final List<SqlToken> tokens;

    Cursor(List<SqlToken> tokens) {
      this.tokens = tokens;
    }

    boolean done() {
      return tokens.isEmpty();
    }

    int size() {
      return tokens.size();
    }

    SqlToken peek() {
      return tokens.get(0);
    }

    SqlToken at(int i) {
      return tokens.get(i);
    }

    boolean word(int i, String... words) {
      return i < tokens.size() && tokens.get(i).isWord(words);
    }

    String lowerAt(int i) {
      return i < tokens.size() ? tokens.get(i).identifier().toLowerCase(Locale.ROOT) : null;
    }

    boolean containsWord(String word) {
      return tokens.stream().anyMatch(t -> t.isWord(word));
    }

    int indexOfWordAtDepth0(String word, int from) {
      int depth = 0;
      for (int i = from; i < tokens.size(); i++) {
        SqlToken t = tokens.get(i);
        if (t.isOperator("(") || t.isOperator("[")) {
          depth++;
        } else if (t.isOperator(")") || t.isOperator("]")) {
          depth--;
        } else if (depth == 0 && t.isWord(word)) {
          return i;
        }
      }
      return -1;
    }

    /** The name starting at {@code i} (e.g. {@code public."Order"}), as written, or null. */
    String qualifiedName(int i) {
      StringBuilder b = new StringBuilder();
      boolean expectName = true;
      for (int j = i; j < tokens.size(); j++) {
        SqlToken t = tokens.get(j);
        boolean name = t.isWord() || t.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
        if (expectName && name) {
          b.append(t.text());
          expectName = false;
        } else if (!expectName && t.isOperator(".")) {
          b.append('.');
          expectName = true;
        } else {
          break;
        }
      }
      return b.length() == 0 ? null : b.toString();
    }
  }
}
