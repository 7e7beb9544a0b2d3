package dev.cairn.diff.model;

/**
 * A function or procedure (aggregates and window functions are reported as unsupported).
 *
 * @param name the qualified name
 * @param identityArguments {@code pg_get_function_identity_arguments}, e.g. {@code integer, text}
 * @param procedure true for a procedure
 * @param definition {@code pg_get_functiondef(oid)}: a complete {@code CREATE OR REPLACE} statement
 * @param resultType {@code pg_get_function_result}, or {@code null} for procedures; a changed
 *     result type cannot be applied with {@code CREATE OR REPLACE}
 * @param comment the comment, or {@code null}
 */
public record Routine(
    QualifiedName name,
    String identityArguments,
    boolean procedure,
    String definition,
    String resultType,
    String comment) {

  /**
   * The routine's signature, which identifies it among overloads.
   *
   * @return e.g. {@code public.add(integer, integer)}
   */
  public String signature() {
    return name.sql() + "(" + identityArguments + ")";
  }
}
