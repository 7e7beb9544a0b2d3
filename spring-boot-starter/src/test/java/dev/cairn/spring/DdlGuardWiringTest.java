package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.guard.DdlGuard;
import dev.cairn.runtime.guard.DdlNotAllowedException;
import dev.cairn.runtime.guard.ExcessivePrivilegesException;
import dev.cairn.runtime.guard.GuardMode;
import dev.cairn.runtime.guard.SchemaGenerationEnabledException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The DDL guard around the application's data source, and the startup checks. */
@WithPostgres
class DdlGuardWiringTest {

  @Test
  void theApplicationDataSourceRefusesDdlButNotData(ScratchDatabase db) {
    Runners.cairn(db)
        .run(
            context -> {
              DataSource app = context.getBean(DataSource.class);
              assertThat(app.isWrapperFor(DdlGuard.class)).isTrue();
              assertThatThrownBy(() -> Sql.execute(app, "DROP TABLE purchase"))
                  .isInstanceOf(DdlNotAllowedException.class)
                  .hasMessageContaining("DROP TABLE purchase");
              Sql.execute(app, "INSERT INTO customer (name) VALUES ('Ada')");
              assertThat(Sql.tables(db)).contains("purchase");
              assertThat(Sql.column(app, "select name from customer")).containsExactly("Ada");
            });
  }

  @Test
  void unwrapStillReachesHikari(ScratchDatabase db) {
    Runners.cairn(db)
        .run(
            context -> {
              DataSource app = context.getBean(DataSource.class);
              assertThat(app).isNotInstanceOf(HikariDataSource.class);
              assertThat(app.isWrapperFor(HikariDataSource.class)).isTrue();
              assertThat(app.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(db.jdbcUrl());
              assertThat(
                      DataSourceUnwrapper.unwrap(
                          app, HikariConfigMXBean.class, HikariDataSource.class))
                  .isNotNull();
            });
  }

  @Test
  void warnModeLetsDdlThrough(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.guard.mode=warn")
        .run(
            context -> {
              Sql.execute(context.getBean(DataSource.class), "CREATE TABLE scratch_pad (id int)");
              assertThat(Sql.tables(db)).contains("scratch_pad");
            });
  }

  @Test
  void offModeDoesNotWrap(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.guard.mode=off")
        .run(
            context -> {
              DataSource app = context.getBean(DataSource.class);
              assertThat(app).isInstanceOf(HikariDataSource.class);
              assertThat(app.isWrapperFor(DdlGuard.class)).isFalse();
            });
  }

  @Test
  void theAllowListLetsMatchingDdlThrough(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues(
            "cairn.guard.allow[0]=(?i)create table if not exists shedlock .*",
            "cairn.guard.allow-do-blocks=true")
        .run(
            context -> {
              DataSource app = context.getBean(DataSource.class);
              Sql.execute(
                  app, "CREATE TABLE IF NOT EXISTS shedlock (name varchar(64) PRIMARY KEY)");
              Sql.execute(app, "DO $$ BEGIN PERFORM 1; END $$");
              assertThatThrownBy(() -> Sql.execute(app, "CREATE TABLE other (id int)"))
                  .isInstanceOf(DdlNotAllowedException.class);
              assertThat(Sql.tables(db)).contains("shedlock").doesNotContain("other");
            });
  }

  @Test
  void anInvalidAllowPatternFailsStartupNamingIt(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.guard.allow=create table (")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(Failures.find(context.getStartupFailure(), CairnException.class))
                  .hasMessageContaining("cairn.guard.allow")
                  .hasMessageContaining("create table (");
            });
  }

