package dev.cairn.runtime;

import java.util.Objects;

/**
 * The root of every exception Cairn throws on purpose. Unchecked, because callers rarely can do
 * more than report it; catch it (or a precise subclass) where you can act, and switch on {@link
 * #code()} where a stable, machine-readable reason matters (CLI exit codes, metrics, tests).
 *
 * <p>Messages say what happened, where (file:line, statement) and what to do next. They never
 * contain a password.
 */
public class CairnException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the stable reason
   * @param message what happened, where, and what to do next
   */
  public CairnException(ErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates an exception caused by another one.
   *
   * @param code the stable reason
   * @param message what happened, where, and what to do next
   * @param cause the underlying failure
   */
  public CairnException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The stable reason of this failure.
   *
   * @return the error code, never null
   */
  public ErrorCode code() {
    return code;
  }
}
