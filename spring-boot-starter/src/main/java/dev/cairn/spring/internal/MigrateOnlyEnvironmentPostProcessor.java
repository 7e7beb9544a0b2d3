package dev.cairn.spring.internal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code cairn.mode=migrate-only}, keeps the application from doing anything but migrate: no
 * web server ({@code spring.main.web-application-type=none}) and lazy initialization of every bean
 * Cairn does not need ({@code spring.main.lazy-initialization=true}), so that an init container
 * does not need the application's other services. Overrides the application's own values of those
 * two properties, since migrate-only exits as soon as the context has started.
 */
public final class MigrateOnlyEnvironmentPostProcessor implements EnvironmentPostProcessor {
  static final String PROPERTY_SOURCE = "cairnMigrateOnly";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (MigrateOnlyCondition.migrateOnly(Binder.get(environment))) {
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  PROPERTY_SOURCE,
                  Map.of(
                      "spring.main.web-application-type", "none",
                      "spring.main.lazy-initialization", "true")));
    }
  }
}
