package dev.cairn.spring;

import dev.cairn.runtime.Cairn;
import dev.cairn.spring.internal.CairnSchemaManagementProvider;
import dev.cairn.spring.internal.DdlGuardBeanPostProcessor;
import dev.cairn.spring.internal.HibernateSchemaSettingsCustomizer;
import dev.cairn.spring.internal.MigrateOnlyCondition;
import dev.cairn.spring.internal.MigrateOnlyExit;
import dev.cairn.spring.internal.MigrationDataSources;
import dev.cairn.spring.internal.PrivilegeVerifier;
import dev.cairn.spring.internal.SchemaSettingsVerifier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of Cairn: builds a {@link Cairn} from the {@code cairn.*} properties (see
 * {@link CairnProperties}), runs it through a {@link CairnMigrationInitializer} before JPA and
 * every bean that depends on database initialization, wraps the application's data sources with the
 * DDL guard, and refuses Hibernate settings that would generate the schema.
 *
 * <p>Backs off entirely with {@code cairn.enabled=false}. A user-defined {@link Cairn} bean
 * replaces the auto-configured one and its initializer (as with Boot's Flyway support: the
 * application then runs it); the guard and the checks stay.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Cairn.class)
@ConditionalOnBooleanProperty(name = "cairn.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CairnProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class CairnAutoConfiguration {

  /** Created by Spring. */
  CairnAutoConfiguration() {}

  @Bean
  static DdlGuardBeanPostProcessor cairnDdlGuardBeanPostProcessor() {
    return new DdlGuardBeanPostProcessor();
  }

  @Bean
  static SchemaSettingsVerifier cairnSchemaSettingsVerifier() {
    return new SchemaSettingsVerifier();
  }

  @Bean
  @ConditionalOnSingleCandidate(DataSource.class)
  PrivilegeVerifier cairnPrivilegeVerifier(
      CairnProperties properties, ObjectProvider<DataSource> dataSource) {
    return new PrivilegeVerifier(
        properties.getGuard().getPrivileges(), properties.getMode(), dataSource);
  }

  @Bean
  @Conditional(MigrateOnlyCondition.class)
  MigrateOnlyExit cairnMigrateOnlyExit() {
    return new MigrateOnlyExit();
  }

  @Bean
  static LazyInitializationExcludeFilter cairnLazyInitializationExcludeFilter() {
    // migrate-only turns lazy initialization on: these still have to run.
    return LazyInitializationExcludeFilter.forBeanTypes(
        CairnMigrationInitializer.class, MigrateOnlyExit.class, PrivilegeVerifier.class);
  }

  /** Checks the properties Hibernate finally receives. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HibernatePropertiesCustomizer.class)
  static class HibernateSettingsConfiguration {
    @Bean
    HibernateSchemaSettingsCustomizer cairnHibernateSchemaSettingsCustomizer(
        CairnProperties properties) {
      return new HibernateSchemaSettingsCustomizer(properties.getGuard().getMode());
    }
  }

  /** The migration runtime and its initializer, unless the application defines its own. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(MigrationDataSourceCondition.class)
  @ConditionalOnMissingBean(Cairn.class)
  static class CairnConfiguration {

    @Bean
    MigrationDataSources cairnMigrationDataSources(
        CairnProperties properties,
        ObjectProvider<DataSource> dataSource,
        @CairnDataSource ObjectProvider<DataSource> cairnDataSource,
        DdlGuardBeanPostProcessor guard) {
      return new MigrationDataSources(properties, dataSource, cairnDataSource, guard);
    }

    @Bean
    Cairn cairn(
        CairnProperties properties,
        MigrationDataSources dataSources,
        ResourceLoader resourceLoader,
        ObjectProvider<CairnConfigurationCustomizer> customizers) {
      Cairn.Builder builder =
          MigrationDataSources.configure(
              properties, dataSources.migrationDataSource(), resourceLoader.getClassLoader());
      customizers.orderedStream().forEach(c -> c.customize(builder));
      return builder.load();
    }

    @Bean
    @ConditionalOnMissingBean
    CairnMigrationInitializer cairnMigrationInitializer(
        Cairn cairn,
        CairnProperties properties,
        ObjectProvider<CairnMigrationStrategy> migrationStrategy) {
      return new CairnMigrationInitializer(
          cairn, properties.getMode(), migrationStrategy.getIfAvailable());
    }

    @Bean
    CairnSchemaManagementProvider cairnSchemaManagementProvider(
        ObjectProvider<DataSource> dataSource, MigrationDataSources dataSources) {
      return new CairnSchemaManagementProvider(
          dataSource::getIfUnique, dataSources::migrationDataSource);
    }
  }

  /** There is something to migrate: a data source bean or {@code cairn.url}. */
  static final class MigrationDataSourceCondition extends AnyNestedCondition {
    MigrationDataSourceCondition() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DataSource.class)
    private static final class DataSourceBeanCondition {}

    @ConditionalOnProperty("cairn.url")
    private static final class CairnUrlCondition {}
  }
}
