package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrateResult;
import dev.cairn.runtime.guard.DdlGuard;
import dev.cairn.spring.internal.DdlGuardBeanPostProcessor;
import dev.cairn.spring.internal.HibernateSchemaSettingsCustomizer;
import dev.cairn.spring.internal.MigrateOnlyExit;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Conditions, back-off and hooks of {@link CairnAutoConfiguration}. */
@WithPostgres
class CairnAutoConfigurationTest {

  @Test
  void migratesTheDefaultClasspathDirectoryAtStartup(ScratchDatabase db) {
    Runners.cairn(db)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Cairn.class);
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
              assertThat(Sql.revisions(db)).containsExactly("20240101000000", "20240102000000");
              MigrateResult result =
                  context.getBean(CairnMigrationInitializer.class).result().orElseThrow();
              assertThat(result.appliedCount()).isEqualTo(2);
              assertThat(result.currentVersion()).isEqualTo("20240102000000");
            });
  }

  @Test
  void disabledMeansNoMigrationNoGuardNoChecks(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.enabled=false", "spring.jpa.hibernate.ddl-auto=create")
        .run(
            context -> {
              assertThat(context)
                  .hasNotFailed()
                  .doesNotHaveBean(Cairn.class)
                  .doesNotHaveBean(CairnMigrationInitializer.class)
                  .doesNotHaveBean(DdlGuardBeanPostProcessor.class);
              assertThat(context.getBean(DataSource.class).isWrapperFor(DdlGuard.class)).isFalse();
              assertThat(Sql.tables(db)).isEmpty();
            });
  }

  @Test
  void backsOffWithoutADataSource() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CairnAutoConfiguration.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(Cairn.class)
                    .doesNotHaveBean(CairnMigrationInitializer.class));
  }

  @Test
  void aUserDefinedCairnReplacesTheAutoConfiguredOneAndItsInitializer(ScratchDatabase db) {
    TestMigrations dir =
        TestMigrations.create().add("1_only.sql", "CREATE TABLE only_one (id int);\n");
    Runners.cairn(db)
        .withBean(
            "myCairn",
            Cairn.class,
            () -> Cairn.configure().dataSource(db.dataSource()).directory(dir.path()).load())
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Cairn.class);
              assertThat(context)
                  .hasBean("myCairn")
                  .doesNotHaveBean(CairnMigrationInitializer.class);
              // The application runs its own Cairn; the auto-configuration did not migrate.
              assertThat(Sql.tables(db)).isEmpty();
              // The guard and the checks stay.
              assertThat(context.getBean(DataSource.class).isWrapperFor(DdlGuard.class)).isTrue();
            });
  }

  @Test
  void aUserDefinedInitializerReplacesTheAutoConfiguredOne(ScratchDatabase db) {
    Runners.cairn(db)
        .withUserConfiguration(ValidatingInitializer.class)
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(
                      Failures.find(context.getStartupFailure(), MigrationsPendingException.class))
                  .hasMessageContaining("pending: 20240101000000_create_customer.sql");
              assertThat(Sql.tables(db)).isEmpty();
            });
  }

  @Test
  void aMigrationStrategyReplacesTheDefaultMigration(ScratchDatabase db) {
    AtomicReference<Cairn> seen = new AtomicReference<>();
    Runners.cairn(db)
        .withBean(CairnMigrationStrategy.class, () -> seen::set)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(seen.get()).isSameAs(context.getBean(Cairn.class));
              assertThat(Sql.tables(db)).isEmpty();
              assertThat(context.getBean(CairnMigrationInitializer.class).result()).isEmpty();
            });
  }

  @Test
  void customizersRunInOrderAfterTheProperties(ScratchDatabase db) {
    Calls calls = new Calls();
    Runners.cairn(db)
        .withPropertyValues("cairn.revisions-table=from_properties")
        .withUserConfiguration(Customizers.class)
        .withBean(Calls.class, () -> calls)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(calls).containsExactly("first", "second");
              assertThat(
                      Sql.column(
                          db,
                          "select table_name from information_schema.tables"
                              + " where table_schema = 'atlas_schema_revisions'"))
                  .containsExactly("from_customizer");
            });
  }

  @Test
  void beansThatDependOnDatabaseInitializationAreCreatedAfterMigration(ScratchDatabase db) {
    Runners.cairn(db)
        .withUserConfiguration(ReadsCustomersAtStartup.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean("customerCount")).isEqualTo(0L);
              ConfigurableListableBeanFactory bf = context.getBeanFactory();
              assertThat(bf.getBeanDefinition("customerCount").getDependsOn())
                  .contains("cairnMigrationInitializer");
            });
  }

  @Test
  void tellsBootThatTheApplicationSchemaIsManaged(ScratchDatabase db) {
    Runners.cairn(db)
        .run(
            context -> {
              DataSource app = context.getBean(DataSource.class);
              assertThat(context.getBeansOfType(SchemaManagementProvider.class).values())
                  .extracting(p -> p.getSchemaManagement(app))
                  .containsExactly(SchemaManagement.MANAGED);
              assertThat(
                      context
                          .getBean(SchemaManagementProvider.class)
                          .getSchemaManagement(db.dataSource()))
                  .isEqualTo(SchemaManagement.UNMANAGED);
            });
  }

  @Test
  void withoutHibernateThereIsNoHibernateCheck(ScratchDatabase db) {
    Runners.cairn(db)
        .withClassLoader(
            new FilteredClassLoader("org.springframework.boot.hibernate", "org.hibernate"))
        .run(
            context -> {
              assertThat(context)
                  .hasNotFailed()
                  .hasSingleBean(Cairn.class)
                  .doesNotHaveBean(HibernateSchemaSettingsCustomizer.class);
              assertThat(Sql.tables(db)).containsExactly("customer", "purchase");
            });
  }

  @Test
  void withHibernateTheFinalHibernatePropertiesAreChecked(ScratchDatabase db) {
    Runners.cairn(db)
        .run(context -> assertThat(context).hasSingleBean(HibernateSchemaSettingsCustomizer.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"migrate-only", "MIGRATE_ONLY", "Migrate-Only"})
  void migrateOnlyRegistersTheExitListener(String mode, ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.mode=" + mode)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MigrateOnlyExit.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"migrate", "validate"})
  void otherModesDoNotExit(String mode, ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    Cairn.configure().dataSource(db.dataSource()).directory(dir.path()).load().migrate();
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.mode=" + mode)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateOnlyExit.class));
  }

  @Test
  void aMissingDirectoryFailsStartupNamingIt(ScratchDatabase db) {
    Runners.cairn(db)
        .withPropertyValues("cairn.location=classpath:db/nowhere")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .hasMessageContaining("db/nowhere");
            });
  }

  static final class Calls extends ArrayList<String> {
    private static final long serialVersionUID = 1L;
  }

  @Configuration(proxyBeanMethods = false)
  static class ValidatingInitializer {
    @Bean
    CairnMigrationInitializer myInitializer(Cairn cairn) {
      return new CairnMigrationInitializer(cairn, CairnProperties.Mode.VALIDATE, null);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    @Bean
    @Order(2)
    CairnConfigurationCustomizer second(Calls calls) {
      return b -> {
        calls.add("second");
        b.revisionsTable("from_customizer");
      };
    }

    @Bean
    @Order(1)
    CairnConfigurationCustomizer first(Calls calls) {
      return b -> calls.add("first");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ReadsCustomersAtStartup {
    @Bean
    @DependsOnDatabaseInitialization
    Long customerCount(DataSource dataSource) {
      return Long.valueOf(Sql.column(dataSource, "select count(*) from customer").get(0));
    }
  }
}
