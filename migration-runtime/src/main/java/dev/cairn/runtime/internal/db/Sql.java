package dev.cairn.runtime.internal.db;

import java.util.List;

/** Builds SQL text: identifiers and literals that are safe whatever the server's settings. */
public final class Sql {
  private Sql() {}

  /**
   * Quotes an identifier the way {@code quote_ident} would when quoting is needed.
   *
   * @param name the identifier
   * @return the quoted identifier
   */
  public static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * A string literal. Text with backslashes becomes an escape string ({@code E'…'}) so the literal
   * means the same with {@code standard_conforming_strings} on or off.
   *
   * @param value the text, or null
   * @return the literal, or {@code NULL}
   */
  public static String literal(String value) {
    if (value == null) {
      return "NULL";
    }
    if (value.indexOf('\0') >= 0) {
      // PostgreSQL text cannot hold NUL; drop it rather than fail while recording an error.
      value = value.replace("\0", "");
    }
    String quoted = value.replace("'", "''");
    if (quoted.indexOf('\\') >= 0) {
      return "E'" + quoted.replace("\\", "\\\\") + "'";
    }
    return "'" + quoted + "'";
  }

  /**
   * A JSON array of strings as a {@code jsonb} literal, or {@code NULL} for an empty list (what
   * Atlas stores when no statement was applied).
   *
   * @param values the strings
   * @return the literal
   */
  public static String jsonArray(List<String> values) {
    if (values.isEmpty()) {
      return "NULL";
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"');
      String v = values.get(i);
      for (int j = 0; j < v.length(); j++) {
        char c = v.charAt(j);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    }
    return literal(sb.append(']').toString()) + "::jsonb";
  }

  /**
   * Parses what {@link #jsonArray} writes and what Atlas writes ({@code null}, {@code []} or an
   * array of plain strings such as {@code "h1:…"}).
   *
   * @param json the column's text, or null
   * @return the strings
   */
  public static List<String> parseJsonStringArray(String json) {
    if (json == null) {
      return List.of();
    }
    String t = json.trim();
    if (t.isEmpty() || t.equals("null")) {
      return List.of();
    }
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw new IllegalArgumentException("not a JSON array: " + abbreviate(t, 80));
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int i = 1;
    int end = t.length() - 1;
    while (i < end) {
      char c = t.charAt(i);
      if (c == ' ' || c == ',' || c == '\n' || c == '\t' || c == '\r') {
        i++;
        continue;
      }
      if (c != '"') {
        throw new IllegalArgumentException("not a JSON string array: " + abbreviate(t, 80));
      }
      StringBuilder sb = new StringBuilder();
      i++;
      while (i < end && t.charAt(i) != '"') {
        char d = t.charAt(i);
        if (d == '\\' && i + 1 < end) {
          char e = t.charAt(++i);
          switch (e) {
            case 'n':
              sb.append('\n');
              break;
            case 't':
              sb.append('\t');
              break;
            case 'r':
              sb.append('\r');
              break;
            case 'b':
              sb.append('\b');
              break;
            case 'f':
              sb.append('\f');
              break;
            case 'u':
              sb.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
              i += 4;
              break;
            default:
              sb.append(e);
          }
        } else {
          sb.append(d);
        }
        i++;
      }
      out.add(sb.toString());
      i++;
    }
    return out;
  }

  /**
   * Shortens text for messages, collapsing runs of whitespace.
   *
   * @param text the text
   * @param max the maximum length
   * @return the shortened text
   */
  public static String abbreviate(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
