package dev.cairn.loader.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts Hibernate's create script into an order that depends only on the model.
 *
 * <p>Hibernate sorts tables and sequences by name, but emits several kinds of statement in the
 * order the mapping was bound, which follows class discovery order: named enum types, table
 * generator seed rows, indexes and unique keys of a table, and foreign keys. Each maximal run of
 * consecutive statements of one such kind is sorted by text (a named enum type together with the
 * casts Hibernate creates right after it). Runs never merge across kinds, so the dependency order
 * of Hibernate's phases (types, sequences, tables, seed rows, indexes and unique keys, foreign
 * keys) is kept, and statements of any other kind keep their place.
 */
public final class StatementNormalizer {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private enum Kind {
    ENUM_TYPE,
    SEQUENCE,
    SEED_ROW,
    INDEX_OR_UNIQUE,
    FOREIGN_KEY
  }

  private StatementNormalizer() {}

  /**
   * Normalises the order of statements and rewrites {@code create schema} to {@code create schema
   * if not exists} (a schema such as {@code public} exists in every new database).
   *
   * @param statements Hibernate's statements, in its order
   * @return the statements in normalised order
   */
  public static List<String> normalise(List<String> statements) {
    List<List<String>> units = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    for (String raw : statements) {
      String statement = rewrite(raw);
      String flat = flat(statement);
      int last = units.size() - 1;
      if (flat.startsWith("create cast ") && last >= 0 && kinds.get(last) == Kind.ENUM_TYPE) {
        // Hibernate follows each named enum type with the casts to and from varchar it needs.
        units.get(last).add(statement);
        continue;
      }
      List<String> unit = new ArrayList<>();
      unit.add(statement);
      units.add(unit);
      kinds.add(kind(statement));
    }
    List<String> result = new ArrayList<>(statements.size());
    int i = 0;
    while (i < units.size()) {
      Kind kind = kinds.get(i);
      int j = i + 1;
      if (kind != null) {
        while (j < units.size() && kinds.get(j) == kind) {
          j++;
        }
      }
      List<List<String>> run = new ArrayList<>(units.subList(i, j));
      if (kind != null) {
        run.sort(Comparator.comparing((List<String> u) -> String.join("\n", u)));
      }
      run.forEach(result::addAll);
      i = j;
    }
    return result;
  }

  private static String rewrite(String statement) {
    String flat = flat(statement);
    if (flat.startsWith("comment on ")) {
      return escapeCommentLiteral(statement);
    }
    if (flat.startsWith("create schema ") && !flat.startsWith("create schema if not exists ")) {
      int at = statement.toLowerCase(Locale.ROOT).indexOf("schema") + "schema".length();
      return statement.substring(0, at) + " if not exists" + statement.substring(at);
    }
    return statement;
  }

  /**
   * Hibernate writes {@code @Comment} and JPA {@code comment} text between quotes without doubling
   * the quotes inside ({@code is 'the provider's reference'}), which PostgreSQL rejects. Text that
   * is already a valid literal body (quotes doubled by the user) is left alone.
   */
  static String escapeCommentLiteral(String statement) {
    int open = statement.indexOf('\'');
    int close = statement.lastIndexOf('\'');
    if (open < 0 || close <= open) {
      return statement;
    }
    String body = statement.substring(open + 1, close);
    boolean valid = true;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '\'') {
        if (i + 1 < body.length() && body.charAt(i + 1) == '\'') {
          i++;
        } else {
          valid = false;
          break;
        }
      }
    }
    if (valid) {
      return statement;
    }
    return statement.substring(0, open + 1) + body.replace("'", "''") + statement.substring(close);
  }

  private static Kind kind(String statement) {
    String flat = flat(statement);
    if (flat.startsWith("create type ") && flat.contains(" as enum")) {
      return Kind.ENUM_TYPE;
    }
    if (flat.startsWith("create sequence ")) {
      return Kind.SEQUENCE;
    }
    if (flat.startsWith("insert into ")) {
      return Kind.SEED_ROW;
    }
    if (flat.startsWith("create index ") || flat.startsWith("create unique index ")) {
      return Kind.INDEX_OR_UNIQUE;
    }
    if (flat.startsWith("alter table ") && flat.contains(" add constraint ")) {
      return flat.contains(" foreign key ") ? Kind.FOREIGN_KEY : Kind.INDEX_OR_UNIQUE;
    }
    return null;
  }

  private static String flat(String statement) {
    return WHITESPACE
        .matcher(statement.strip().toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .replace("(", " (");
  }
}
