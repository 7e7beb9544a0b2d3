package dev.cairn.diff;

import dev.cairn.diff.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Declares renames the differ cannot infer: without a hint a renamed table or column looks like a
 * drop plus an add, which loses data. With a hint the differ emits {@code RENAME} and compares the
 * renamed object with its desired form.
 *
 * <p>Hints name objects as the catalog stores them (no quoting, no case folding). A column hint
 * names its table by the desired (new) name or, equally, the current one. A hint whose "member"
 * names an enum type instead of a table renames a label of that enum ({@code ALTER TYPE … RENAME
 * VALUE}).
 *
 * @param tables table renames
 * @param members column renames (or enum label renames), each inside one table (or enum)
 */
public record RenameHints(List<TableRename> tables, List<MemberRename> members) {

  /** Copies the lists. */
  public RenameHints {
    tables = List.copyOf(tables);
    members = List.copyOf(members);
  }

  /**
   * No renames.
   *
   * @return empty hints
   */
  public static RenameHints none() {
    return new RenameHints(List.of(), List.of());
  }

  /**
   * Adds a table rename.
   *
   * @param schema the schema
   * @param from the current table name
   * @param to the desired table name
   * @return new hints
   */
  public RenameHints table(String schema, String from, String to) {
    List<TableRename> t = new ArrayList<>(tables);
    t.add(new TableRename(QualifiedName.of(schema, from), to));
    return new RenameHints(t, members);
  }

  /**
   * Adds a column rename (or, when {@code table} names an enum type, a label rename).
   *
   * @param schema the schema
   * @param table the table (desired or current name) or enum type
   * @param from the current column name or label
   * @param to the desired column name or label
   * @return new hints
   */
  public RenameHints column(String schema, String table, String from, String to) {
    List<MemberRename> m = new ArrayList<>(members);
    m.add(new MemberRename(QualifiedName.of(schema, table), from, to));
    return new RenameHints(tables, m);
  }

  /**
   * Parses a command-line hint: {@code schema.old_table=new_table} or {@code
   * schema.table.old_column=new_column}. Parts containing dots or {@code =} can be written in
   * double quotes, e.g. {@code public."a.b"=c}.
   *
   * @param hint the hint text
   * @return new hints with the parsed rename added
   * @throws IllegalArgumentException when the text has neither form
   */
  public RenameHints parse(String hint) {
    int eq = indexOutsideQuotes(hint, '=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          "Rename hint '"
              + hint
              + "' has no '='. Write schema.old_table=new_table or"
              + " schema.table.old_column=new_column.");
    }
    List<String> left = splitPath(hint.substring(0, eq), hint);
    String to = unquote(hint.substring(eq + 1).trim(), hint);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("Rename hint '" + hint + "' has an empty new name.");
    }
    if (left.size() == 2) {
      return table(left.get(0), left.get(1), to);
    }
    if (left.size() == 3) {
      return column(left.get(0), left.get(1), left.get(2), to);
    }
    throw new IllegalArgumentException(
        "Rename hint '"
            + hint
            + "' must name schema.table (for a table) or schema.table.column (for a column)"
            + " before '='; found "
            + left.size()
            + " part(s).");
  }

  /**
   * The hints for the opposite direction (desired to current), e.g. for a down migration: every
   * rename swapped, column hints naming their table by its name on the "current" side of the
   * reversed diff (the desired name of the original one).
   *
   * @return reversed hints
   */
  public RenameHints reversed() {
    List<TableRename> t = new ArrayList<>();
    for (TableRename r : tables) {
      t.add(new TableRename(QualifiedName.of(r.from().schema(), r.to()), r.from().name()));
    }
    List<MemberRename> m = new ArrayList<>();
    for (MemberRename r : members) {
      QualifiedName owner = r.owner();
      for (TableRename tr : tables) {
        if (tr.from().equals(owner)) {
          owner = QualifiedName.of(owner.schema(), tr.to());
        }
      }
      m.add(new MemberRename(owner, r.to(), r.from()));
    }
    return new RenameHints(t, m);
  }

  /**
   * Whether there are no hints.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return tables.isEmpty() && members.isEmpty();
  }

  private static int indexOutsideQuotes(String s, char wanted) {
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == wanted && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitPath(String path, String hint) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < path.length() && path.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '.' && !quoted) {
        parts.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Rename hint '" + hint + "' has an unclosed quote.");
    }
    parts.add(current.toString().trim());
    for (String p : parts) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("Rename hint '" + hint + "' has an empty name part.");
      }
    }
    return parts;
  }

  private static String unquote(String s, String hint) {
    if (s.startsWith("\"")) {
      if (s.length() < 2 || !s.endsWith("\"")) {
        throw new IllegalArgumentException("Rename hint '" + hint + "' has an unclosed quote.");
      }
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  /**
   * A table renamed within its schema.
   *
   * @param from the current qualified name
   * @param to the desired unqualified name
   */
  public record TableRename(QualifiedName from, String to) {
    /** Validates the parts. */
    public TableRename {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A column of a table (or a label of an enum) renamed.
   *
   * @param owner the table (desired or current name) or enum type
   * @param from the current name
   * @param to the desired name
   */
  public record MemberRename(QualifiedName owner, String from, String to) {
    /** Validates the parts. */
    public MemberRename {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
