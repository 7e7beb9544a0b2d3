package dev.cairn.spring.actuate;

import dev.cairn.runtime.Cairn;
import dev.cairn.spring.CairnAutoConfiguration;
import dev.cairn.spring.CairnProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code cairn} health indicator when Spring Boot's health support is on
 * the class path, {@code management.health.cairn.enabled} is not false and one {@link Cairn} bean
 * exists.
 */
@AutoConfiguration(after = CairnAutoConfiguration.class)
@ConditionalOnClass({Cairn.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnSingleCandidate(Cairn.class)
@ConditionalOnEnabledHealthIndicator("cairn")
public final class CairnHealthContributorAutoConfiguration {

  /** Created by Spring. */
  CairnHealthContributorAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean(name = "cairnHealthIndicator")
  CairnHealthIndicator cairnHealthIndicator(
      Cairn cairn, ObjectProvider<CairnProperties> properties) {
    CairnProperties p = properties.getIfAvailable(CairnProperties::new);
    return new CairnHealthIndicator(cairn, p.getMode());
  }
}