  @Test
  void theCairnDataSourceIsNeitherGuardedNorTheApplicationsAndMigrates(ScratchDatabase db) {
    Runners.cairn(db)
        .withUserConfiguration(TwoDataSources.class)
        .withBean(ScratchDatabase.class, () -> db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              DataSource migration = context.getBean("migrationDataSource", DataSource.class);
              DataSource app = context.getBean(DataSource.class);
              assertThat(migration.isWrapperFor(DdlGuard.class)).isFalse();
              assertThat(app.isWrapperFor(DdlGuard.class)).isTrue();
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
            });
  }

  @Test
  void aNonDefaultCandidateCairnDataSourceLeavesBootsPoolInPlace(ScratchDatabase db) {
    Runners.cairn(db)
        .withUserConfiguration(MigrationDataSourceOnly.class)
        .withBean(ScratchDatabase.class, () -> db)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              DataSource app = context.getBean(DataSource.class);
              assertThat(app.isWrapperFor(HikariDataSource.class)).isTrue();
              assertThat(app.isWrapperFor(DdlGuard.class)).isTrue();
              assertThat(
                      context
                          .getBean("migrationDataSource", DataSource.class)
                          .isWrapperFor(DdlGuard.class))
                  .isFalse();
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "spring.jpa.hibernate.ddl-auto, update",
    "spring.jpa.hibernate.ddl-auto, create-drop",
    "spring.jpa.hibernate.ddlAuto, create",
    "spring.jpa.properties.hibernate.hbm2ddl.auto, update",
    "spring.jpa.properties[hibernate.hbm2ddl.auto], create",
    "spring.jpa.properties.jakarta.persistence.schema-generation.database.action, drop-and-create",
    "spring.jpa.generate-ddl, true",
  })
  void schemaGeneratingSettingsStopStartupWithTheFix(String property, String value) {
    settingsRunner()
        .withPropertyValues(property + "=" + value)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .isInstanceOf(SchemaGenerationEnabledException.class)
                  .hasMessageContaining(value)
                  .hasMessageMatching("(?s).*Set spring\\.jpa\\.\\S+=(validate|false).*");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "validate", "NONE", ""})
  void harmlessSettingsPass(String value) {
    settingsRunner()
        .withPropertyValues(
            "spring.jpa.hibernate.ddl-auto=" + value,
            "spring.jpa.properties.hibernate.hbm2ddl.auto=" + value)
        .run(context -> assertThat(context).hasNotFailed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"warn", "off"})
  void warnAndOffLetSchemaGeneratingSettingsPass(String mode) {
    settingsRunner()
        .withPropertyValues("cairn.guard.mode=" + mode, "spring.jpa.hibernate.ddl-auto=update")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void theFinalHibernatePropertiesAreCheckedToo() {
    var customizer =
        new dev.cairn.spring.internal.HibernateSchemaSettingsCustomizer(GuardMode.FAIL);
    assertThatThrownBy(() -> customizer.customize(Map.of("hibernate.hbm2ddl.auto", "create-drop")))
        .isInstanceOf(SchemaGenerationEnabledException.class)
        .hasMessageContaining("hibernate.hbm2ddl.auto = create-drop");
    new dev.cairn.spring.internal.HibernateSchemaSettingsCustomizer(GuardMode.WARN)
        .customize(Map.of("hibernate.hbm2ddl.auto", "create-drop"));
  }

  @Test
  void privilegeCheckFailsStartupForASuperuserInFailMode(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.guard.privileges=fail")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(
                      Failures.find(
                          context.getStartupFailure(), ExcessivePrivilegesException.class))
                  .hasMessageContaining("role " + db.user() + " is a superuser");
              // Migrations ran first: the check looks at the migrated schema.
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
            });
  }

  @Test
  void privilegeCheckOnlyWarnsByDefault(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.guard.privileges=warn")
        .run(context -> assertThat(context).hasNotFailed());
  }

  /** No data source needed: the settings check runs before any bean is created. */
  private static ApplicationContextRunner settingsRunner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CairnAutoConfiguration.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    @Primary
    DataSource applicationDataSource(ScratchDatabase db) {
      HikariDataSource ds = new HikariDataSource();
      ds.setJdbcUrl(db.jdbcUrl());
      ds.setUsername(db.user());
      ds.setPassword(db.password());
      return ds;
    }

    @Bean
    @CairnDataSource
    DataSource migrationDataSource(ScratchDatabase db) {
      return db.dataSource();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class MigrationDataSourceOnly {
    @Bean(defaultCandidate = false)
    @CairnDataSource
    DataSource migrationDataSource(ScratchDatabase db) {
      return db.dataSource();
    }
  }
}
