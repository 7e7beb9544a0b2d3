package dev.cairn.runtime.sql;

import java.util.List;
import java.util.Objects;

/**
 * One statement cut out of SQL text by {@link SqlSplitter}.
 *
 * @param text the statement, trimmed, without its delimiter (comments inside it are kept)
 * @param line the 1-based line of the statement's first token
 * @param startOffset the 0-based offset of the first character of {@code text} in the input
 * @param endOffset the offset just after the last character of {@code text} in the input
 * @param comments the comments directly above the statement (no blank line in between), in source
 *     order and verbatim (e.g. {@code "-- atlas:nolint DS103"}); where statement-level directives
 *     such as {@code atlas:nolint} live
 * @param atlasText the statement as Atlas's scanner reports it: with the default delimiter it runs
 *     through the terminating {@code ;} (e.g. {@code "SELECT 1;"}), otherwise it equals {@code
 *     text}. Atlas's per-statement {@code partial_hashes} in the revision table are computed over
 *     this text, so resuming a file that Atlas partly applied (or the reverse) needs it.
 */
public record SqlStatement(
    String text,
    int line,
    int startOffset,
    int endOffset,
    List<String> comments,
    String atlasText) {

  /**
   * Creates a statement.
   *
   * @param text the trimmed statement text
   * @param line the 1-based start line
   * @param startOffset the start offset in the input
   * @param endOffset the end offset in the input
   * @param comments the comments directly above the statement
   * @param atlasText the statement as Atlas's scanner reports it
   */
  public SqlStatement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(atlasText, "atlasText");
    comments = List.copyOf(comments);
  }

  /**
   * Tokenizes this statement's text. Offsets and lines of the returned tokens are relative to
   * {@link #text()} (line 1 is the statement's first line).
   *
   * @return the statement's tokens, trivia included
   */
  public List<SqlToken> tokens() {
    return SqlScanner.tokenize(text);
  }

  /**
   * The statement's tokens without whitespace and comments — what a classifier walks.
   *
   * @return the significant tokens
   */
  public List<SqlToken> significantTokens() {
    return SqlScanner.significantTokens(text);
  }
}
