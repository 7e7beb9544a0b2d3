package dev.cairn.spring.actuate;

import dev.cairn.runtime.Cairn;
import dev.cairn.spring.CairnAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of {@code /actuator/cairn} when the actuator is on the class path, the
 * endpoint is available ({@code management.endpoints.web.exposure.include=cairn} exposes it over
 * HTTP) and a {@link Cairn} bean exists.
 */
@AutoConfiguration(after = CairnAutoConfiguration.class)
@ConditionalOnClass({Cairn.class, Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(CairnEndpoint.class)
public final class CairnEndpointAutoConfiguration {

  /** Created by Spring. */
  CairnEndpointAutoConfiguration() {}

  @Bean
  @ConditionalOnBean(Cairn.class)
  @ConditionalOnMissingBean
  CairnEndpoint cairnEndpoint(ListableBeanFactory beans) {
    return new CairnEndpoint(beans);
  }
}
