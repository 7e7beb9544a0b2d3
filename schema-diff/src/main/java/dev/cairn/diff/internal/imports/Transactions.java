package dev.cairn.diff.internal.imports;

import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.sql.SqlSplitter;
import dev.cairn.runtime.sql.SqlStatement;
import dev.cairn.runtime.sql.SqlToken;
import java.util.List;
import java.util.Optional;

/**
 * Finds statements that cannot run inside the transaction Cairn wraps a file in: {@code
 * CONCURRENTLY} index builds and drops, {@code VACUUM}, database- and system-level commands, and a
 * file's own transaction control ({@code BEGIN}/{@code COMMIT}). Such files are imported with
 * {@code atlas:txmode none}, which is how the original tool ran them too.
 */
final class Transactions {
  private Transactions() {}

  /**
   * The first statement that needs to run outside a transaction.
   *
   * @param sql the file's SQL
   * @param delimiter a custom delimiter, or null
   * @return the statement's first words, e.g. {@code CREATE INDEX CONCURRENTLY}, when there is one
   */
  static Optional<String> nonTransactional(String sql, String delimiter) {
    List<SqlStatement> statements;
    try {
      statements = SqlSplitter.split(sql, delimiter);
    } catch (SqlSyntaxException e) {
      return Optional.empty();
    }
    for (SqlStatement s : statements) {
      List<SqlToken> t = s.significantTokens();
      if (t.isEmpty()) {
        continue;
      }
      String first = t.get(0).upper();
      String second = t.size() > 1 ? t.get(1).upper() : "";
      switch (first) {
        case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "VACUUM" -> {
          return Optional.of(first);
        }
        case "ALTER" -> {
          if (second.equals("SYSTEM")) {
            return Optional.of("ALTER SYSTEM");
          }
        }
        case "CREATE", "DROP", "REINDEX" -> {
          if (second.equals("DATABASE") || second.equals("TABLESPACE")) {
            return Optional.of(first + " " + second);
          }
          for (int i = 1; i < Math.min(t.size(), 5); i++) {
            if (t.get(i).isWord("CONCURRENTLY")) {
              return Optional.of(first + " … CONCURRENTLY");
            }
          }
        }
        default -> {}
      }
    }
    return Optional.empty();
  }
}
