package dev.cairn.diff.model;

import java.util.List;

/**
 * A row-level security policy.
 *
 * @param name the policy name (unique per table)
 * @param permissive true for {@code PERMISSIVE}, false for {@code RESTRICTIVE}
 * @param command {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles role names ({@code public} for everyone), sorted
 * @param using the {@code USING} expression, or {@code null}
 * @param withCheck the {@code WITH CHECK} expression, or {@code null}
 */
public record Policy(
    String name,
    boolean permissive,
    String command,
    List<String> roles,
    String using,
    String withCheck) {

  /** Copies the list. */
  public Policy {
    roles = List.copyOf(roles);
  }
}
