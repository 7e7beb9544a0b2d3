package dev.cairn.diff.model;

import java.util.List;

/**
 * A free-standing composite type ({@code CREATE TYPE … AS (…)}).
 *
 * @param name the qualified name
 * @param attributes the attributes in order
 * @param comment the comment, or {@code null}
 */
public record CompositeType(QualifiedName name, List<Attribute> attributes, String comment) {
  /** Copies the list. */
  public CompositeType {
    attributes = List.copyOf(attributes);
  }

  /**
   * One attribute of a composite type.
   *
   * @param name the attribute name
   * @param type {@code format_type} of its type
   * @param collation the collation when not the default, or {@code null}
   */
  public record Attribute(String name, String type, String collation) {}
}
