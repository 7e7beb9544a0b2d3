package dev.cairn.runtime.guard;

import java.util.Objects;

/**
 * One way the application's role could change the schema, found by {@link PrivilegeCheck}.
 *
 * @param kind what was found
 * @param role the role the application connects as
 * @param schema the schema concerned, or null for {@link Kind#SUPERUSER} and {@link
 *     Kind#CREATE_ON_DATABASE}
 * @param object the object concerned ({@code schema.name}) for {@link Kind#OWNS_OBJECT}, else null
 * @param fix the SQL a migration role (or administrator) runs to remove the privilege
 */
public record PrivilegeFinding(Kind kind, String role, String schema, String object, String fix) {

  /** What the application's role can do that it should not. */
  public enum Kind {
    /** The role is a superuser: it can do anything. */
    SUPERUSER,
    /** The role can create schemas in the database. */
    CREATE_ON_DATABASE,
    /** The role can create objects in one of its schemas. */
    CREATE_ON_SCHEMA,
    /** The role (or a role it inherits from) owns a table, view or sequence, so can alter it. */
    OWNS_OBJECT
  }

  /**
   * Creates a finding.
   *
   * @param kind what was found
   * @param role the application's role
   * @param schema the schema, when one is concerned
   * @param object the object, when one is concerned
   * @param fix the SQL that removes the privilege
   */
  public PrivilegeFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * One line for a message.
   *
   * @return what was found and the fix
   */
  public String describe() {
    String what =
        switch (kind) {
          case SUPERUSER -> "role " + role + " is a superuser";
          case CREATE_ON_DATABASE -> "role " + role + " can create schemas in this database";
          case CREATE_ON_SCHEMA -> "role " + role + " can CREATE in schema " + schema;
          case OWNS_OBJECT -> "role " + role + " owns " + object;
        };
    return what + " — fix: " + fix;
  }
}
