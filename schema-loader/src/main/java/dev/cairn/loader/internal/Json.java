package dev.cairn.loader.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Just enough JSON writing for the summary; keeps the loader free of a JSON library. */
public final class Json {
  private Json() {}

  /**
   * Appends {@code value} as a JSON string literal.
   *
   * @param out the target
   * @param value the string
   */
  static void quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A pretty-printing JSON writer (two-space indentation, one value per line). */
  public static final class Writer {
    private final StringBuilder out = new StringBuilder();
    // One entry per open container: true until its first element has been written.
    private final Deque<boolean[]> first = new ArrayDeque<>();
    private boolean afterName;

    /** Opens an object. */
    public void beginObject() {
      beforeValue();
      out.append('{');
      first.push(new boolean[] {true});
    }

    /** Closes an object. */
    public void endObject() {
      close('}');
    }

    /** Opens an array. */
    public void beginArray() {
      beforeValue();
      out.append('[');
      first.push(new boolean[] {true});
    }

    /** Closes an array. */
    public void endArray() {
      close(']');
    }

    /**
     * Writes a member name; the next call writes its value.
     *
     * @param name the member name
     */
    public void name(String name) {
      beforeValue();
      quote(out, name);
      out.append(": ");
      afterName = true;
    }

    /**
     * Writes a string value or {@code null}.
     *
     * @param value the value
     */
    public void value(String value) {
      beforeValue();
      if (value == null) {
        out.append("null");
      } else {
        quote(out, value);
      }
    }

    /**
     * Writes a string member.
     *
     * @param name the member name
     * @param value the value, may be {@code null}
     */
    public void field(String name, String value) {
      name(name);
      value(value);
    }

    /**
     * Writes a number member.
     *
     * @param name the member name
     * @param value the value
     */
    public void field(String name, long value) {
      name(name);
      beforeValue();
      out.append(value);
    }

    /**
     * Writes a member whose value is an array of strings.
     *
     * @param name the member name
     * @param values the strings
     */
    public void stringArrayField(String name, List<String> values) {
      name(name);
      beginArray();
      for (String v : values) {
        value(v);
      }
      endArray();
    }

    private void beforeValue() {
      if (afterName) {
        afterName = false;
        return;
      }
      if (!first.isEmpty()) {
        boolean[] f = first.peek();
        if (!f[0]) {
          out.append(',');
        }
        f[0] = false;
        newline(first.size());
      }
    }

    private void close(char bracket) {
      boolean empty = first.pop()[0];
      if (!empty) {
        newline(first.size());
      }
      out.append(bracket);
      if (first.isEmpty()) {
        out.append('\n');
      }
    }

    private void newline(int depth) {
      out.append('\n');
      out.append("  ".repeat(depth));
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
