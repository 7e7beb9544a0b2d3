package dev.cairn.runtime.guard;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PrivilegeCheck} found about the application's database role.
 *
 * @param role the role the connection runs as ({@code current_user})
 * @param schemas the schemas looked at (by default the connection's {@code search_path})
 * @param findings the privileges the role should not have; empty when it is least-privileged
 */
public record PrivilegeReport(String role, List<String> schemas, List<PrivilegeFinding> findings) {

  /**
   * Creates a report.
   *
   * @param role the role
   * @param schemas the schemas looked at
   * @param findings the findings
   */
  public PrivilegeReport {
    Objects.requireNonNull(role, "role");
    schemas = List.copyOf(schemas);
    findings = List.copyOf(findings);
  }

  /**
   * Whether the role cannot change the schema.
   *
   * @return true when there is no finding
   */
  public boolean leastPrivileged() {
    return findings.isEmpty();
  }

  /**
   * A multi-line description: each finding with its fix (owned objects beyond the first 20 are
   * counted, not listed).
   *
   * @return the description
   */
  public String describe() {
    if (findings.isEmpty()) {
      return "Role " + role + " cannot change the schema in " + schemas + ".";
    }
    StringBuilder b =
        new StringBuilder("The application's database role ")
            .append(role)
            .append(" can change the schema; teams run migrations as a separate role so that the")
            .append(" application cannot:");
    int owned = 0;
    int hidden = 0;
    for (PrivilegeFinding f : findings) {
      if (f.kind() == PrivilegeFinding.Kind.OWNS_OBJECT && ++owned > 20) {
        hidden++;
        continue;
      }
      b.append("\n  - ").append(f.describe());
    }
    if (hidden > 0) {
      b.append("\n  - … and ").append(hidden).append(" more owned objects");
    }
    if (owned > 0) {
      b.append("\nTo move every owned object at once, run as an administrator: REASSIGN OWNED BY ")
          .append(PrivilegeCheck.quote(role))
          .append(" TO <migration_role>; then grant the application what it uses, e.g. GRANT")
          .append(" SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA <schema> TO ")
          .append(PrivilegeCheck.quote(role))
          .append(";");
    }
    return b.toString();
  }
}
