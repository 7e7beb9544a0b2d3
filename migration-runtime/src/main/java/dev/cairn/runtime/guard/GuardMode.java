package dev.cairn.runtime.guard;

/** What the {@link DdlGuard} does with a statement that it would refuse. */
public enum GuardMode {
  /** Throw {@link DdlNotAllowedException}; the statement never reaches the database. */
  FAIL,
  /**
   * Log a warning through SLF4J (logger {@code dev.cairn.runtime.guard.DdlGuard}) once per distinct
   * SQL text, then let the statement run. For rolling the guard out on an existing application.
   */
  WARN,
  /** Classify nothing and let everything through (the wrapper stays, at the cost of a call). */
  OFF
}
