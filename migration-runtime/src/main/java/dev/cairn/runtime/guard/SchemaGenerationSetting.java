package dev.cairn.runtime.guard;

import java.util.Objects;

/**
 * A setting that would make Hibernate/JPA generate or change the schema, found by {@link
 * DdlSettingsCheck}.
 *
 * @param property the property name as given, e.g. {@code spring.jpa.hibernate.ddl-auto}
 * @param value the offending value as given, e.g. {@code update}
 * @param fix what to set instead, e.g. {@code spring.jpa.hibernate.ddl-auto=validate}
 */
public record SchemaGenerationSetting(String property, String value, String fix) {

  /**
   * Creates a finding.
   *
   * @param property the property name
   * @param value the offending value
   * @param fix the replacement setting
   */
  public SchemaGenerationSetting {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * One line for a message: property, value and fix.
   *
   * @return e.g. {@code spring.jpa.hibernate.ddl-auto=update (set
   *     spring.jpa.hibernate.ddl-auto=validate)}
   */
  public String describe() {
    return property + "=" + value + " (set " + fix + ")";
  }
}
