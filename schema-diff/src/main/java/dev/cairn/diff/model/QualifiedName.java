package dev.cairn.diff.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name exactly as the catalog stores it (no quoting, no folding).
 *
 * @param schema the PostgreSQL schema (namespace)
 * @param name the object name
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  /** Validates the parts. */
  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Creates a name.
   *
   * @param schema the schema
   * @param name the name
   * @return the qualified name
   */
  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  /**
   * The name as SQL: each part quoted only when PostgreSQL requires it.
   *
   * @return e.g. {@code public.orders} or {@code "My Schema"."Order"}
   */
  public String sql() {
    return Identifiers.quote(schema) + "." + Identifiers.quote(name);
  }

  @Override
  public int compareTo(QualifiedName o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
