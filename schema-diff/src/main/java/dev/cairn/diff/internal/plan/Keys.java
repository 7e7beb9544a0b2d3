package dev.cairn.diff.internal.plan;

import dev.cairn.diff.internal.diff.SqlText;
import dev.cairn.diff.internal.diff.TypeRefs;
import dev.cairn.diff.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Names of the things statements create, need and drop; see {@link StepGraph}. */
final class Keys {
  private Keys() {}

  static String schema(String s) {
    return "schema:" + s;
  }

  static String ext(String e) {
    return "ext:" + e;
  }

  /** The relation namespace of a schema: tables, views, sequences, indexes, composite types. */
  static String rel(QualifiedName q) {
    return "rel:" + q.schema() + "." + q.name();
  }

  static String rel(String schema, String name) {
    return rel(QualifiedName.of(schema, name));
  }

  /** The type namespace: every table, view and composite type also defines a row type. */
  static String type(QualifiedName q) {
    return "type:" + q.schema() + "." + q.name();
  }

  /** An enum label: a label added BEFORE or AFTER another one waits until that one exists. */
  static String label(QualifiedName type, String label) {
    return "label:" + type.schema() + "." + type.name() + "." + label;
  }

  static String col(QualifiedName t, String c) {
    return "col:" + t.schema() + "." + t.name() + "." + c;
  }

  /** Created by every statement that shapes a table's columns; views and triggers need it. */
  static String cols(QualifiedName t) {
    return "cols:" + t.schema() + "." + t.name();
  }

  /** Dropped by column type changes: views, policies and triggers on the table must go first. */
  static String dep(QualifiedName t) {
    return "dep:" + t.schema() + "." + t.name();
  }

  /** Created when a column gets its final type; generated columns over it wait for that. */
  static String typed(QualifiedName t, String c) {
    return "typed:" + t.schema() + "." + t.name() + "." + c;
  }

  /** Dropped by a column's type change: generated columns using it must be gone by then. */
  static String usedBy(QualifiedName t, String c) {
    return "usedby:" + t.schema() + "." + t.name() + "." + c;
  }

  /** A partition bound of a parent: a new partition may only take it once the old one is gone. */
  static String bound(QualifiedName parent, String bound) {
    return "bound:" + parent.schema() + "." + parent.name() + "|" + bound;
  }

  /** Dropped by SET [UN]LOGGED: foreign keys linking the table to others must be gone first. */
  static String fkLink(QualifiedName t) {
    return "fklink:" + t.schema() + "." + t.name();
  }

  /** Created by SET [UN]LOGGED: foreign keys are added once both tables have their logging. */
  static String logging(QualifiedName t) {
    return "logging:" + t.schema() + "." + t.name();
  }

  static String con(QualifiedName t, String name) {
    return "con:" + t.schema() + "." + t.name() + "." + name;
  }

  static String uniq(QualifiedName t, List<String> cols) {
    return "uniq:" + t.schema() + "." + t.name() + "(" + String.join(",", cols) + ")";
  }

  static String fn(QualifiedName f) {
    return "fn:" + f.schema() + "." + f.name();
  }

  static String nn(QualifiedName t, String c) {
    return "nn:" + t.schema() + "." + t.name() + "." + c;
  }

  static String trg(QualifiedName t, String name) {
    return "trg:" + t.schema() + "." + t.name() + "." + name;
  }

  static String pol(QualifiedName t, String name) {
    return "pol:" + t.schema() + "." + t.name() + "." + name;
  }

  /**
   * Type keys for a {@code format_type} string naming a user type (possibly an array of it).
   * Built-in types yield keys nobody creates, which is harmless.
   *
   * @param formatType the type text, or {@code null}
   * @return zero or one key
   */
  static List<String> typeRefs(String formatType) {
    List<String> out = new ArrayList<>();
    if (formatType == null) {
      return out;
    }
    QualifiedName q = parseName(TypeRefs.elementType(formatType));
    if (q != null) {
      out.add(type(q));
    }
    return out;
  }

  /**
   * Type keys for every name in a text that could denote a user type (argument lists, result
   * types): qualified names, and unqualified names resolved to {@code public}.
   *
   * @param sql the text
   * @return keys
   */
  static Set<String> typeMentions(String sql) {
    Set<String> out = new TreeSet<>();
    if (sql == null) {
      return out;
    }
    List<SqlText.Token> ts = SqlText.tokens(sql);
    for (int i = 0; i < ts.size(); i++) {
      String id = ts.get(i).identifier();
      if (id == null) {
        continue;
      }
      int prev = SqlText.previousSignificant(ts, i);
      if (prev >= 0 && ts.get(prev).text().equals(".")) {
        int q = SqlText.previousSignificant(ts, prev);
        if (q >= 0 && ts.get(q).identifier() != null) {
          out.add(type(QualifiedName.of(ts.get(q).identifier(), id)));
        }
      } else {
        out.add(type(QualifiedName.of("public", id)));
      }
    }
    return out;
  }

  /**
   * Relation keys for the sequences a default uses through {@code nextval('…'::regclass)}.
   *
   * @param expr the default expression, or {@code null}
   * @return keys
   */
  static List<String> sequenceRefs(String expr) {
    List<String> out = new ArrayList<>();
    if (expr == null || !expr.contains("regclass")) {
      return out;
    }
    List<SqlText.Token> ts = SqlText.tokens(expr);
    for (int i = 0; i + 3 < ts.size(); i++) {
      SqlText.Token t = ts.get(i);
      if (t.kind() == SqlText.Kind.STRING
          && t.text().startsWith("'")
          && ts.get(i + 1).text().equals(":")
          && ts.get(i + 2).text().equals(":")
          && ts.get(i + 3).is("regclass")) {
        String inner = t.text().substring(1, t.text().length() - 1).replace("''", "'");
        QualifiedName q = parseName(inner);
        if (q != null) {
          out.add(rel(q));
        }
      }
    }
    return out;
  }

  /**
   * Parses {@code name}, {@code schema.name} or their quoted forms; unqualified names resolve to
   * {@code public}.
   *
   * @param text the name
   * @return the name, or {@code null} when the text is not a plain (qualified) identifier
   */
  static QualifiedName parseName(String text) {
    List<String> parts = new ArrayList<>();
    boolean expectName = true;
    for (SqlText.Token t : SqlText.tokens(text.strip())) {
      if (t.kind() == SqlText.Kind.SPACE) {
        return null;
      }
      if (expectName) {
        if (t.identifier() == null) {
          return null;
        }
        parts.add(t.identifier());
        expectName = false;
      } else if (t.text().equals(".")) {
        expectName = true;
      } else {
        return null;
      }
    }
    if (expectName || parts.isEmpty() || parts.size() > 2) {
      return null;
    }
    return parts.size() == 1
        ? QualifiedName.of("public", parts.get(0))
        : QualifiedName.of(parts.get(0), parts.get(1));
  }
}
