package dev.cairn.diff.internal.diff;

import dev.cairn.diff.model.Constraint;
import dev.cairn.diff.model.Identifiers;
import dev.cairn.diff.model.Index;
import dev.cairn.diff.model.Routine;
import dev.cairn.diff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Facts derived from catalog definitions, shared by the differ and the planner. */
public final class Definitions {
  private Definitions() {}

  /** The suffix {@code pg_get_constraintdef} appends to a constraint that is not validated. */
  public static final String NOT_VALID = " NOT VALID";

  /**
   * An index definition without its name, to recognise a renamed index.
   *
   * @param index the index
   * @return the definition with the name replaced by a placeholder
   */
  public static String indexShape(Index index) {
    String def = index.definition();
    String quoted = Identifiers.quote(index.name());
    for (String prefix : new String[] {"CREATE INDEX ", "CREATE UNIQUE INDEX "}) {
      if (def.startsWith(prefix + quoted + " ")) {
        return prefix + "?" + def.substring(prefix.length() + quoted.length());
      }
    }
    return def;
  }

  /**
   * Replaces the index name in a {@code pg_get_indexdef} statement.
   *
   * @param index the index
   * @param newName the name to use
   * @return the statement creating the index under the new name
   */
  public static String indexDefinitionNamed(Index index, String newName) {
    String def = index.definition();
    String quoted = Identifiers.quote(index.name());
    for (String prefix : new String[] {"CREATE INDEX ", "CREATE UNIQUE INDEX "}) {
      if (def.startsWith(prefix + quoted + " ")) {
        return prefix
            + Identifiers.quote(newName)
            + def.substring(prefix.length() + quoted.length());
      }
    }
    throw new IllegalStateException(
        "Unexpected index definition (expected CREATE [UNIQUE] INDEX " + quoted + " ON …): " + def);
  }

  /**
   * Inserts {@code CONCURRENTLY} into a {@code pg_get_indexdef} statement.
   *
   * @param index the index
   * @param name the name to create it under
   * @return {@code CREATE [UNIQUE] INDEX CONCURRENTLY name ON …}
   */
  public static String concurrentIndexDefinition(Index index, String name) {
    String def = indexDefinitionNamed(index, name);
    return def.startsWith("CREATE UNIQUE INDEX ")
        ? "CREATE UNIQUE INDEX CONCURRENTLY " + def.substring("CREATE UNIQUE INDEX ".length())
        : "CREATE INDEX CONCURRENTLY " + def.substring("CREATE INDEX ".length());
  }

  /**
   * The definition of a constraint without the {@code NOT VALID} marker.
   *
   * @param c the constraint
   * @return its validated definition
   */
  public static String validatedDefinition(Constraint c) {
    String d = c.definition();
    return d.endsWith(NOT_VALID) ? d.substring(0, d.length() - NOT_VALID.length()) : d;
  }

  /**
   * The referenced columns of a foreign key, from {@code … REFERENCES t(a, b) …}.
   *
   * @param fk the foreign key
   * @return the referenced column names
   */
  public static List<String> referencedColumns(Constraint fk) {
    List<SqlText.Token> ts = SqlText.tokens(fk.definition());
    List<String> out = new ArrayList<>();
    boolean afterReferences = false;
    boolean inParens = false;
    for (SqlText.Token t : ts) {
      if (!afterReferences) {
        afterReferences = t.is("REFERENCES");
        continue;
      }
      if (!inParens) {
        if (t.text().equals("(")) {
          inParens = true;
        }
        continue;
      }
      if (t.text().equals(")")) {
        break;
      }
      String id = t.identifier();
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * The local (referencing) columns of a foreign key, from {@code FOREIGN KEY (a, b) …}.
   *
   * @param fk the foreign key
   * @return column names
   */
  public static List<String> localColumns(Constraint fk) {
    if (!fk.columns().isEmpty()) {
      return fk.columns();
    }
    List<String> out = new ArrayList<>();
    boolean inParens = false;
    for (SqlText.Token t : SqlText.tokens(fk.definition())) {
      if (!inParens) {
        inParens = t.text().equals("(");
        continue;
      }
      if (t.text().equals(")")) {
        break;
      }
      if (t.identifier() != null) {
        out.add(t.identifier());
      }
    }
    return out;
  }

  /**
   * Columns of the table that a definition uses: its declared column list plus every column name
   * appearing as an identifier (expressions, {@code WHERE} clauses).
   *
   * @param table the table whose columns are considered
   * @param declared the declared columns
   * @param definition the definition text
   * @return column names in table order
   */
  public static Set<String> usedColumns(Table table, List<String> declared, String definition) {
    Set<String> ids = new LinkedHashSet<>(SqlText.identifiers(definition));
    Set<String> out = new LinkedHashSet<>();
    table
        .columns()
        .forEach(
            c -> {
              if (declared.contains(c.name()) || ids.contains(c.name())) {
                out.add(c.name());
              }
            });
    return out;
  }

  /**
   * Whether {@code CREATE OR REPLACE} can turn one routine into the other: PostgreSQL refuses to
   * change the kind, the result type, argument defaults or names.
   *
   * @param from the existing routine
   * @param to the desired routine
   * @return true when an in-place replace works
   */
  public static boolean canReplaceInPlace(Routine from, Routine to) {
    return from.procedure() == to.procedure()
        && Objects.equals(from.resultType(), to.resultType())
        && header(from.definition()).equals(header(to.definition()));
  }

  private static String header(String def) {
    int nl = def.indexOf('\n');
    return nl < 0 ? def : def.substring(0, nl);
  }
}
