package dev.cairn.diff.internal.source;

import dev.cairn.runtime.MigrationFile;
import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.sql.SqlSplitter;
import dev.cairn.runtime.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One unit of SQL a source executes: a file or a text, with its bytes (for the cache key) and its
 * statements (split lazily, with lines for error messages).
 */
public interface Script {
  /**
   * The file name or text name used in messages.
   *
   * @return the name
   */
  String name();

  /**
   * The exact bytes, for the cache key.
   *
   * @return the bytes
   */
  byte[] bytes();

  /**
   * The statements in order.
   *
   * @return the statements
   */
  List<SqlStatement> statements();

  /**
   * A plain SQL text split at semicolons.
   *
   * @param name the name for messages
   * @param sql the text
   * @return the script
   */
  static Script text(String name, String sql) {
    return new Script() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public byte[] bytes() {
        return sql.getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public List<SqlStatement> statements() {
        try {
          return SqlSplitter.split(sql);
        } catch (SqlSyntaxException e) {
          throw e.withSource(name);
        }
      }
    };
  }

  /**
   * A migration file, split the way the runtime splits it (honouring {@code atlas:delimiter}).
   *
   * @param file the file
   * @return the script
   */
  static Script migration(MigrationFile file) {
    return new Script() {
      @Override
      public String name() {
        return file.name();
      }

      @Override
      public byte[] bytes() {
        return file.bytes();
      }

      @Override
      public List<SqlStatement> statements() {
        return file.statements();
      }
    };
  }
}
