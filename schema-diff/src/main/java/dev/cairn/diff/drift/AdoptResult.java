package dev.cairn.diff.drift;

import java.util.List;

/**
 * The outcome of {@link Adopter#adopt()}.
 *
 * @param outcome what happened
 * @param database the database, without credentials
 * @param directory the migration directory's location
 * @param version the version recorded as baseline ({@link Outcome#ADOPTED}), or the one that would
 *     be ({@link Outcome#MATCHED}); {@code null} otherwise
 * @param matchingVersions every version whose replayed schema equals the database's, oldest first
 *     (several when files change only data or undo each other)
 * @param closestVersion for {@link Outcome#NO_MATCH}: the version with the fewest differences (the
 *     newest among equals), else {@code null}
 * @param differences for {@link Outcome#NO_MATCH}: how the database differs from the closest
 *     version, with the SQL that would bring it there
 * @param checked every version replayed and how many differences it had, in order
 * @param warnings what a reviewer must read
 */
public record AdoptResult(
    Outcome outcome,
    String database,
    String directory,
    String version,
    List<String> matchingVersions,
    String closestVersion,
    List<Difference> differences,
    List<VersionCheck> checked,
    List<String> warnings) {

  /** Copies the lists. */
  public AdoptResult {
    matchingVersions = List.copyOf(matchingVersions);
    differences = List.copyOf(differences);
    checked = List.copyOf(checked);
    warnings = List.copyOf(warnings);
  }

  /** What adoption did. */
  public enum Outcome {
    /** A version matched and was recorded as the baseline. */
    ADOPTED,
    /** A version matched; nothing was recorded because of a dry run. */
    MATCHED,
    /** No version matched; nothing was recorded. */
    NO_MATCH,
    /**
     * The database holds no objects: nothing to adopt, {@code migrate apply} applies every file.
     */
    EMPTY_DATABASE
  }

  /**
   * One replayed version.
   *
   * @param version the version
   * @param file the file name
   * @param differences how many changes separate its state from the database
   */
  public record VersionCheck(String version, String file, int differences) {}

  /**
   * Whether a version matched (recorded, or would be in a dry run).
   *
   * @return true for {@link Outcome#ADOPTED} and {@link Outcome#MATCHED}
   */
  public boolean matched() {
    return outcome == Outcome.ADOPTED || outcome == Outcome.MATCHED;
  }

  /**
   * A human-readable report, as the CLI prints it.
   *
   * @return several lines of text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    switch (outcome) {
      case ADOPTED ->
          sb.append("Adopted: ")
              .append(database)
              .append(" matches version ")
              .append(version)
              .append(" of ")
              .append(directory)
              .append(
                  "; recorded it as the baseline. 'cairn migrate apply' applies the later files.\n");
      case MATCHED ->
          sb.append("Match: ")
              .append(database)
              .append(" matches version ")
              .append(version)
              .append(" of ")
              .append(directory)
              .append(" (dry run: nothing recorded).\n");
      case EMPTY_DATABASE ->
          sb.append("Nothing to adopt: ")
              .append(database)
              .append(" holds no objects. 'cairn migrate apply' applies every file of ")
              .append(directory)
              .append(".\n");
      case NO_MATCH -> {
        sb.append("No match: the schema of ")
            .append(database)
            .append(" equals none of the ")
            .append(checked.size())
            .append(" versions of ")
            .append(directory)
            .append(". Nothing was recorded.\n");
        if (closestVersion != null) {
          sb.append("Closest version: ")
              .append(closestVersion)
              .append(" (")
              .append(differences.size())
              .append(differences.size() == 1 ? " difference" : " differences")
              .append("):\n");
          for (Difference d : differences) {
            sb.append("  ").append(d.describe("migrations")).append('\n');
          }
          sb.append(
              "Bring the database to that version (the SQL below), or add the missing change to"
                  + " the migrations, then run adopt again:\n");
          for (Difference d : differences) {
            for (String s : d.sql()) {
              sb.append(s).append(";\n");
            }
          }
        }
      }
      default -> throw new IllegalStateException(outcome.toString());
    }
    if (matchingVersions.size() > 1) {
      sb.append("Versions ")
          .append(String.join(", ", matchingVersions))
          .append(" all produce this schema; the newest was chosen.\n");
    }
    for (String w : warnings) {
      sb.append("warning: ").append(w.replace("\n", "\n  ")).append('\n');
    }
    return sb.toString();
  }
}
