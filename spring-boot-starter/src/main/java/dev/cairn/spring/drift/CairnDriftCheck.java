package dev.cairn.spring.drift;

import dev.cairn.diff.drift.DriftDetector;
import dev.cairn.diff.drift.DriftReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a {@link DriftDetector} for the application's database and keeps the last report, so that
 * the health indicator does not replay every applied file on each call. Thread-safe: concurrent
 * callers wait for one check instead of starting several.
 */
public class CairnDriftCheck {
  private final DriftDetector detector;
  private final Duration maxAge;
  private final Clock clock;
  private DriftReport last;
  private Instant checkedAt;

  /**
   * Creates the check.
   *
   * @param detector the configured detector
   * @param maxAge how long a report serves {@link #latest()}
   */
  public CairnDriftCheck(DriftDetector detector, Duration maxAge) {
    this(detector, maxAge, Clock.systemUTC());
  }

  /**
   * Creates the check with a clock (for tests of the cache).
   *
   * @param detector the configured detector
   * @param maxAge how long a report serves {@link #latest()}
   * @param clock the clock
   */
  public CairnDriftCheck(DriftDetector detector, Duration maxAge, Clock clock) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks now and remembers the report.
   *
   * @return the report
   * @throws dev.cairn.runtime.CairnException when the check cannot run (see {@link
   *     DriftDetector#detect()})
   */
  public synchronized DriftReport check() {
    last = detector.detect();
    checkedAt = clock.instant();
    return last;
  }

  /**
   * The last report when it is younger than the configured maximum age, else a new one.
   *
   * @return the report
   */
  public synchronized DriftReport latest() {
    if (last == null || clock.instant().isAfter(checkedAt.plus(maxAge))) {
      return check();
    }
    return last;
  }

  /**
   * The last report, if a check ran.
   *
   * @return the report
   */
  public synchronized Optional<DriftReport> lastReport() {
    return Optional.ofNullable(last);
  }

  /**
   * When the last report was made.
   *
   * @return the instant, if a check ran
   */
  public synchronized Optional<Instant> checkedAt() {
    return Optional.ofNullable(checkedAt);
  }
}
