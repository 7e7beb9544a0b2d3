package dev.cairn.runtime.guard.internal;

import dev.cairn.runtime.SqlSyntaxException;
import dev.cairn.runtime.guard.ClassifiedStatement;
import dev.cairn.runtime.guard.StatementKind;
import dev.cairn.runtime.sql.SqlScanner;
import dev.cairn.runtime.sql.SqlSplitter;
import dev.cairn.runtime.sql.SqlStatement;
import dev.cairn.runtime.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies SQL text statement by statement, on the tokens of {@link SqlScanner} (so comments,
 * strings, quoted identifiers and dollar quotes never look like keywords).
 *
 * <p>Stateless and pure: the same text always gives the same {@link Analysis}, which is what makes
 * the per-text cache of the guard correct. What depends on a connection (which temporary tables it
 * created) is carried in the analysis as names and decided by the guard.
 *
 * <p>Where the text cannot be tokenized (an unterminated quote, comment or parenthesis) the
 * classifier still looks at every token it could read, cut at every semicolon, with both settings
 * of {@code standard_conforming_strings}, and keeps the most consequential result: what the
 * database would do with such text depends on the session, and a guard must assume the worst.
 */
public final class Classifier {
  private Classifier() {}

  /** Words that may stand between CREATE and the object kind. */
  private static final Set<String> CREATE_MODIFIERS =
      Set.of(
          "GLOBAL",
          "LOCAL",
          "TEMP",
          "TEMPORARY",
          "UNLOGGED",
          "UNIQUE",
          "DEFAULT",
          "TRUSTED",
          "PROCEDURAL",
          "RECURSIVE",
          "CONSTRAINT",
          "OR",
          "REPLACE");

  /** Words that name (part of) an object kind, for the command label. */
  private static final Set<String> OBJECT_WORDS =
      Set.of(
          "ACCESS",
          "AGGREGATE",
          "CAST",
          "CLASS",
          "COLLATION",
          "COLUMN",
          "CONFIGURATION",
          "CONVERSION",
          "DATA",
          "DATABASE",
          "DEFAULT",
          "DICTIONARY",
          "DOMAIN",
          "EVENT",
          "EXTENSION",
          "FAMILY",
          "FOREIGN",
          "FUNCTION",
          "GROUP",
          "INDEX",
          "LANGUAGE",
          "LARGE",
          "MAPPING",
          "MATERIALIZED",
          "METHOD",
          "OBJECT",
          "OPERATOR",
          "OWNED",
          "PARSER",
          "POLICY",
          "PRIVILEGES",
          "PROCEDURE",
          "PUBLICATION",
          "ROLE",
          "ROUTINE",
          "RULE",
          "SCHEMA",
          "SEARCH",
          "SEQUENCE",
          "SERVER",
          "STATISTICS",
          "SUBSCRIPTION",
          "SYSTEM",
          "TABLE",
          "TABLESPACE",
          "TEMPLATE",
          "TEXT",
          "TRANSFORM",
          "TRIGGER",
          "TYPE",
          "USER",
          "VIEW",
          "WRAPPER");

  private static final Set<String> MAINTENANCE =
      Set.of("VACUUM", "ANALYZE", "ANALYSE", "REINDEX", "CLUSTER", "REFRESH", "CHECKPOINT");

