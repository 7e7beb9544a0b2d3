package dev.cairn.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Cairn waited for the migration lock (a session-level PostgreSQL advisory lock) longer than the
 * configured lock timeout. Names the lock key and, when PostgreSQL could tell, the session holding
 * it.
 */
public class LockTimeoutException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final long lockKey;
  private final Integer holderPid;
  private final String holderApplication;
  private final Duration waited;

  /**
   * Creates the exception.
   *
   * @param lockKey the advisory lock key ({@code pg_advisory_lock(bigint)} argument)
   * @param holderPid the backend pid holding the lock, or null when unknown
   * @param holderApplication the holder's {@code application_name}, or null when unknown
   * @param waited how long Cairn waited
   * @param message what happened and what to do next
   */
  public LockTimeoutException(
      long lockKey, Integer holderPid, String holderApplication, Duration waited, String message) {
    super(ErrorCode.LOCK_TIMEOUT, message);
    this.lockKey = lockKey;
    this.holderPid = holderPid;
    this.holderApplication = holderApplication;
    this.waited = waited;
  }

  /**
   * The advisory lock key.
   *
   * @return the key passed to {@code pg_try_advisory_lock(bigint)}
   */
  public long lockKey() {
    return lockKey;
  }

  /**
   * The PostgreSQL backend pid of the session holding the lock, when it could be found.
   *
   * @return the pid
   */
  public OptionalInt holderPid() {
    return holderPid == null ? OptionalInt.empty() : OptionalInt.of(holderPid);
  }

  /**
   * The {@code application_name} of the session holding the lock, when it could be found.
   *
   * @return the application name
   */
  public Optional<String> holderApplication() {
    return Optional.ofNullable(holderApplication);
  }

  /**
   * How long Cairn waited before giving up.
   *
   * @return the wait time
   */
  public Duration waited() {
    return waited;
  }
}
