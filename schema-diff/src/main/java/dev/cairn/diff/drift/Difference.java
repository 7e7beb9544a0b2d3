package dev.cairn.diff.drift;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One classified difference between an expected schema (what the applied migrations or the entities
 * describe) and the live database.
 *
 * @param kind what kind of difference it is
 * @param objectType the kind of object that differs
 * @param object the object's name: {@code schema.table} for tables, views, sequences and types,
 *     {@code schema.table.name} for columns, constraints, indexes, triggers and policies, the plain
 *     name for schemas and extensions, the signature for functions
 * @param expected what the expected schema has (a type, a definition, {@code NOT NULL}, a default),
 *     or {@code null} when it has nothing there
 * @param actual what the live database has, or {@code null} when it has nothing there
 * @param changes the differ's descriptions of the changes that turn the live database into the
 *     expected schema
 * @param sql the statements that would bring the live database in line with the expected schema for
 *     this difference (from the planner; may be empty when the planner folds it into another
 *     difference's statement, e.g. a column dropped with its table)
 */
public record Difference(
    Kind kind,
    ObjectType objectType,
    String object,
    String expected,
    String actual,
    List<String> changes,
    List<String> sql) {

  /** Checks for nulls and copies the lists. */
  public Difference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(object, "object");
    changes = List.copyOf(changes);
    sql = List.copyOf(sql);
  }

  /** What kind of difference. */
  public enum Kind {
    /** The expected schema has the object, the database does not. */
    MISSING,
    /** The database has the object, the expected schema does not. */
    EXTRA,
    /** A column's type (or collation) differs. */
    TYPE_MISMATCH,
    /** A column is {@code NOT NULL} on one side only. */
    NULLABILITY_MISMATCH,
    /** A column's default differs. */
    DEFAULT_MISMATCH,
    /** A constraint of the same name has another definition or validation state. */
    CONSTRAINT_MISMATCH,
    /** Any other object of the same name whose definition differs (index, view, function…). */
    DEFINITION_MISMATCH;

    /**
     * The classification as words.
     *
     * @param type the object type, used for {@link #MISSING} and {@link #EXTRA}
     * @return e.g. {@code missing column} or {@code type mismatch}
     */
    public String label(ObjectType type) {
      String t = type.label();
      return switch (this) {
        case MISSING -> "missing " + t;
        case EXTRA -> "extra " + t;
        case TYPE_MISMATCH -> "type mismatch";
        case NULLABILITY_MISMATCH -> "nullability mismatch";
        case DEFAULT_MISMATCH -> "default mismatch";
        case CONSTRAINT_MISMATCH -> "constraint mismatch";
        case DEFINITION_MISMATCH -> t + " mismatch";
      };
    }
  }

  /** The kind of object a difference concerns. */
  public enum ObjectType {
    /** A schema. */
    SCHEMA,
    /** An extension. */
    EXTENSION,
    /** A table (or partition). */
    TABLE,
    /** A table column. */
    COLUMN,
    /** A primary key, unique, check, foreign key or exclusion constraint. */
    CONSTRAINT,
    /** An index that does not back a constraint. */
    INDEX,
    /** A sequence. */
    SEQUENCE,
    /** An enum, composite type or domain. */
    TYPE,
    /** A view or materialized view. */
    VIEW,
    /** A function or procedure. */
    FUNCTION,
    /** A trigger. */
    TRIGGER,
    /** A row-level security policy. */
    POLICY,
    /** A comment on an object. */
    COMMENT;

    /**
     * The type as a word.
     *
     * @return e.g. {@code column}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The classification and the object, e.g. {@code missing column public.users.email} or {@code
   * type mismatch on column public.users.age}.
   *
   * @return the label
   */
  public String label() {
    return kind == Kind.MISSING || kind == Kind.EXTRA
        ? kind.label(objectType) + " " + object
        : kind.label(objectType) + " on " + objectType.label() + " " + object;
  }

  /**
   * The label with what each side has, e.g. {@code type mismatch on column public.users.age:
   * expected bigint, found integer}.
   *
   * @param expectedSide what the expected side is called, e.g. {@code migrations}
   * @return one line
   */
  public String describe(String expectedSide) {
    StringBuilder sb = new StringBuilder(label());
    if (kind != Kind.MISSING && kind != Kind.EXTRA) {
      sb.append(": ")
          .append(expectedSide)
          .append(" have ")
          .append(expected == null ? "none" : expected)
          .append(", database has ")
          .append(actual == null ? "none" : actual);
    } else if (kind == Kind.MISSING && expected != null) {
      sb.append(" (").append(expected).append(')');
    } else if (kind == Kind.EXTRA && actual != null) {
      sb.append(" (").append(actual).append(')');
    }
    return sb.toString();
  }
}
