package dev.cairn.diff.model;

import java.util.List;

/**
 * A domain over a base type.
 *
 * @param name the qualified name
 * @param baseType {@code format_type} of the base type
 * @param notNull whether the domain is {@code NOT NULL}
 * @param defaultExpression the default, or {@code null}
 * @param collation the collation when not the default, or {@code null}
 * @param checks check constraints, sorted by name
 * @param comment the comment, or {@code null}
 */
public record Domain(
    QualifiedName name,
    String baseType,
    boolean notNull,
    String defaultExpression,
    String collation,
    List<Constraint> checks,
    String comment) {
  /** Copies the list. */
  public Domain {
    checks = List.copyOf(checks);
  }
}
