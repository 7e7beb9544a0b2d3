package dev.cairn.cli;

import dev.cairn.runtime.ErrorCode;

/** The documented exit codes of the {@code cairn} command. */
public enum ExitCode {
  /** Success (also: nothing to do). */
  OK(0),
  /** A check failed: invalid directory, sum mismatch, invalid directive, lint error, drift… */
  CHECK_FAILED(1),
  /**
   * The command line is wrong: unknown option, missing argument, a path that does not exist,
   * contradicting options, a bad {@code cairn.yaml}.
   */
  USAGE(2),
  /**
   * The database (or dev database) could not be reached within the retry budget, or refused the
   * connection (e.g. wrong credentials).
   */
  DATABASE_UNREACHABLE(3),
  /** A bug or an unexpected environment failure; rerun with {@code --verbose} and report it. */
  INTERNAL(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /**
   * The process exit status.
   *
   * @return 0–4
   */
  public int code() {
    return code;
  }

  /**
   * The exit code for a Cairn failure.
   *
   * @param error the failure's code
   * @return the matching exit code
   */
  public static ExitCode of(ErrorCode error) {
    return switch (error) {
      case INTERNAL_ERROR -> INTERNAL;
      case DIRECTORY_NOT_FOUND, INVALID_CONFIGURATION -> USAGE;
      case INSPECTION_FAILED,
          DEV_DATABASE_UNAVAILABLE,
          DATABASE_UNREACHABLE,
          DATABASE_AUTHENTICATION_FAILED ->
          DATABASE_UNREACHABLE;
      default -> CHECK_FAILED;
    };
  }
}
