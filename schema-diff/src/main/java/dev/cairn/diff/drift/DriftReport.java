package dev.cairn.diff.drift;

import java.util.List;

/**
 * The outcome of {@link DriftDetector#detect()}: how the live database differs from the state its
 * applied migration files describe.
 *
 * @param database the database checked, without credentials
 * @param directory the migration directory's location
 * @param currentVersion the last applied version, or {@code null} when nothing is applied
 * @param replayed the applied files replayed on the dev database, in order (a partially applied
 *     file is listed as {@code name (3 of 5 statements)})
 * @param differences every differing object, classified, with the statements that bring the
 *     database back to the migrations
 * @param toMigrationsSql a script that brings the database back to the state of its migrations
 *     (empty without drift)
 * @param toDatabaseSql a script that turns the migrations' state into the database's: the change
 *     someone made by hand, ready for a new migration file if it is to stay (empty without drift)
 * @param warnings what a reviewer must read: objects Cairn does not model, likely renames,
 *     statements that only work on empty tables
 */
public record DriftReport(
    String database,
    String directory,
    String currentVersion,
    List<String> replayed,
    List<Difference> differences,
    String toMigrationsSql,
    String toDatabaseSql,
    List<String> warnings) {

  /** Copies the lists. */
  public DriftReport {
    replayed = List.copyOf(replayed);
    differences = List.copyOf(differences);
    warnings = List.copyOf(warnings);
  }

  /**
   * Whether the database differs from its migrations.
   *
   * @return true when there is at least one difference
   */
  public boolean hasDrift() {
    return !differences.isEmpty();
  }

  /**
   * A human-readable report, as the CLI prints it: each differing object, then the SQL both ways.
   *
   * @return several lines of text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    String files = replayed.size() + (replayed.size() == 1 ? " applied file" : " applied files");
    String version = currentVersion == null ? "" : " (version " + currentVersion + ")";
    if (!hasDrift()) {
      sb.append("No drift: ")
          .append(database)
          .append(" matches the ")
          .append(files)
          .append(" of ")
          .append(directory)
          .append(version)
          .append(".\n");
    } else {
      sb.append("Drift: ")
          .append(database)
          .append(" differs from the ")
          .append(files)
          .append(" of ")
          .append(directory)
          .append(version)
          .append(" in ")
          .append(differences.size())
          .append(differences.size() == 1 ? " object:\n" : " objects:\n");
      for (Difference d : differences) {
        sb.append("  ").append(d.describe("migrations")).append('\n');
      }
    }
    for (String w : warnings) {
      sb.append("warning: ").append(w.replace("\n", "\n  ")).append('\n');
    }
    if (hasDrift()) {
      sb.append("\n-- SQL that brings the database back to its migrations:\n");
      sb.append(toMigrationsSql.isEmpty() ? "-- (nothing Cairn can express)\n" : toMigrationsSql);
      sb.append(
          "\n-- SQL that turns the migrations' state into the database's (to keep the change,"
              + " put it in a new migration file):\n");
      sb.append(toDatabaseSql.isEmpty() ? "-- (nothing Cairn can express)\n" : toDatabaseSql);
    }
    return sb.toString();
  }
}
