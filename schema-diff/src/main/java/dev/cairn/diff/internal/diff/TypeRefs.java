package dev.cairn.diff.internal.diff;

import dev.cairn.diff.model.Identifiers;
import dev.cairn.diff.model.QualifiedName;

/** Matches {@code format_type} strings against user-defined types. */
public final class TypeRefs {
  private TypeRefs() {}

  /**
   * Whether a column type is the given type or an array of it.
   *
   * @param formatType {@code format_type} output, e.g. {@code public.status[]} or {@code status}
   * @param type the type
   * @return true when it refers to the type
   */
  public static boolean refersTo(String formatType, QualifiedName type) {
    if (formatType == null) {
      return false;
    }
    String base = elementType(formatType);
    return base.equals(type.sql())
        || (type.schema().equals("public") && base.equals(Identifiers.quote(type.name())));
  }

  /**
   * Strips array brackets.
   *
   * @param formatType a type
   * @return the element type
   */
  public static String elementType(String formatType) {
    String s = formatType.strip();
    while (s.endsWith("[]")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /**
   * How many array dimensions the type has.
   *
   * @param formatType a type
   * @return 0 for a scalar
   */
  public static int arrayDepth(String formatType) {
    String s = formatType.strip();
    int d = 0;
    while (s.endsWith("[]")) {
      s = s.substring(0, s.length() - 2);
      d++;
    }
    return d;
  }
}
