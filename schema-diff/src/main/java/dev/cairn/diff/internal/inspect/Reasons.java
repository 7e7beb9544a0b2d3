package dev.cairn.diff.internal.inspect;

/** Why each unsupported kind is reported, and what that means for the user's diffs. */
final class Reasons {
  private Reasons() {}

  private static final String IGNORED =
      " Diffs neither create, change nor drop it: manage it in a hand-written migration file.";

  static final String FOREIGN_TABLE = "Cairn does not model foreign tables." + IGNORED;
  static final String TABLE_INHERITANCE =
      "Cairn models declarative partitioning but not table inheritance (INHERITS); the table's own"
          + " columns and constraints are compared, the inheritance link is not."
          + IGNORED;
  static final String STORAGE_PARAMETERS =
      "Cairn does not model table storage parameters (WITH (…))." + IGNORED;
  static final String PRIVILEGES =
      "Cairn does not model privileges (GRANT/REVOKE); diffs never grant or revoke."
          + " Manage privileges in hand-written migration files or outside the schema history.";
  static final String COLUMN_PRIVILEGES =
      "Cairn does not model column-level privileges (GRANT … (column)); diffs never grant or"
          + " revoke. Manage privileges in hand-written migration files.";
  static final String REPLICA_IDENTITY =
      "Cairn does not model REPLICA IDENTITY; the table's setting is not the default." + IGNORED;
  static final String TABLESPACE = "Cairn does not model tablespaces." + IGNORED;
  static final String VIRTUAL_GENERATED =
      "Cairn models stored generated columns only; this VIRTUAL one is read as if it were stored"
          + " and a diff cannot recreate it faithfully."
          + IGNORED;
  static final String COLUMN_SETTINGS =
      "Cairn does not model per-column storage settings." + IGNORED;
  static final String VIEW_TRIGGER =
      "Cairn does not model triggers on views (INSTEAD OF)." + IGNORED;
  static final String POLICY_COMMENT =
      "Cairn models row-level security policies but not their comments." + IGNORED;
  static final String IDENTITY_OPTIONS =
      "Cairn models identity columns with default sequence options only; these options are not"
          + " compared."
          + IGNORED;
  static final String RANGE_TYPE = "Cairn does not model range types." + IGNORED;
  static final String SHELL_TYPE =
      "A shell type (CREATE TYPE name; with no definition) cannot be modelled." + IGNORED;
  static final String BASE_TYPE =
      "Cairn does not model user-defined base types (CREATE TYPE … (INPUT = …))." + IGNORED;
  static final String AGGREGATE = "Cairn does not model aggregates." + IGNORED;
  static final String WINDOW_FUNCTION =
      "Cairn does not model user-defined window functions." + IGNORED;

  /**
   * The reason for a kind reported by the generic catalog query.
   *
   * @param kind the kind, as named in {@link CatalogQueries#OTHER_OBJECTS}
   * @return the reason
   */
  static String forKind(String kind) {
    switch (kind) {
      case "rule":
        return "Cairn does not model rules (CREATE RULE) other than those of views; a rule changes"
            + " what statements on its table do."
            + IGNORED;
      case "default privileges":
        return "Cairn does not model default privileges (ALTER DEFAULT PRIVILEGES)." + IGNORED;
      case "event trigger":
      case "publication":
      case "subscription":
      case "foreign-data wrapper":
      case "foreign server":
      case "user mapping":
      case "cast":
      case "procedural language":
      case "transform":
      case "access method":
        return "Cairn does not model database-wide objects of this kind (" + kind + ")." + IGNORED;
      default:
        return "Cairn does not model objects of this kind (" + kind + ")." + IGNORED;
    }
  }
}
