package dev.cairn.runtime.internal;

import dev.cairn.runtime.DirectiveException;
import dev.cairn.runtime.MigrationDirectives;
import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.TxMode;
import dev.cairn.runtime.sql.SqlScanner;
import dev.cairn.runtime.sql.SqlSplitter;
import dev.cairn.runtime.sql.SqlStatement;
import dev.cairn.runtime.sql.SqlToken;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a migration file's directives and rejects every comment that looks like an {@code atlas:}
 * or {@code cairn:} directive but would be ignored or misread: unknown or misspelled names, bad
 * arguments, and file directives outside the leading comment block.
 *
 * <p>Placement follows Atlas: file directives live in the comment lines at the top of the file,
 * which must be followed by an empty line (otherwise they belong to the first statement and Atlas
 * ignores them); {@code atlas:delimiter} and {@code atlas:sum} are read from the first line only;
 * {@code atlas:nolint} may also sit directly above a statement.
 */
public final class DirectiveParser {
  /** Every directive Cairn understands, for error messages and suggestions. */
  public static final List<String> KNOWN =
      List.of("atlas:txmode", "atlas:nolint", "atlas:delimiter", "atlas:sum", "cairn:skip-on");

  private static final Pattern CANDIDATE =
      Pattern.compile("(?i)^(atlas|cairn)(\\s*):(\\s*)([A-Za-z0-9_-]*)(.*)$", Pattern.DOTALL);
  private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9_.-]+");

  private final String file;
  private final String content;
  private final byte[] bytes;

  private Optional<TxMode> txMode = Optional.empty();
  private int txModeLine;
  private boolean nolintAll;
  private final Set<String> nolint = new LinkedHashSet<>();
  private Optional<String> delimiter = Optional.empty();
  private boolean sumIgnore;
  private final Set<String> skipOn = new LinkedHashSet<>();

  private DirectiveParser(String file, String content, byte[] bytes) {
    this.file = file;
    this.content = content;
    this.bytes = bytes;
  }

  /**
   * Parses and checks the directives of a file.
   *
   * @param file the file name, for messages
   * @param content the decoded content
   * @param bytes the raw content (for Atlas's byte-level first-line reading)
   * @return the directives
   * @throws DirectiveException for an unknown, misspelled, misplaced or malformed directive
   * @throws SqlSyntaxException if the file cannot be tokenized
   */
  public static MigrationDirectives parse(String file, String content, byte[] bytes) {
    return new DirectiveParser(file, content, bytes).run();
  }

  private MigrationDirectives run() {
    int headerLines = headerLines();
    String firstLineDelimiter = firstLineDelimiter();
    List<SqlToken> tokens;
    try {
      tokens = SqlScanner.tokenize(content, firstLineDelimiter);
    } catch (SqlSyntaxException e) {
      throw e.withSource(file);
    }
    List<SqlStatement> statements = null;
    for (SqlToken t : tokens) {
      Optional<String> body = commentBody(t);
      if (body.isEmpty()) {
        continue;
      }
      Matcher m = CANDIDATE.matcher(body.get());
      if (!m.matches()) {
        continue;
      }
      String prefix = m.group(1);
      String name = m.group(4);
      String rest = m.group(5);
      int line = t.line();
      String written = prefix + ":" + name;
      if (!prefix.equals(prefix.toLowerCase(Locale.ROOT))
          || !m.group(2).isEmpty()
          || !m.group(3).isEmpty()) {
        throw error(
            line,
            "malformed directive '"
                + body.get().strip()
                + "'; directives are lower case with no space around ':', e.g. '-- "
                + prefix.toLowerCase(Locale.ROOT)
                + ":"
                + name.toLowerCase(Locale.ROOT)
                + "'");
      }
      String full = prefix + ":" + name;
      if (!KNOWN.contains(full)) {
        if (full.equals("atlas:checkpoint")) {
          throw error(
              line,
              "atlas:checkpoint is not supported by Cairn: a checkpoint file restates the whole"
                  + " schema and must not run after the files before it. Remove the checkpoint"
                  + " file (its predecessors already produce the same schema) and run"
                  + " 'cairn migrate hash'");
        }
        throw error(line, unknown(written));
      }
      if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
        throw error(
            line,
            "malformed directive '"
                + body.get().strip()
                + "': separate the arguments from '"
                + full
                + "' with a space");
      }
      String argument = rest.strip();
      boolean inHeader = line <= headerLines;
      switch (full) {
        case "atlas:delimiter" -> delimiterDirective(t, line, argument);
        case "atlas:sum" -> sumDirective(line, argument);
        case "atlas:txmode" -> {
          requireHeader(inHeader, line, full);
          txModeDirective(line, argument);
        }
        case "cairn:skip-on" -> {
          requireHeader(inHeader, line, full);
          skipOnDirective(line, argument);
        }
        case "atlas:nolint" -> {
          if (inHeader) {
            if (argument.isEmpty()) {
              nolintAll = true;
            } else {
              nolint.addAll(List.of(argument.split("[\\s,]+")));
            }
          } else {
            if (statements == null) {
              statements = split(firstLineDelimiter);
            }
            requireAttached(t, line, statements);
          }
        }
        default -> throw new IllegalStateException(full);
      }
    }
    return new MigrationDirectives(
        txMode, nolintAll, List.copyOf(nolint), delimiter, sumIgnore, Set.copyOf(skipOn));
  }

  /** Comment lines at the top of the file, if an empty line (or the end) follows them. */
  private int headerLines() {
    String[] lines = content.split("\n", -1);
    int h = 0;
    while (h < lines.length && lines[h].startsWith("--")) {
      h++;
    }
    if (h == 0 || (h < lines.length && !lines[h].isBlank())) {
      return 0;
    }
    return h;
  }

  /** Atlas reads the delimiter only from the first line, with the exact prefix "-- ". */
  private String firstLineDelimiter() {
    return AtlasDirective.firstLine(bytes)
        .filter(m -> m.name().equals("delimiter") && m.prefix().equals("-- "))
        .map(m -> unescape(m.argument()))
        .filter(d -> !d.isEmpty())
        .orElse(null);
  }

  private static Optional<String> commentBody(SqlToken t) {
    if (t.kind() == SqlToken.Kind.LINE_COMMENT) {
      return Optional.of(t.text().substring(2).stripLeading());
    }
    if (t.kind() == SqlToken.Kind.BLOCK_COMMENT && t.text().indexOf('\n') < 0) {
      String inner = t.text().substring(2, t.text().length() - 2);
      return Optional.of(inner.strip());
    }
    return Optional.empty();
  }

  private void delimiterDirective(SqlToken t, int line, String argument) {
    if (line != 1) {
      throw error(
          line,
          "atlas:delimiter must be the first line of the file (Atlas reads it only there); move"
              + " it to line 1");
    }
    if (!t.text().startsWith("-- atlas:delimiter")) {
      throw error(
          line,
          "write the delimiter directive exactly as '-- atlas:delimiter <delimiter>' (one space"
              + " after '--'); Atlas ignores other spellings");
    }
    if (argument.isEmpty()) {
      throw error(
          line,
          "atlas:delimiter needs a delimiter, e.g. '-- atlas:delimiter //' or '-- atlas:delimiter"
              + " \\n---\\n'");
    }
    Optional<AtlasDirective.Match> atlas = AtlasDirective.firstLine(bytes);
    delimiter = atlas.map(m -> unescape(m.argument()));
  }

  private void sumDirective(int line, String argument) {
    if (line != 1) {
      throw error(
          line,
          "atlas:sum must be the first line of the file (Atlas reads it only there); move it to"
              + " line 1");
    }
    if (!AtlasDirective.sumIgnored(bytes)) {
      throw error(
          line,
          "the only atlas:sum directive is '-- atlas:sum ignore' (no trailing spaces), got '"
              + argument
              + "'");
    }
    sumIgnore = true;
  }

  private void txModeDirective(int line, String argument) {
    if (txMode.isPresent()) {
      throw error(line, "atlas:txmode is already set on line " + txModeLine + "; keep only one");
    }
    switch (argument) {
      case "none" -> txMode = Optional.of(TxMode.NONE);
      case "file" -> txMode = Optional.of(TxMode.FILE);
      default ->
          throw error(
              line,
              "atlas:txmode takes 'none' or 'file', got '"
                  + argument
                  + "' (use 'none' for statements that cannot run in a transaction, such as"
                  + " CREATE INDEX CONCURRENTLY)");
    }
    txModeLine = line;
  }

  private void skipOnDirective(int line, String argument) {
    if (argument.isEmpty()) {
      throw error(
          line,
          "cairn:skip-on needs environment names, e.g. '-- cairn:skip-on staging,production'");
    }
    for (String env : argument.split("\\s*,\\s*|\\s+")) {
      if (!ENVIRONMENT.matcher(env).matches()) {
        throw error(
            line,
            "cairn:skip-on: '"
                + env
                + "' is not an environment name (letters, digits, '_', '.', '-'); separate"
                + " names with commas");
      }
      skipOn.add(env.toLowerCase(Locale.ROOT));
    }
  }

  private void requireHeader(boolean inHeader, int line, String full) {
    if (!inHeader) {
      throw error(
          line,
          full
              + " is a file directive: put it in the comment lines at the very top of the file,"
              + " followed by an empty line (without that empty line it belongs to the first"
              + " statement and Atlas ignores it)");
    }
  }

  private void requireAttached(SqlToken comment, int line, List<SqlStatement> statements) {
    for (SqlStatement s : statements) {
      if (comment.offset() >= s.startOffset() && comment.offset() < s.endOffset()) {
        throw error(
            line,
            "atlas:nolint inside a statement has no effect; put it on its own line directly"
                + " above the statement");
      }
      if (s.startOffset() > comment.offset()) {
        if (s.comments().contains(comment.text())) {
          return;
        }
        break;
      }
    }
    throw error(
        line,
        "atlas:nolint is not attached to a statement; put it directly above the statement (no"
            + " empty line in between), or in the file's top comment block for the whole file");
  }

  private List<SqlStatement> split(String delim) {
    try {
      return SqlSplitter.split(content, delim);
    } catch (SqlSyntaxException e) {
      throw e.withSource(file);
    }
  }

  private String unknown(String written) {
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String k : KNOWN) {
      int d = distance(written.toLowerCase(Locale.ROOT), k);
      if (d < best) {
        best = d;
        closest = k;
      }
    }
    String suggestion = best <= 2 ? "did you mean '" + closest + "'? " : "";
    return "unknown directive '"
        + written
        + "'; "
        + suggestion
        + "known directives: "
        + String.join(", ", KNOWN);
  }

  private DirectiveException error(int line, String problem) {
    return new DirectiveException(file, line, problem);
  }

  private static String unescape(String d) {
    return d.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
