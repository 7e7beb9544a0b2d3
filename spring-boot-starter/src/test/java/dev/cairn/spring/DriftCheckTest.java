package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.drift.DriftDetector;
import dev.cairn.diff.drift.DriftReport;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.spring.actuate.CairnDriftHealthContributorAutoConfiguration;
import dev.cairn.spring.actuate.CairnDriftHealthIndicator;
import dev.cairn.spring.drift.CairnDriftAutoConfiguration;
import dev.cairn.spring.drift.CairnDriftCheck;
import dev.cairn.spring.drift.SchemaDriftException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The opt-in drift check: at startup ({@code cairn.drift.check-on-startup}) and in the {@code
 * cairnDrift} health indicator ({@code cairn.drift.health}), on real databases changed by hand
 * after their migrations ran. The dev database is the default, the embedded server.
 */
@WithPostgres
@ExtendWith(OutputCaptureExtension.class)
class DriftCheckTest {
  private static final String HAND_MADE =
      "ALTER TABLE customer ADD COLUMN nickname text;"
          + " ALTER TABLE purchase ALTER COLUMN amount DROP NOT NULL";

  private static ApplicationContextRunner runner(ScratchDatabase db, TestMigrations dir) {
    return Runners.cairn(db)
        .withConfiguration(
            AutoConfigurations.of(
                CairnDriftAutoConfiguration.class,
                CairnDriftHealthContributorAutoConfiguration.class))
        .withPropertyValues(dir.property());
  }

  /** Migrates the shop's two files, then changes the schema by hand. */
  private static TestMigrations migratedThenChangedByHand(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    runner(db, dir).run(context -> assertThat(context).hasNotFailed());
    Sql.execute(db, HAND_MADE);
    return dir;
  }

  @Test
  void offByDefault(ScratchDatabase db) {
    runner(db, TestMigrations.shop())
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(CairnDriftCheck.class);
              assertThat(context).doesNotHaveBean(CairnDriftHealthIndicator.class);
            });
  }

  @Test
  void failStopsStartupNamingEachDifferingObject(ScratchDatabase db) {
    TestMigrations dir = migratedThenChangedByHand(db);
    runner(db, dir)
        .withPropertyValues("cairn.drift.check-on-startup=fail")
        .run(
            context -> {
              assertThat(context).hasFailed();
              SchemaDriftException e =
                  Failures.find(context.getStartupFailure(), SchemaDriftException.class);
              assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_DRIFT);
              assertThat(e.getMessage())
                  .contains("in 2 objects")
                  .contains("extra column public.customer.nickname")
                  .contains("nullability mismatch on column public.purchase.amount")
                  .contains("ALTER TABLE public.customer DROP COLUMN nickname")
                  .contains("check-on-startup=warn");
              if (db.password() != null && db.password().length() > 3) {
                assertThat(e.getMessage()).doesNotContain(db.password());
              }
              assertThat(e.report().differences()).hasSize(2);
            });
  }

  @Test
  void failStartsWhenTheDatabaseMatchesItsMigrations(ScratchDatabase db) {
    runner(db, TestMigrations.shop())
        .withPropertyValues("cairn.drift.check-on-startup=fail")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              DriftReport report =
                  context.getBean(CairnDriftCheck.class).lastReport().orElseThrow();
              // The check ran after the migrations: both files were replayed.
              assertThat(report.replayed())
                  .containsExactly(
                      "20240101000000_create_customer.sql", "20240102000000_create_purchase.sql");
              assertThat(report.hasDrift()).isFalse();
            });
  }

  @Test
  void warnLogsTheDriftAndStarts(ScratchDatabase db, CapturedOutput output) {
    TestMigrations dir = migratedThenChangedByHand(db);
    runner(db, dir)
        .withPropertyValues("cairn.drift.check-on-startup=warn")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(
                      context.getBean(CairnDriftCheck.class).lastReport().orElseThrow().hasDrift())
                  .isTrue();
            });
    assertThat(output.getOut())
        .contains("WARN")
        .contains("extra column public.customer.nickname")
        .contains("Starting anyway (cairn.drift.check-on-startup=warn)");
  }

  @Test
  void theHealthIndicatorIsDownOnDriftAndUpWithout(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    runner(db, dir)
        .withPropertyValues("cairn.drift.health=true", "cairn.drift.health-cache=0s")
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(CairnDriftHealthIndicator.class);
              assertThat(context).getBean("cairnDriftHealthIndicator").isNotNull();
              HealthIndicator indicator = context.getBean(CairnDriftHealthIndicator.class);
              Health clean = indicator.health();
              assertThat(clean.getStatus()).isEqualTo(Status.UP);
              assertThat(clean.getDetails())
                  .containsEntry("currentVersion", "20240102000000")
                  .containsEntry("appliedFiles", 2)
                  .containsEntry("differences", List.of());

              Sql.execute(db, HAND_MADE);
              Health drifted = indicator.health();
              assertThat(drifted.getStatus()).isEqualTo(Status.DOWN);
              assertThat(drifted.getDetails().get("differences"))
                  .asInstanceOf(InstanceOfAssertFactories.LIST)
                  .containsExactlyInAnyOrder(
                      "extra column public.customer.nickname",
                      "nullability mismatch on column public.purchase.amount");
            });
  }

  @Test
  void theHealthIndicatorCanBeDisabledOnItsOwn(ScratchDatabase db) {
    runner(db, TestMigrations.shop())
        .withPropertyValues(
            "cairn.drift.health=true", "management.health.cairn-drift.enabled=false")
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(CairnDriftCheck.class)
                    .doesNotHaveBean(CairnDriftHealthIndicator.class));
  }

  @Test
  void aReportServesTheHealthIndicatorUntilItIsOlderThanTheCache(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    runner(db, dir).run(context -> assertThat(context).hasNotFailed());
    MutableClock clock = new MutableClock();
    CairnDriftCheck check =
        new CairnDriftCheck(
            DriftDetector.configure().dataSource(db.dataSource()).directory(dir.path()).load(),
            Duration.ofMinutes(10),
            clock);
    assertThat(check.latest().hasDrift()).isFalse();
    Sql.execute(db, HAND_MADE);
    clock.advance(Duration.ofMinutes(9));
    assertThat(check.latest().hasDrift()).as("still the cached report").isFalse();
    clock.advance(Duration.ofMinutes(2));
    assertThat(check.latest().differences()).hasSize(2);
    assertThat(check.checkedAt()).contains(clock.instant());
  }

  @Test
  void askingForACheckWithoutTheDriftEngineStopsStartup(ScratchDatabase db) {
    runner(db, TestMigrations.shop())
        .withClassLoader(new FilteredClassLoader(DriftDetector.class))
        .withPropertyValues("cairn.drift.check-on-startup=warn")
        .run(
            context -> {
              assertThat(context).hasFailed();
              CairnException e = Failures.find(context.getStartupFailure(), CairnException.class);
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
              assertThat(e.getMessage()).contains("needs dev.cairn:cairn-schema-diff");
            });
  }

  @Test
  void withoutTheDriftEngineAndWithoutChecksTheStarterStarts(ScratchDatabase db) {
    runner(db, TestMigrations.shop())
        .withClassLoader(new FilteredClassLoader(DriftDetector.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(CairnDriftCheck.class);
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
            });
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
