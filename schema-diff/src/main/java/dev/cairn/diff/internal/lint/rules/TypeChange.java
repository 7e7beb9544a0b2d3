package dev.cairn.diff.internal.lint.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges whether a column type change can lose or reject existing values, from the two types as
 * {@code format_type} prints them. Whether PostgreSQL rewrites the table is not guessed here: the
 * linter observes it (the relfilenode changes).
 *
 * @param verdict the verdict
 * @param detail why, in words, e.g. {@code shortens the maximum length from 255 to 50}
 * @param check a query that counts the rows the change would reject or alter, or {@code null}
 */
record TypeChange(Verdict verdict, String detail, String check) {

  /** How a type change treats existing values. */
  enum Verdict {
    /** Every existing value converts without loss. */
    SAFE,
    /** Some values may not fit: the statement fails, or values are rounded/truncated. */
    NARROWING,
    /** A conversion to another type family: the cast may fail on some values. */
    CROSS_FAMILY
  }

  private static final Pattern MOD = Pattern.compile("^(.*?)\\((\\d+)(?:,\\s*(-?\\d+))?\\)(.*)$");
  private static final Map<String, Integer> INT_BYTES =
      Map.of("smallint", 2, "integer", 4, "bigint", 8);
  private static final Map<String, Integer> INT_DIGITS =
      Map.of("smallint", 5, "integer", 10, "bigint", 19);
  private static final Map<String, String> INT_RANGE =
      Map.of(
          "smallint", "-32768 AND 32767",
          "integer", "-2147483648 AND 2147483647",
          "bigint", "-9223372036854775808 AND 9223372036854775807");

  /**
   * Judges a change.
   *
   * @param from the old type
   * @param to the new type
   * @param column the quoted column name, for the check query
   * @param table the qualified table name, for the check query
   * @return the judgement
   */
  static TypeChange judge(String from, String to, String column, String table) {
    if (from.equals(to)) {
      return safe("keeps the type");
    }
    boolean fromArray = from.endsWith("[]");
    boolean toArray = to.endsWith("[]");
    if (fromArray != toArray) {
      return cross(from, to, column, table);
    }
    if (fromArray) {
      TypeChange element =
          judge(
              from.substring(0, from.length() - 2),
              to.substring(0, to.length() - 2),
              column,
              table);
      return new TypeChange(element.verdict, "array elements: " + element.detail, null);
    }
    Parsed f = parse(from);
    Parsed t = parse(to);
    String where;
    if (isString(f.base) && isString(t.base)) {
      if (t.length < 0) {
        return safe("only lifts the length limit");
      }
      if (f.length < 0 || t.length < f.length) {
        where = "char_length(" + column + ") > " + t.length;
        return new TypeChange(
            Verdict.NARROWING,
            (f.length < 0
                    ? "limits the length to " + t.length
                    : "shortens the maximum length from " + f.length + " to " + t.length)
                + ": longer values make the statement fail",
            count(table, where));
      }
      return safe("widens the length");
    }
    if (INT_BYTES.containsKey(f.base) && INT_BYTES.containsKey(t.base)) {
      if (INT_BYTES.get(t.base) >= INT_BYTES.get(f.base)) {
        return safe("widens the integer range");
      }
      return new TypeChange(
          Verdict.NARROWING,
          "narrows " + f.base + " to " + t.base + ": values out of range make the statement fail",
          count(table, column + " NOT BETWEEN " + INT_RANGE.get(t.base)));
    }
    if (INT_BYTES.containsKey(f.base) && t.base.equals("numeric")) {
      if (t.precision < 0 || t.precision - Math.max(t.scale, 0) >= INT_DIGITS.get(f.base)) {
        return safe("numeric holds every " + f.base);
      }
      return numericNarrowing(t, column, table);
    }
    if (f.base.equals("numeric") && t.base.equals("numeric")) {
      if (t.precision < 0) {
        return safe("lifts the precision limit");
      }
      if (f.precision < 0) {
        return numericNarrowing(t, column, table);
      }
      int fromInt = f.precision - f.scale;
      int toInt = t.precision - t.scale;
      if (toInt >= fromInt && t.scale >= f.scale) {
        return safe("widens the precision");
      }
      return numericNarrowing(t, column, table);
    }
    if ((f.base.equals("numeric") || isFloat(f.base)) && INT_BYTES.containsKey(t.base)) {
      return new TypeChange(
          Verdict.NARROWING,
          "converts "
              + f.base
              + " to "
              + t.base
              + ": fractions are rounded away and values out"
              + " of range make the statement fail",
          count(table, column + " <> round(" + column + ")"));
    }
    if (isFloat(f.base) && isFloat(t.base)) {
      return f.base.equals("real") || t.base.equals("double precision")
          ? safe("widens the floating-point precision")
          : new TypeChange(Verdict.NARROWING, "double precision to real loses precision", null);
    }
    if (INT_BYTES.containsKey(f.base) && isFloat(t.base)) {
      boolean exact =
          t.base.equals("double precision") && !f.base.equals("bigint")
              || t.base.equals("real") && f.base.equals("smallint");
      return exact
          ? safe(t.base + " holds every " + f.base + " exactly")
          : new TypeChange(
              Verdict.NARROWING, t.base + " cannot hold every " + f.base + " exactly", null);
    }
    if (isTemporal(f.base) && isTemporal(t.base)) {
      if (f.base.startsWith("timestamp") && t.base.equals("date")) {
        return new TypeChange(Verdict.NARROWING, "timestamp to date drops the time of day", null);
      }
      if (sameTemporalFamily(f.base, t.base)) {
        if (t.precision >= 0 && (f.precision < 0 || t.precision < f.precision)) {
          return new TypeChange(
              Verdict.NARROWING,
              "reduces the fractional-seconds precision to "
                  + t.precision
                  + ": values are"
                  + " rounded",
              null);
        }
        return safe("keeps every value");
      }
      if (f.base.equals("date") && t.base.startsWith("timestamp")) {
        return safe("every date is a timestamp");
      }
      return cross(from, to, column, table);
    }
    if (f.base.equals("cidr") && t.base.equals("inet")) {
      return safe("every cidr is an inet");
    }
    if (isString(t.base) && t.length < 0) {
      return safe("text holds every value's text form");
    }
    if (f.base.equals("json") && t.base.equals("jsonb")
        || f.base.equals("jsonb") && t.base.equals("json")) {
      return safe("json and jsonb hold the same documents");
    }
    return cross(from, to, column, table);
  }

