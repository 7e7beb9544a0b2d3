package dev.cairn.diff.model;

import java.util.List;

/**
 * An enum type.
 *
 * @param name the qualified name
 * @param labels the labels in sort order ({@code enumsortorder})
 * @param comment the comment, or {@code null}
 */
public record EnumType(QualifiedName name, List<String> labels, String comment) {
  /** Copies the list. */
  public EnumType {
    labels = List.copyOf(labels);
  }
}
