package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrationFailedException;
import dev.cairn.spring.actuate.CairnEndpoint;
import dev.cairn.spring.actuate.CairnEndpoint.MigrationsDescriptor;
import dev.cairn.spring.actuate.CairnEndpoint.State;
import dev.cairn.spring.actuate.CairnEndpoint.VersionDescriptor;
import dev.cairn.spring.actuate.CairnHealthIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

/** {@code /actuator/cairn} and the {@code cairn} health indicator. */
@WithPostgres
class ActuatorTest {

  /** 1 applied, 2 skipped by environment, 3 failed part way (no transaction), 4 pending. */
  private static Cairn everyState(ScratchDatabase db) {
    TestMigrations dir =
        TestMigrations.create()
            .add("1_a.sql", "CREATE TABLE a (id int);\n")
            .add("2_fixture.sql", "-- cairn:skip-on production\n\nCREATE TABLE fixture (id int);\n")
            .add("3_half.sql", "-- atlas:txmode none\n\nCREATE TABLE half (id int);\nSELECT 1/0;\n")
            .add("4_d.sql", "CREATE TABLE d (id int);\n");
    Cairn cairn =
        Cairn.configure()
            .dataSource(db.dataSource())
            .directory(dir.path())
            .environment("production")
            .load();
    assertThatThrownBy(cairn::migrate).isInstanceOf(MigrationFailedException.class);
    return cairn;
  }

  @Test
  void theEndpointListsEveryVersionWithItsState(ScratchDatabase db) {
    MigrationsDescriptor d = CairnEndpoint.describe(everyState(db));
    assertThat(d.state()).isEqualTo("FAILED");
    assertThat(d.currentVersion()).isEqualTo("3");
    assertThat(d.migrations())
        .extracting(VersionDescriptor::version, VersionDescriptor::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", State.APPLIED),
            org.assertj.core.groups.Tuple.tuple("2", State.SKIPPED),
            org.assertj.core.groups.Tuple.tuple("3", State.FAILED),
            org.assertj.core.groups.Tuple.tuple("4", State.PENDING));
    VersionDescriptor applied = d.migrations().get(0);
    assertThat(applied.description()).isEqualTo("a");
    assertThat(applied.appliedAt()).isNotNull();
    assertThat(applied.executionTimeMillis()).isNotNull().isNotNegative();
    assertThat(applied.error()).isNull();
    assertThat(d.migrations().get(2).error()).contains("division by zero");
    VersionDescriptor pending = d.migrations().get(3);
    assertThat(pending.appliedAt()).isNull();
    assertThat(pending.executionTimeMillis()).isNull();
  }

  @Test
  void theEndpointResponseIsPlainJson(ScratchDatabase db) {
    Cairn cairn = everyState(db);
    String json =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .writeValueAsString(
                new CairnEndpoint.CairnReport(
                    java.util.Map.of("cairn", CairnEndpoint.describe(cairn))));
    assertThat(json)
        .startsWith("{\"cairnBeans\":{\"cairn\":{")
        .contains("\"state\":\"FAILED\"")
        .contains("\"revisionTable\":\"atlas_schema_revisions.atlas_schema_revisions\"")
        .contains(
            "{\"version\":\"4\",\"description\":\"d\",\"state\":\"PENDING\","
                + "\"appliedAt\":null,\"executionTimeMillis\":null,\"error\":null}")
        .containsPattern(
            "\\{\"version\":\"1\",\"description\":\"a\",\"state\":\"APPLIED\","
                + "\"appliedAt\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\",\"executionTimeMillis\":\\d+,"
                + "\"error\":null}");
  }

  @Test
  void aBaselineIsReportedAsSuch(ScratchDatabase db) {
    Sql.execute(db, TestMigrations.CUSTOMER);
    Cairn cairn =
        Cairn.configure()
            .dataSource(db.dataSource())
            .directory(TestMigrations.shop().path())
            .baselineVersion("20240101000000")
            .load();
    cairn.migrate();
    assertThat(CairnEndpoint.describe(cairn).migrations())
        .extracting(VersionDescriptor::state)
        .containsExactly(State.BASELINE, State.APPLIED);
  }

  @Test
  void healthIsDownWithTheErrorWhenAMigrationFailed(ScratchDatabase db) {
    Health health = new CairnHealthIndicator(everyState(db), CairnProperties.Mode.MIGRATE).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("state", "FAILED")
        .containsEntry("failedVersion", "3")
        .containsEntry("currentVersion", "3");
    assertThat((String) health.getDetails().get("error")).contains("division by zero");
  }

  @ParameterizedTest
  @CsvSource({"MIGRATE, false, UP", "VALIDATE, false, DOWN", "VALIDATE, true, UP"})
  void healthWithPendingFilesDependsOnTheMode(
      CairnProperties.Mode mode, boolean migrated, String expected, ScratchDatabase db) {
    Cairn cairn =
        Cairn.configure()
            .dataSource(db.dataSource())
            .directory(TestMigrations.shop().path())
            .load();
    if (migrated) {
      cairn.migrate();
    }
    Health health = new CairnHealthIndicator(cairn, mode).health();
    assertThat(health.getStatus().getCode()).isEqualTo(expected);
    assertThat(health.getDetails()).containsEntry("pending", migrated ? 0 : 2);
  }

  @Test
  void healthIsDownWhenTheStatusCannotBeRead(ScratchDatabase db) {
    Cairn cairn =
        Cairn.configure()
            .url("jdbc:postgresql://127.0.0.1:1/nowhere", "nobody", "x")
            .connectRetry(java.time.Duration.ZERO)
            .directory(TestMigrations.shop().path())
            .load();
    assertThat(new CairnHealthIndicator(cairn, CairnProperties.Mode.MIGRATE).health().getStatus())
        .isEqualTo(Status.DOWN);
  }

  @Test
  void actuatorBeansExistWhenTheActuatorIsPresent(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("management.endpoints.web.exposure.include=cairn")
        .run(
            context -> {
              assertThat(context)
                  .hasNotFailed()
                  .hasSingleBean(CairnEndpoint.class)
                  .hasSingleBean(CairnHealthIndicator.class);
              CairnEndpoint.CairnReport report = context.getBean(CairnEndpoint.class).migrations();
              assertThat(report.cairnBeans()).containsOnlyKeys("cairn");
              assertThat(report.cairnBeans().get("cairn").migrations())
                  .extracting(VersionDescriptor::state)
                  .containsExactly(State.APPLIED, State.APPLIED);
              assertThat(context.getBean(CairnHealthIndicator.class).health().getStatus())
                  .isEqualTo(Status.UP);
            });
  }

  @Test
  void withoutTheActuatorThereIsNoEndpoint(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("management.endpoints.web.exposure.include=cairn")
        .withClassLoader(new FilteredClassLoader(Endpoint.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(CairnEndpoint.class);
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
            });
  }

  @Test
  void withoutHealthSupportThereIsNoHealthIndicator(ScratchDatabase db) {
    Runners.cairn(db)
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(CairnHealthIndicator.class));
  }

  @Test
  void theHealthIndicatorCanBeDisabled(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("management.health.cairn.enabled=false")
        .run(
            context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(CairnHealthIndicator.class));
  }
}
