package dev.cairn.spring.internal;

import dev.cairn.runtime.guard.DdlSettingsCheck;
import dev.cairn.runtime.guard.GuardMode;
import dev.cairn.runtime.guard.SchemaGenerationSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Stops startup — before any bean is created — when the environment would let Hibernate generate or
 * change the schema: {@code spring.jpa.hibernate.ddl-auto}, {@code spring.jpa.generate-ddl}, {@code
 * spring.jpa.properties.*} schema-generation settings and their plain Hibernate/JPA names. Boot's
 * binder reads them, so every relaxed spelling (environment variables included) counts. {@link
 * GuardMode#WARN} logs instead; {@link GuardMode#OFF} does not look.
 */
public final class SchemaSettingsVerifier
    implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaSettingsVerifier.class);

  private static final List<String> PLAIN_NAMES =
      List.of(
          "hibernate.hbm2ddl.auto",
          "jakarta.persistence.schema-generation.database.action",
          "javax.persistence.schema-generation.database.action");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    Binder binder = Binder.get(environment);
    GuardMode mode = binder.bind("cairn.guard.mode", GuardMode.class).orElse(GuardMode.FAIL);
    if (mode == GuardMode.OFF) {
      return;
    }
    apply(mode, settings(binder), "the application's configuration");
  }

  /** The schema-related settings, under their canonical names. */
  Map<String, Object> settings(Binder binder) {
    Map<String, Object> settings = new LinkedHashMap<>();
    binder
        .bind("spring.jpa.hibernate.ddl-auto", String.class)
        .ifBound(v -> settings.put("spring.jpa.hibernate.ddl-auto", v));
    binder
        .bind("spring.jpa.generate-ddl", String.class)
        .ifBound(v -> settings.put("spring.jpa.generate-ddl", v));
    binder
        .bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class))
        .ifBound(m -> m.forEach((k, v) -> settings.put("spring.jpa.properties." + k, v)));
    for (String name : PLAIN_NAMES) {
      String value = environment.getProperty(name);
      if (value != null) {
        settings.put(name, value);
      }
    }
    return settings;
  }

  /**
   * Throws or logs for the settings that would change the schema.
   *
   * @param mode fail or warn
   * @param settings the settings to check
   * @param where where they came from, for the log message
   */
  static void apply(GuardMode mode, Map<String, ?> settings, String where) {
    if (mode == GuardMode.FAIL) {
      DdlSettingsCheck.verify(settings);
      return;
    }
    for (SchemaGenerationSetting s : DdlSettingsCheck.findings(settings)) {
      LOG.warn(
          "Hibernate would change the schema at startup ({} in {}), but Cairn's migrations own"
              + " it; set {} (cairn.guard.mode=warn lets it pass).",
          s.property() + "=" + s.value(),
          where,
          s.fix());
    }
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
