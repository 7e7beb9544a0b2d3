package dev.cairn.spring.actuate;

import dev.cairn.diff.drift.Difference;
import dev.cairn.diff.drift.DriftReport;
import dev.cairn.spring.drift.CairnDriftCheck;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the schema: DOWN when the live database differs from the state its applied migrations
 * describe, naming each differing object; DOWN with the error when the check cannot run. Results
 * are cached by the {@link CairnDriftCheck} ({@code cairn.drift.health-cache}). Details: database,
 * current version, number of replayed files, differences, and when the check ran.
 */
public class CairnDriftHealthIndicator extends AbstractHealthIndicator {
  private final CairnDriftCheck check;

  /**
   * Creates the indicator.
   *
   * @param check the drift check
   */
  public CairnDriftHealthIndicator(CairnDriftCheck check) {
    super("Cairn drift check failed");
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    DriftReport report = check.latest();
    builder
        .withDetail("database", report.database())
        .withDetail(
            "currentVersion", report.currentVersion() == null ? "none" : report.currentVersion())
        .withDetail("appliedFiles", report.replayed().size())
        .withDetail("differences", report.differences().stream().map(Difference::label).toList());
    check.checkedAt().ifPresent(t -> builder.withDetail("checkedAt", t.toString()));
    if (report.hasDrift()) {
      builder.down();
    } else {
      builder.up();
    }
  }
}
