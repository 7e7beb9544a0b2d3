package dev.cairn.spring.drift;

import dev.cairn.diff.drift.DriftDetector;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.spring.CairnAutoConfiguration;
import dev.cairn.spring.CairnProperties;
import dev.cairn.spring.internal.DdlGuardBeanPostProcessor;
import dev.cairn.spring.internal.DriftEnabledCondition;
import dev.cairn.spring.internal.DriftStartupCheck;
import dev.cairn.spring.internal.DriftUnavailable;
import dev.cairn.spring.internal.MigrationDataSources;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of drift detection, only when asked for ({@code
 * cairn.drift.check-on-startup=warn|fail} or {@code cairn.drift.health=true}): a {@link
 * CairnDriftCheck} on the database Cairn migrates, and the startup check. The drift engine comes
 * from {@code dev.cairn:cairn-schema-diff}, an optional dependency of the starter; when a check is
 * asked for without it, startup stops and says which dependency to add.
 */
@AutoConfiguration(after = CairnAutoConfiguration.class)
@ConditionalOnClass(Cairn.class)
@ConditionalOnBooleanProperty(name = "cairn.enabled", matchIfMissing = true)
@Conditional(DriftEnabledCondition.class)
public final class CairnDriftAutoConfiguration {

  /** Created by Spring. */
  CairnDriftAutoConfiguration() {}

  /** The drift check, when the drift engine is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.cairn.diff.drift.DriftDetector")
  static class DriftConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CairnDriftCheck cairnDriftCheck(
        CairnProperties properties,
        ObjectProvider<MigrationDataSources> migrationDataSources,
        ObjectProvider<DataSource> dataSource,
        ObjectProvider<DdlGuardBeanPostProcessor> guard,
        ResourceLoader resourceLoader) {
      // Read through the connection migrations use; without Cairn's own choice (a user-defined
      // Cairn bean), the application's single data source.
      MigrationDataSources chosen = migrationDataSources.getIfAvailable();
      DataSource ds = chosen != null ? chosen.migrationDataSource() : dataSource.getIfUnique();
      if (ds == null) {
        throw new CairnException(
            ErrorCode.INVALID_CONFIGURATION,
            "The drift check cannot tell which database to check: there is no single DataSource"
                + " bean. Mark one @Primary or qualify the migration one with @CairnDataSource.");
      }
      DdlGuardBeanPostProcessor g = guard.getIfAvailable();
      CairnProperties.Drift drift = properties.getDrift();
      DriftDetector detector =
          DriftDetector.configure()
              .dataSource(g == null ? ds : g.unguarded(ds))
              .directory(MigrationDataSources.location(properties.getLocation()))
              .classLoader(resourceLoader.getClassLoader())
              .revisionsSchema(properties.getRevisionsSchema())
              .revisionsTable(properties.getRevisionsTable())
              .connectRetry(properties.getConnectRetry())
              .devUrl(drift.getDevUrl())
              .load();
      return new CairnDriftCheck(detector, drift.getHealthCache());
    }

    @Bean
    DriftStartupCheck cairnDriftStartupCheck(CairnDriftCheck check, CairnProperties properties) {
      return new DriftStartupCheck(check, properties.getDrift().getCheckOnStartup());
    }

    @Bean
    static LazyInitializationExcludeFilter cairnDriftLazyInitializationExcludeFilter() {
      return LazyInitializationExcludeFilter.forBeanTypes(DriftStartupCheck.class);
    }
  }

  /** A check is asked for, but the drift engine is missing. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("dev.cairn.diff.drift.DriftDetector")
  static class DriftUnavailableConfiguration {

    @Bean
    DriftUnavailable cairnDriftUnavailable() {
      return new DriftUnavailable();
    }
  }
}
