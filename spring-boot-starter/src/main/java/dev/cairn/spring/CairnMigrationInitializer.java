package dev.cairn.spring;

import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.MigrationStatus;
import dev.cairn.runtime.PendingMigration;
import dev.cairn.runtime.Revision;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Runs Cairn when the application context creates it: before the {@code EntityManagerFactory} and
 * every bean that depends on database initialization (Boot orders them after this bean).
 *
 * <p>In the {@link CairnProperties.Mode#MIGRATE migrate} and {@link
 * CairnProperties.Mode#MIGRATE_ONLY migrate-only} modes it applies pending migrations — or calls
 * the {@link CairnMigrationStrategy} when there is one. In {@link CairnProperties.Mode#VALIDATE
 * validate} mode it applies nothing and refuses to start unless the directory matches {@code
 * atlas.sum}, every applied file matches the revision table, and no file is pending.
 */
public class CairnMigrationInitializer implements InitializingBean, Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(CairnMigrationInitializer.class);

  private final Cairn cairn;
  private final CairnProperties.Mode mode;
  private final CairnMigrationStrategy strategy;
  private volatile MigrateResult result;
  private int order;

  /**
   * Creates an initializer that migrates.
   *
   * @param cairn the runtime
   */
  public CairnMigrationInitializer(Cairn cairn) {
    this(cairn, CairnProperties.Mode.MIGRATE, null);
  }

  /**
   * Creates an initializer.
   *
   * @param cairn the runtime
   * @param mode what to do at startup
   * @param strategy replaces the default migration in the migrate modes, or null
   */
  public CairnMigrationInitializer(
      Cairn cairn, CairnProperties.Mode mode, CairnMigrationStrategy strategy) {
    this.cairn = Objects.requireNonNull(cairn, "cairn");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.strategy = strategy;
  }

  @Override
  public void afterPropertiesSet() {
    if (mode == CairnProperties.Mode.VALIDATE) {
      validate();
    } else if (strategy != null) {
      strategy.migrate(cairn);
    } else {
      MigrateResult r = cairn.migrate();
      result = r;
      if (r.wasUpToDate()) {
        LOG.info("Cairn: database is up to date at version {}", r.version().orElse("(none)"));
      } else {
        LOG.info(
            "Cairn: applied {} migration(s) in {} ms, now at version {}",
            r.appliedCount(),
            r.duration().toMillis(),
            r.version().orElse("(none)"));
      }
    }
  }

  private void validate() {
    cairn.validate();
    MigrationStatus status = cairn.status();
    if (status.state() == MigrationStatus.State.UP_TO_DATE) {
      LOG.info("Cairn: validated, database is at version {}", status.version().orElse("(none)"));
      return;
    }
    throw new MigrationsPendingException(describe(status));
  }

  static String describe(MigrationStatus status) {
    StringBuilder b =
        new StringBuilder("cairn.mode=validate, but the database (revision table ")
            .append(status.revisionTable())
            .append(", version ")
            .append(status.version().orElse("none"))
            .append(") is not at the migration directory's head:");
    Revision failed = status.failed();
    if (failed != null) {
      b.append("\n  version ")
          .append(failed.version())
          .append(" stopped after ")
          .append(failed.applied())
          .append(" of ")
          .append(failed.total())
          .append(" statements");
      failed.errorMessage().ifPresent(e -> b.append(": ").append(e.strip()));
    }
    for (PendingMigration p : status.pending()) {
      if (failed != null && p.version().equals(failed.version())) {
        continue;
      }
      b.append("\n  pending: ").append(p.file());
    }
    b.append(
        "\nApply the migrations first (run the release step, `cairn migrate apply`, or this"
            + " application once with cairn.mode=migrate-only), then start it again.");
    return b.toString();
  }

  /**
   * The outcome of the migration this initializer ran.
   *
   * @return the result; empty in validate mode, with a strategy, or before the run
   */
  public Optional<MigrateResult> result() {
    return Optional.ofNullable(result);
  }

  /**
   * The startup mode.
   *
   * @return the mode
   */
  public CairnProperties.Mode mode() {
    return mode;
  }

  @Override
  public int getOrder() {
    return order;
  }

  /**
   * Sets the order among initializers.
   *
   * @param order the order
   */
  public void setOrder(int order) {
    this.order = order;
  }
}
