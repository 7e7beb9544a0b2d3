package dev.cairn.spring.internal;

import dev.cairn.runtime.guard.GuardMode;
import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;

/**
 * Checks the properties Boot finally hands to Hibernate — after its defaults and every other {@link
 * HibernatePropertiesCustomizer} — so that a schema-generation setting added in code is caught as
 * surely as one in {@code application.properties}.
 */
public final class HibernateSchemaSettingsCustomizer
    implements HibernatePropertiesCustomizer, Ordered {
  private final GuardMode mode;

  /**
   * Creates the customizer.
   *
   * @param mode fail, warn or off
   */
  public HibernateSchemaSettingsCustomizer(GuardMode mode) {
    this.mode = mode;
  }

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    if (mode != GuardMode.OFF) {
      SchemaSettingsVerifier.apply(
          mode, hibernateProperties, "the JPA properties Spring Boot passes to Hibernate");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