  /** Words that start a (sub)query whose INTO clause, if any, belongs to it. */
  private static final Set<String> QUERY_VERBS =
      Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "VALUES", "TABLE", "COPY");

  /**
   * Classifies a SQL text.
   *
   * @param sql the text, possibly holding several statements
   * @return the analysis
   */
  public static Analysis analyze(String sql) {
    sql = blankInvisibleSeparators(sql);
    List<StatementAnalysis> out = new ArrayList<>();
    List<SqlStatement> statements;
    try {
      statements = SqlSplitter.split(sql);
    } catch (SqlSyntaxException e) {
      return new Analysis(unparseable(sql));
    }
    for (SqlStatement statement : statements) {
      List<SqlToken> tokens;
      try {
        tokens = statement.significantTokens();
      } catch (SqlSyntaxException e) {
        // The splitter honours SET standard_conforming_strings = off inside the text; a statement
        // after it may not tokenize on its own. Judge its text the worst-case way.
        out.addAll(unparseable(statement.text()));
        continue;
      }
      addSegments(statement.text(), tokens, out);
    }
    return new Analysis(out);
  }

  /**
   * Replaces zero-width characters (which PostgreSQL reads as part of a word, and the scanner too)
   * with spaces, keeping every offset: {@code CREATE\u200BTABLE} must not slip through as one odd
   * word. PostgreSQL rejects such text anyway, so seeing two words only makes the classification
   * more cautious.
   */
  private static String blankInvisibleSeparators(String sql) {
    char[] chars = null;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c >= '\u180E' && (c == '\u180E' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060')) {
        if (chars == null) {
          chars = sql.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? sql : new String(chars);
  }

  /**
   * Classifies one statement's tokens. A semicolon left among them (the splitter keeps those inside
   * parentheses and {@code BEGIN ATOMIC} bodies) starts a further segment that is judged on its own
   * as well, unless the statement already is DDL: a function body's inner statements are part of
   * the DDL, but text that the database might split differently must not hide a DDL statement.
   */
  private static void addSegments(String text, List<SqlToken> tokens, List<StatementAnalysis> out) {
    StatementAnalysis whole = classify(text, tokens);
    out.add(whole);
    if (whole.statement().kind() == StatementKind.DDL) {
      return;
    }
    int from = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == SqlToken.Kind.SEMICOLON) {
        if (from >= 0) {
          addSegment(text, tokens.subList(from, i), out);
        }
        from = i + 1;
      }
    }
    if (from >= 0) {
      addSegment(text, tokens.subList(from, tokens.size()), out);
    }
  }

  private static void addSegment(String text, List<SqlToken> tokens, List<StatementAnalysis> out) {
    if (tokens.isEmpty()) {
      return;
    }
    StatementAnalysis segment =
        classify(
            text.substring(tokens.get(0).offset(), tokens.get(tokens.size() - 1).end()), tokens);
    if (segment.statement().kind().compareTo(StatementKind.ORDINARY) > 0) {
      out.add(segment);
    }
  }

  private static List<StatementAnalysis> unparseable(String sql) {
    List<StatementAnalysis> best = List.of();
    StatementKind bestKind = null;
    for (boolean standardStrings : new boolean[] {true, false}) {
      SqlScanner scanner = new SqlScanner(sql);
      scanner.standardConformingStrings(standardStrings);
      List<SqlToken> tokens = new ArrayList<>();
      try {
        while (scanner.hasNext()) {
          SqlToken t = scanner.next();
          if (!t.isTrivia()) {
            tokens.add(t);
          }
        }
      } catch (SqlSyntaxException e) {
        // Keep what was read: statements before the broken construct may still run.
      }
      List<StatementAnalysis> found = new ArrayList<>();
      int from = 0;
      for (int i = 0; i <= tokens.size(); i++) {
        if (i == tokens.size() || tokens.get(i).kind() == SqlToken.Kind.SEMICOLON) {
          if (i > from) {
            List<SqlToken> part = tokens.subList(from, i);
            String text = sql.substring(part.get(0).offset(), part.get(part.size() - 1).end());
            found.add(classify(text, part));
          }
          from = i + 1;
        }
      }
      StatementKind kind = StatementKind.ORDINARY;
      for (StatementAnalysis a : found) {
        if (a.statement().kind().compareTo(kind) > 0) {
          kind = a.statement().kind();
        }
      }
      if (bestKind == null || kind.compareTo(bestKind) > 0) {
        best = found;
        bestKind = kind;
      }
    }
    return best;
  }

  /** Classifies the significant tokens of one statement. */
  static StatementAnalysis classify(String text, List<SqlToken> t) {
    int i = 0;
    while (i < t.size() && t.get(i).isOperator("(")) {
      i++;
    }
    if (i >= t.size()) {
      return ordinary(text, "(");
    }
    SqlToken first = t.get(i);
    if (first.isOperator("{")) {
      return ordinary(text, "{CALL}");
    }
    if (!first.isWord()) {
      return queryOrSelectInto(text, t, first.text());
    }
    String verb = first.upper();
    switch (verb) {
      case "CREATE":
        return create(text, t, i);
      case "ALTER":
        return alter(text, t, i);
      case "DROP":
        return drop(text, t, i);
      case "TRUNCATE":
        return truncate(text, t, i);
      case "COMMENT":
        return ddl(text, "COMMENT ON", "COMMENT ON changes the schema's catalog entries");
      case "GRANT":
      case "REVOKE":
        return ddl(text, verb, verb + " changes privileges, which belong in migrations");
      case "SECURITY":
        return ddl(text, "SECURITY LABEL", "SECURITY LABEL changes the schema's catalog entries");
      case "REASSIGN":
        return ddl(text, "REASSIGN OWNED", "REASSIGN OWNED changes the owner of objects");
      case "IMPORT":
        return ddl(text, "IMPORT FOREIGN SCHEMA", "IMPORT FOREIGN SCHEMA creates foreign tables");
      case "DO":
        return new StatementAnalysis(
            new ClassifiedStatement(
                text,
                StatementKind.DO_BLOCK,
                "DO",
                "a DO block runs procedural code whose effect cannot be analysed"));
      case "EXPLAIN":
        return explain(text, t, i);
      case "PREPARE":
        return prepare(text, t, i);
      case "DISCARD":
        return new StatementAnalysis(
            new ClassifiedStatement(text, StatementKind.ORDINARY, "DISCARD", "session command"),
            List.of(),
            null,
            i + 1 < t.size() && t.get(i + 1).isWord("ALL", "TEMP", "TEMPORARY"));
      default:
        if (MAINTENANCE.contains(verb)) {
          String command = verb.equals("REFRESH") ? "REFRESH MATERIALIZED VIEW" : verb;
          return new StatementAnalysis(
              new ClassifiedStatement(
                  text,
                  StatementKind.MAINTENANCE,
                  command,
                  command + " is maintenance and leaves the schema unchanged"));
        }
        return queryOrSelectInto(text, t, verb);
    }
  }

  private static StatementAnalysis create(String text, List<SqlToken> t, int start) {
    int i = start + 1;
    boolean temporary = false;
    while (i < t.size() && t.get(i).isWord() && CREATE_MODIFIERS.contains(t.get(i).upper())) {
      temporary |= t.get(i).isWord("TEMP", "TEMPORARY");
      i++;
    }
    String command = command("CREATE", t, i);
    if (i >= t.size()) {
      return ddl(text, command, command + " changes the schema");
    }
    SqlToken kind = t.get(i);
    if (kind.isWord("TABLE", "SEQUENCE", "VIEW")) {
      int nameAt = skipIfNotExists(t, i + 1);
      Name name = Name.at(t, nameAt);
      // TEMP with a permanent schema fails in PostgreSQL; judging it DDL costs nothing.
      boolean elsewhere = name != null && name.qualifiedElsewhere();
      if (!elsewhere && (temporary || (name != null && name.temporarySchema()))) {
        boolean dropsAtCommit = kind.isWord("TABLE") && containsWords(t, nameAt, "COMMIT", "DROP");
        List<String> created = name == null || dropsAtCommit ? List.of() : List.of(name.name());
        return temporary(text, command, created);
      }
    } else if (kind.isWord("INDEX")) {
      Name target = Name.at(t, indexOf(t, i + 1, "ON") + 1);
      if (target != null && target.temporarySchema()) {
        return temporary(text, command, List.of());
      }
      if (target != null && !target.qualifiedElsewhere()) {
        return ddlOnRelations(text, command, List.of(target.name()));
      }
    }
    return ddl(text, command, command + " changes the schema");
  }

  private static StatementAnalysis alter(String text, List<SqlToken> t, int start) {
    String command = command("ALTER", t, start + 1);
    if (start + 1 < t.size() && t.get(start + 1).isWord("TABLE")) {
      int at = skipIfExists(t, start + 2);
      if (at < t.size() && t.get(at).isWord("ONLY")) {
        at++;
      }
      Name name = Name.at(t, at);
      if (name != null && name.temporarySchema()) {
        return temporary(text, command, List.of());
      }
      if (name != null && !name.qualifiedElsewhere()) {
        return ddlOnRelations(text, command, List.of(name.name()));
      }
    }
    if (command.equals("ALTER SYSTEM")) {
      return ddl(text, command, "ALTER SYSTEM changes the server's configuration");
    }
    if (command.equals("ALTER DEFAULT PRIVILEGES")) {
      return ddl(text, command, "ALTER DEFAULT PRIVILEGES changes privileges of future objects");
    }
    return ddl(text, command, command + " changes the schema");
  }

  private static StatementAnalysis drop(String text, List<SqlToken> t, int start) {
    String command = command("DROP", t, start + 1);
    if (start + 1 < t.size() && t.get(start + 1).isWord("TABLE", "SEQUENCE", "VIEW")) {
      List<Name> names = nameList(t, skipIfExists(t, start + 2));
      StatementAnalysis onTemp = onRelations(text, command, names);
      if (onTemp != null) {
        return onTemp;
      }
    }
    return ddl(text, command, command + " changes the schema");
  }

  private static StatementAnalysis truncate(String text, List<SqlToken> t, int start) {
    int i = start + 1;
    if (i < t.size() && t.get(i).isWord("TABLE")) {
      i++;
    }
    if (i < t.size() && t.get(i).isWord("ONLY")) {
      i++;
    }
    StatementAnalysis onTemp = onRelations(text, "TRUNCATE", nameList(t, i));
    if (onTemp != null) {
      return onTemp;
    }
    return ddl(
        text,
        "TRUNCATE",
        "TRUNCATE empties tables outright under an ACCESS EXCLUSIVE lock; Cairn treats it as DDL");
  }

  /**
   * For statements on a list of relations: temporary when all are in {@code pg_temp}; DDL that the
   * guard may still allow when all are unqualified (they may be the connection's temporary tables);
   * null when at least one lives in a named schema.
   */
  private static StatementAnalysis onRelations(String text, String command, List<Name> names) {
    if (names.isEmpty()) {
      return null;
    }
    boolean allTemp = true;
    List<String> unqualified = new ArrayList<>();
    for (Name n : names) {
      if (n.qualifiedElsewhere()) {
        return null;
      }
      if (!n.temporarySchema()) {
        allTemp = false;
        unqualified.add(n.name());
      }
    }
    if (allTemp) {
      return temporary(text, command, List.of());
    }
    return ddlOnRelations(text, command, unqualified);
  }

  private static StatementAnalysis explain(String text, List<SqlToken> t, int start) {
    int i = start + 1;
    boolean analyze = false;
    if (i < t.size() && t.get(i).isOperator("(")) {
      int depth = 0;
      for (; i < t.size(); i++) {
        SqlToken tok = t.get(i);
        if (tok.isOperator("(")) {
          depth++;
        } else if (tok.isOperator(")")) {
          if (--depth == 0) {
            i++;
            break;
          }
        } else if (depth == 1 && tok.isWord("ANALYZE", "ANALYSE")) {
          SqlToken value = i + 1 < t.size() ? t.get(i + 1) : null;
          boolean off =
              value != null
                  && (value.isWord("FALSE", "OFF")
                      || value.text().equals("0")
                      || value.text().equalsIgnoreCase("'false'")
                      || value.text().equalsIgnoreCase("'off'"));
          analyze = !off;
        }
      }
    } else {
      while (i < t.size() && t.get(i).isWord("ANALYZE", "ANALYSE", "VERBOSE")) {
        analyze |= t.get(i).isWord("ANALYZE", "ANALYSE");
        i++;
      }
    }
    if (i >= t.size()) {
      return ordinary(text, "EXPLAIN");
    }
    StatementAnalysis inner = classify(text, t.subList(i, t.size()));
    if (!analyze) {
      return ordinary(text, "EXPLAIN");
    }
    ClassifiedStatement s = inner.statement();
    return new StatementAnalysis(
        new ClassifiedStatement(
            text,
            s.kind(),
            "EXPLAIN ANALYZE " + s.command(),
            s.kind() == StatementKind.ORDINARY
                ? "query"
                : "EXPLAIN ANALYZE runs the statement: " + s.reason()),
        inner.createdTemporary(),
        inner.relations(),
        inner.discardsTemporary());
  }

  private static StatementAnalysis prepare(String text, List<SqlToken> t, int start) {
    int as = indexOf(t, start + 1, "AS");
    if (as < 0 || as + 1 >= t.size()) {
      return ordinary(text, "PREPARE");
    }
    StatementAnalysis inner = classify(text, t.subList(as + 1, t.size()));
    ClassifiedStatement s = inner.statement();
    if (s.kind() == StatementKind.ORDINARY) {
      return ordinary(text, "PREPARE");
    }
    return new StatementAnalysis(
        new ClassifiedStatement(
            text, s.kind(), "PREPARE " + s.command(), "prepares a statement that " + s.reason()),
        List.of(),
        inner.relations(),
        false);
  }

  /**
   * A query, DML or other ordinary statement — unless a {@code SELECT} at some nesting level has an
   * {@code INTO} clause of its own, which creates a table.
   */
  private static StatementAnalysis queryOrSelectInto(String text, List<SqlToken> t, String verb) {
    String[] verbs = new String[8];
    int depth = 0;
    for (int i = 0; i < t.size(); i++) {
      SqlToken tok = t.get(i);
      if (tok.isOperator("(")) {
        depth++;
        if (depth >= verbs.length) {
          verbs = java.util.Arrays.copyOf(verbs, verbs.length * 2);
        }
        verbs[depth] = null;
      } else if (tok.isOperator(")")) {
        depth = Math.max(0, depth - 1);
      } else if (tok.isWord()) {
        String word = tok.upper();
        if (QUERY_VERBS.contains(word)) {
          verbs[depth] = word;
        } else if (word.equals("INTO")
            && "SELECT".equals(verbs[depth])
            // t.into and AS into name a column, not the INTO clause.
            && !(i > 0 && (t.get(i - 1).isOperator(".") || t.get(i - 1).isWord("AS")))) {
          return selectInto(text, t, i + 1);
        }
      }
    }
    return ordinary(text, verb);
  }

  private static StatementAnalysis selectInto(String text, List<SqlToken> t, int i) {
    boolean temporary = false;
    while (i < t.size() && t.get(i).isWord("TEMP", "TEMPORARY", "UNLOGGED", "TABLE")) {
      temporary |= t.get(i).isWord("TEMP", "TEMPORARY");
      i++;
    }
    Name name = Name.at(t, i);
    boolean elsewhere = name != null && name.qualifiedElsewhere();
    if (!elsewhere && (temporary || (name != null && name.temporarySchema()))) {
      return temporary(text, "SELECT INTO", name == null ? List.of() : List.of(name.name()));
    }
    return ddl(text, "SELECT INTO", "SELECT … INTO creates a new table");
  }

  private static String command(String verb, List<SqlToken> t, int from) {
    StringBuilder b = new StringBuilder(verb);
    int words = 0;
    for (int i = from; i < t.size() && words < 3; i++) {
      SqlToken tok = t.get(i);
      if (!tok.isWord()) {
        break;
      }
      String w = tok.upper();
      if (OBJECT_WORDS.contains(w)) {
        b.append(' ').append(w);
        words++;
      } else if (words > 0 || !(w.equals("CONCURRENTLY") || w.equals("IF"))) {
        break;
      }
    }
    return b.toString();
  }

  private static int skipIfNotExists(List<SqlToken> t, int i) {
    if (i + 2 < t.size()
        && t.get(i).isWord("IF")
        && t.get(i + 1).isWord("NOT")
        && t.get(i + 2).isWord("EXISTS")) {
      return i + 3;
    }
    return i;
  }

  private static int skipIfExists(List<SqlToken> t, int i) {
    if (i + 1 < t.size() && t.get(i).isWord("IF") && t.get(i + 1).isWord("EXISTS")) {
      return i + 2;
    }
    return i;
  }

  private static int indexOf(List<SqlToken> t, int from, String word) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).isWord(word)) {
        return i;
      }
    }
    return -2;
  }

  private static boolean containsWords(List<SqlToken> t, int from, String a, String b) {
    for (int i = from; i + 1 < t.size(); i++) {
      if (t.get(i).isWord(a) && t.get(i + 1).isWord(b)) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code name [*] [, name [*]]…}, stopping at the first token that is not part of it. */
  private static List<Name> nameList(List<SqlToken> t, int i) {
    List<Name> names = new ArrayList<>();
    while (true) {
      Name n = Name.at(t, i);
      if (n == null) {
        return names;
      }
      names.add(n);
      i = n.end();
      if (i < t.size() && t.get(i).isOperator("*")) {
        i++;
      }
      if (i < t.size() && t.get(i).isOperator(",")) {
        i++;
      } else {
        return names;
      }
    }
  }

  private static StatementAnalysis ordinary(String text, String command) {
    return new StatementAnalysis(
        new ClassifiedStatement(
            text,
            StatementKind.ORDINARY,
            command.toUpperCase(Locale.ROOT),
            "reads or writes data or controls the session"));
  }

  private static StatementAnalysis ddl(String text, String command, String reason) {
    return new StatementAnalysis(new ClassifiedStatement(text, StatementKind.DDL, command, reason));
  }

  private static StatementAnalysis ddlOnRelations(
      String text, String command, List<String> relations) {
    return new StatementAnalysis(
        new ClassifiedStatement(text, StatementKind.DDL, command, command + " changes the schema"),
        List.of(),
        List.copyOf(relations),
        false);
  }

  private static StatementAnalysis temporary(String text, String command, List<String> created) {
    return new StatementAnalysis(
        new ClassifiedStatement(
            text,
            StatementKind.TEMPORARY,
            command,
            command + " on a temporary object, which lives only in this session"),
        created,
        null,
        false);
  }

  /** A possibly schema-qualified object name at a token position. */
  private record Name(String schema, String name, int end) {
    static Name at(List<SqlToken> t, int i) {
      if (i < 0 || i >= t.size() || !isIdentifier(t.get(i))) {
        return null;
      }
      String first = t.get(i).identifier();
      if (i + 2 < t.size() && t.get(i + 1).isOperator(".") && isIdentifier(t.get(i + 2))) {
        String second = t.get(i + 2).identifier();
        // catalog.schema.name: the schema is the middle part.
        if (i + 4 < t.size() && t.get(i + 3).isOperator(".") && isIdentifier(t.get(i + 4))) {
          return new Name(second, t.get(i + 4).identifier(), i + 5);
        }
        return new Name(first, second, i + 3);
      }
      return new Name(null, first, i + 1);
    }

    private static boolean isIdentifier(SqlToken tok) {
      return tok.isWord() || tok.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
    }

    /** In the session's temporary schema ({@code pg_temp} or a backend's {@code pg_temp_N}). */
    boolean temporarySchema() {
      return schema != null && schema.startsWith("pg_temp");
    }

    /** Qualified with a schema that is not the temporary one. */
    boolean qualifiedElsewhere() {
      return schema != null && !temporarySchema();
    }
  }
}
