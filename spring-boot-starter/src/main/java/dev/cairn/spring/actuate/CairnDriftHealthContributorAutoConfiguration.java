package dev.cairn.spring.actuate;

import dev.cairn.spring.drift.CairnDriftAutoConfiguration;
import dev.cairn.spring.drift.CairnDriftCheck;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code cairnDrift} health indicator: with {@code
 * cairn.drift.health=true}, Spring Boot's health support and the drift engine ({@code
 * cairn-schema-diff}) on the class path, and {@code management.health.cairn-drift.enabled} not
 * false.
 */
@AutoConfiguration(after = CairnDriftAutoConfiguration.class)
@ConditionalOnClass(
    name = {
      "dev.cairn.diff.drift.DriftDetector",
      "org.springframework.boot.health.contributor.HealthIndicator",
      "org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator"
    })
@ConditionalOnBooleanProperty("cairn.drift.health")
@ConditionalOnBean(type = "dev.cairn.spring.drift.CairnDriftCheck")
@ConditionalOnEnabledHealthIndicator("cairn-drift")
public final class CairnDriftHealthContributorAutoConfiguration {

  /** Created by Spring. */
  CairnDriftHealthContributorAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean(name = "cairnDriftHealthIndicator")
  HealthIndicator cairnDriftHealthIndicator(CairnDriftCheck check) {
    return new CairnDriftHealthIndicator(check);
  }
}
