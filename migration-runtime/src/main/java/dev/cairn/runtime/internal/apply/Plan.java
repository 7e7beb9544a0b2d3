package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.Revision;
import java.util.List;

/**
 * What a migration run will do, computed from the files and the revisions without touching the
 * database.
 *
 * @param revisions the revisions read (identifier rows removed), sorted by version
 * @param steps the files to run, resume or record as skipped, in order
 * @param baseline a baseline revision to write first, or null
 * @param outOfOrderSkipped files left unapplied by {@code linear-skip}
 * @param needsCleanCheck whether the database must be checked for existing objects first
 */
public record Plan(
    List<Revision> revisions,
    List<Step> steps,
    Revision baseline,
    List<Script> outOfOrderSkipped,
    boolean needsCleanCheck) {

  /** What happens to one file. */
  public enum Action {
    /** Execute all statements. */
    RUN,
    /** Execute the statements after the last applied one. */
    RESUME,
    /** Record as skipped by {@code cairn:skip-on}, execute nothing. */
    SKIP
  }

  /**
   * One file of the plan.
   *
   * @param script the file
   * @param action what happens
   * @param firstStatement the index of the first statement to execute (0 unless resuming)
   * @param existing the partial revision being resumed, or null
   * @param outOfOrder whether the file is ordered before the last applied one
   */
  public record Step(
      Script script, Action action, int firstStatement, Revision existing, boolean outOfOrder) {}

  /**
   * The version of the last applied revision, or null.
   *
   * @return the version
   */
  public String currentVersion() {
    return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).version();
  }

  /**
   * Whether there is anything to do.
   *
   * @return true when no step and no baseline is planned
   */
  public boolean isEmpty() {
    return steps.isEmpty() && baseline == null;
  }
}
