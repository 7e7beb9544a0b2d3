package dev.cairn.runtime;

import java.time.Duration;

/**
 * One file a migration run executed, resumed or recorded as skipped.
 *
 * @param version the file version
 * @param description the file description
 * @param file the file name
 * @param outcome what happened to the file
 * @param statements how many statements ran in this run
 * @param duration how long the file took
 */
public record AppliedMigration(
    String version,
    String description,
    String file,
    Outcome outcome,
    int statements,
    Duration duration) {

  /** What happened to a file. */
  public enum Outcome {
    /** All statements were executed. */
    APPLIED,
    /** A partially applied file was finished from its first unapplied statement. */
    RESUMED,
    /**
     * The file's {@code cairn:skip-on} directive matched the environment: it was recorded, not
     * executed.
     */
    SKIPPED
  }
}
