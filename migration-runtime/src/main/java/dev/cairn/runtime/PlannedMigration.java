package dev.cairn.runtime;

import java.util.List;

/**
 * A file a dry run found pending, with the statements a real run would execute.
 *
 * @param version the file version
 * @param description the file description
 * @param file the file name
 * @param action what a real run would do with the file
 * @param transactional whether the file would run inside a transaction
 * @param firstStatement the 1-based number of the first statement that would run
 * @param statements the statements that would run, in order
 */
public record PlannedMigration(
    String version,
    String description,
    String file,
    Action action,
    boolean transactional,
    int firstStatement,
    List<String> statements) {

  /** Copies the list. */
  public PlannedMigration {
    statements = List.copyOf(statements);
  }

  /** What a real run would do with a file. */
  public enum Action {
    /** Execute the file. */
    APPLY,
    /** Execute the statements after the last applied one of a partially applied file. */
    RESUME,
    /** Record the file as skipped by {@code cairn:skip-on}. */
    SKIP
  }
}