  private static TypeChange numericNarrowing(Parsed t, String column, String table) {
    int scale = Math.max(t.scale, 0);
    String limit = "1e" + (t.precision - scale);
    return new TypeChange(
        Verdict.NARROWING,
        "narrows to numeric("
            + t.precision
            + ","
            + scale
            + "): larger values make the statement"
            + " fail and extra decimals are rounded",
        count(
            table,
            "abs("
                + column
                + ") >= "
                + limit
                + " OR "
                + column
                + " <> round("
                + column
                + ", "
                + scale
                + ")"));
  }

  private static TypeChange cross(String from, String to, String column, String table) {
    return new TypeChange(
        Verdict.CROSS_FAMILY,
        "converts "
            + from
            + " to "
            + to
            + ": the cast fails on values that have no "
            + to
            + " form",
        count(
            table,
            column
                + " IS NOT NULL AND NOT pg_input_is_valid("
                + column
                + "::text, '"
                + to.replace("'", "''")
                + "')  -- PostgreSQL 16+"));
  }

  private static TypeChange safe(String detail) {
    return new TypeChange(Verdict.SAFE, detail, null);
  }

  private static String count(String table, String where) {
    return "SELECT count(*) FROM " + table + " WHERE " + where + ";";
  }

  private static boolean isString(String base) {
    return base.equals("text")
        || base.equals("character varying")
        || base.equals("character")
        || base.equals("citext");
  }

  private static boolean isFloat(String base) {
    return base.equals("real") || base.equals("double precision");
  }

  private static boolean isTemporal(String base) {
    return base.startsWith("timestamp")
        || base.startsWith("time ")
        || base.equals("time")
        || base.equals("date");
  }

  private static boolean sameTemporalFamily(String a, String b) {
    return a.startsWith("timestamp") && b.startsWith("timestamp")
        || a.startsWith("time")
            && !a.startsWith("timestamp")
            && b.startsWith("time")
            && !b.startsWith("timestamp");
  }

  /** A type split into base name and modifiers: {@code timestamp(3) without time zone}. */
  private record Parsed(String base, int length, int precision, int scale) {}

  private static Parsed parse(String type) {
    Matcher m = MOD.matcher(type);
    if (!m.matches()) {
      return new Parsed(type, -1, -1, -1);
    }
    String base = (m.group(1) + m.group(4)).trim();
    int a = Integer.parseInt(m.group(2));
    int b = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (base.equals("numeric")) {
      return new Parsed(base, -1, a, b);
    }
    if (base.startsWith("time") || base.equals("interval")) {
      return new Parsed(base, -1, a, -1);
    }
    return new Parsed(base, a, -1, -1);
  }
}
