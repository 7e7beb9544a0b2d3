package dev.cairn.diff.drift.hbm;

/**
 * Stored as text: Hibernate 7 adds a {@code check (priority in ('LOW','HIGH'))} constraint, whose
 * catalog form PostgreSQL stores differently when it is executed again.
 */
public enum Priority {
  /** Low. */
  LOW,
  /** High. */
  HIGH
}
