package dev.cairn.diff.model;

import java.util.Locale;
import java.util.Set;

/** Quoting of PostgreSQL identifiers, the way {@code quote_ident} does it. */
public final class Identifiers {
  // Reserved key words (and the non-reserved ones that cannot be column/table names) need quotes.
  private static final Set<String> RESERVED =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "binary",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "group",
          "having",
          "ilike",
          "in",
          "initially",
          "inner",
          "intersect",
          "into",
          "is",
          "isnull",
          "join",
          "lateral",
          "leading",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "natural",
          "not",
          "notnull",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "outer",
          "overlaps",
          "placing",
          "primary",
          "references",
          "returning",
          "right",
          "select",
          "session_user",
          "similar",
          "some",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with",
          "between",
          "bigint",
          "bit",
          "boolean",
          "char",
          "character",
          "coalesce",
          "dec",
          "decimal",
          "exists",
          "extract",
          "float",
          "greatest",
          "grouping",
          "inout",
          "int",
          "integer",
          "interval",
          "json",
          "json_array",
          "json_arrayagg",
          "json_exists",
          "json_object",
          "json_objectagg",
          "json_query",
          "json_scalar",
          "json_serialize",
          "json_table",
          "json_value",
          "least",
          "merge_action",
          "national",
          "nchar",
          "none",
          "normalize",
          "nullif",
          "numeric",
          "out",
          "overlay",
          "position",
          "precision",
          "real",
          "row",
          "setof",
          "smallint",
          "substring",
          "time",
          "timestamp",
          "treat",
          "trim",
          "values",
          "varchar",
          "xmlattributes",
          "xmlconcat",
          "xmlelement",
          "xmlexists",
          "xmlforest",
          "xmlnamespaces",
          "xmlparse",
          "xmlpi",
          "xmlroot",
          "xmlserialize",
          "xmltable");

  private Identifiers() {}

  /**
   * Quotes an identifier when PostgreSQL would not read it back unchanged without quotes.
   *
   * @param identifier the identifier as stored in the catalog
   * @return the identifier, quoted if needed
   */
  public static String quote(String identifier) {
    if (isSafe(identifier)) {
      return identifier;
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static boolean isSafe(String s) {
    if (s.isEmpty() || RESERVED.contains(s)) {
      return false;
    }
    char first = s.charAt(0);
    if (!(first >= 'a' && first <= 'z') && first != '_') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return s.equals(s.toLowerCase(Locale.ROOT));
  }

  /**
   * Quotes a string literal the way {@code quote_literal} does for standard-conforming strings.
   *
   * @param value the value
   * @return the SQL literal
   */
  public static String literal(String value) {
    if (value.indexOf('\\') >= 0) {
      return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
    return "'" + value.replace("'", "''") + "'";
  }
}
