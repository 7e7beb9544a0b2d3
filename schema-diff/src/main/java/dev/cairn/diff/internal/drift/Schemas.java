package dev.cairn.diff.internal.drift;

import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Schema;
import java.util.List;

/** Small facts about inspected schemas shared by drift, adoption and import. */
public final class Schemas {
  /**
   * History tables of other migration tools (Flyway, Liquibase, golang-migrate, goose). They record
   * history, not schema, like Cairn's own revision table, so drift and adoption leave them out.
   */
  public static final List<String> FOREIGN_HISTORY_TABLES =
      List.of(
          "flyway_schema_history",
          "databasechangelog",
          "databasechangeloglock",
          "schema_migrations",
          "goose_db_version");

  private Schemas() {}

  /**
   * Whether a database holds nothing a migration would have created: no extension, no object, no
   * schema but {@code public}.
   *
   * @param db the inspected database
   * @return true when empty
   */
  public static boolean isEmpty(Database db) {
    if (!db.extensions().isEmpty() || !db.unsupported().isEmpty()) {
      return false;
    }
    for (Schema s : db.schemas()) {
      if (!s.name().equals("public")
          || !s.tables().isEmpty()
          || !s.sequences().isEmpty()
          || !s.enums().isEmpty()
          || !s.domains().isEmpty()
          || !s.compositeTypes().isEmpty()
          || !s.views().isEmpty()
          || !s.routines().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The inspection used on both sides of a drift check or an adoption: the caller's options, minus
   * the revision table (also under a custom schema or name) and, when asked, other tools' history
   * tables.
   *
   * @param base the caller's options
   * @param revisionsSchema the revision table's schema
   * @param revisionsTable the revision table's name
   * @param excludeForeignHistory whether to leave out {@link #FOREIGN_HISTORY_TABLES}
   * @return the options
   */
  public static InspectOptions inspection(
      InspectOptions base,
      String revisionsSchema,
      String revisionsTable,
      boolean excludeForeignHistory) {
    InspectOptions o = base.excludingTables(revisionsSchema + "." + revisionsTable);
    if (excludeForeignHistory) {
      o = o.excludingTables(FOREIGN_HISTORY_TABLES.toArray(new String[0]));
    }
    return o;
  }
}
