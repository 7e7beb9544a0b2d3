package dev.cairn.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A small, dependency-free JSON writer for {@code --format json} output: pretty-printed with two
 * spaces, keys in the order given, so output is stable and diffable.
 *
 * <p>Writes {@link Map}s (keys as strings, in iteration order: use a {@code LinkedHashMap} or
 * {@code TreeMap}), records (components in declaration order), collections and arrays, strings,
 * numbers, booleans, {@code null}, {@link Optional} (its value or {@code null}), enums (their
 * name), and {@link Path}, {@link Duration} and {@code java.time} values (their {@code toString}).
 */
public final class Json {
  private Json() {}

  /**
   * Writes a value as JSON, ending in a newline.
   *
   * @param value the value
   * @return the document
   * @throws IllegalArgumentException for a value of another type
   */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  /**
   * Quotes a string as a JSON string literal.
   *
   * @param s the string
   * @return the literal, with quotes
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(sb, s);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object value, int indent) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      quote(sb, s);
    } else if (value instanceof Boolean b) {
      sb.append(b);
    } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      sb.append("null");
    } else if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      sb.append("null");
    } else if (value instanceof Number n) {
      sb.append(n);
    } else if (value instanceof Optional<?> o) {
      write(sb, o.orElse(null), indent);
    } else if (value instanceof Enum<?> e) {
      quote(sb, e.name());
    } else if (value instanceof Path || value instanceof Duration || value instanceof Character) {
      quote(sb, value.toString());
    } else if (value instanceof TemporalAccessor) {
      quote(sb, value.toString());
    } else if (value instanceof Map<?, ?> m) {
      object(sb, m, indent);
    } else if (value instanceof Collection<?> c) {
      array(sb, c.toArray(), indent);
    } else if (value instanceof Object[] a) {
      array(sb, a, indent);
    } else if (value.getClass().isRecord()) {
      object(sb, components(value), indent);
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON; convert it to a map first");
    }
  }

  private static Map<String, Object> components(Object record) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      try {
        c.getAccessor().setAccessible(true);
        m.put(c.getName(), c.getAccessor().invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException(
            "cannot read " + record.getClass().getName() + "." + c.getName(), e);
      }
    }
    return m;
  }

  private static void object(StringBuilder sb, Map<?, ?> m, int indent) {
    if (m.isEmpty()) {
      sb.append("{}");
      return;
    }
    sb.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      pad(sb, indent + 1);
      quote(sb, String.valueOf(e.getKey()));
      sb.append(": ");
      write(sb, e.getValue(), indent + 1);
      sb.append(++i < m.size() ? ",\n" : "\n");
    }
    pad(sb, indent);
    sb.append('}');
  }

  private static void array(StringBuilder sb, Object[] items, int indent) {
    if (items.length == 0) {
      sb.append("[]");
      return;
    }
    sb.append("[\n");
    for (int i = 0; i < items.length; i++) {
      pad(sb, indent + 1);
      write(sb, items[i], indent + 1);
      sb.append(i + 1 < items.length ? ",\n" : "\n");
    }
    pad(sb, indent);
    sb.append(']');
  }

  private static void pad(StringBuilder sb, int indent) {
    sb.append("  ".repeat(indent));
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
