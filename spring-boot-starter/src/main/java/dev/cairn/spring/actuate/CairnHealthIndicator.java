package dev.cairn.spring.actuate;

import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrationStatus;
import dev.cairn.spring.CairnProperties;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the database's migrations: DOWN when a migration failed part way, and — in {@code
 * cairn.mode=validate}, where the application itself applies nothing — when migrations are pending;
 * DOWN with the error when the status cannot be read (e.g. the database is unreachable). Details:
 * state, current version, number of pending files.
 */
public class CairnHealthIndicator extends AbstractHealthIndicator {
  private final Cairn cairn;
  private final CairnProperties.Mode mode;

  /**
   * Creates the indicator.
   *
   * @param cairn the runtime
   * @param mode the startup mode
   */
  public CairnHealthIndicator(Cairn cairn, CairnProperties.Mode mode) {
    super("Cairn migration status check failed");
    this.cairn = Objects.requireNonNull(cairn, "cairn");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    MigrationStatus status = cairn.status();
    builder
        .withDetail("state", status.state().name())
        .withDetail("currentVersion", status.version().orElse("none"))
        .withDetail("pending", status.pending().size())
        .withDetail("mode", mode.name());
    if (status.state() == MigrationStatus.State.FAILED) {
      builder.down();
      status
          .failedRevision()
          .ifPresent(
              r -> {
                builder.withDetail("failedVersion", r.version());
                r.errorMessage().ifPresent(e -> builder.withDetail("error", e));
              });
    } else if (status.state() == MigrationStatus.State.PENDING
        && mode == CairnProperties.Mode.VALIDATE) {
      builder.down();
    } else {
      builder.up();
    }
  }
}
