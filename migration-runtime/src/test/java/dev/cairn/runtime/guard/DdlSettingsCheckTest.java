package dev.cairn.runtime.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.runtime.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlSettingsCheckTest {

  @ParameterizedTest(name = "{0}={1} -> allowed={2}")
  @CsvSource({
    "hibernate.hbm2ddl.auto, none, true",
    "hibernate.hbm2ddl.auto, validate, true",
    "hibernate.hbm2ddl.auto, VALIDATE, true",
    "hibernate.hbm2ddl.auto, ' None ', true",
    "hibernate.hbm2ddl.auto, '', true",
    "hibernate.hbm2ddl.auto, update, false",
    "hibernate.hbm2ddl.auto, create, false",
    "hibernate.hbm2ddl.auto, create-drop, false",
    "hibernate.hbm2ddl.auto, create-only, false",
    "hibernate.hbm2ddl.auto, drop, false",
    "hibernate.hbm2ddl.auto, truncate, false",
    "jakarta.persistence.schema-generation.database.action, none, true",
    "jakarta.persistence.schema-generation.database.action, drop-and-create, false",
    "jakarta.persistence.schema-generation.database.action, create, false",
    "javax.persistence.schema-generation.database.action, create, false",
    "javax.persistence.schema-generation.database.action, NONE, true",
    "spring.jpa.hibernate.ddl-auto, validate, true",
    "spring.jpa.hibernate.ddl-auto, update, false",
    "spring.jpa.hibernate.ddlAuto, create-drop, false",
    "SPRING_JPA_HIBERNATE_DDL_AUTO, update, false",
    "SPRING_JPA_HIBERNATE_DDLAUTO, none, true",
    "spring.jpa.properties.hibernate.hbm2ddl.auto, update, false",
    "spring.jpa.properties.jakarta.persistence.schema-generation.database.action, create, false",
    "spring.jpa.generate-ddl, true, false",
    "spring.jpa.generate-ddl, false, true",
    "spring.jpa.show-sql, true, true",
    "hibernate.show_sql, update, true",
  })
  void judgesEachSetting(String property, String value, boolean allowed) {
    Map<String, Object> settings = Map.of(property, value);
    assertThat(DdlSettingsCheck.findings(settings).isEmpty()).isEqualTo(allowed);
    if (allowed) {
      assertThat(DdlSettingsCheck.findings(settings)).isEmpty();
    } else {
      assertThatThrownBy(() -> DdlSettingsCheck.verify(settings))
          .isInstanceOf(SchemaGenerationEnabledException.class)
          .hasMessageContaining(property + " = " + value.strip())
          .hasMessageContaining("migrations own it")
          .hasMessageContaining("cairn migrate diff");
    }
  }

  @org.junit.jupiter.api.Test
  void messageNamesEveryPropertyItsValueAndTheFix() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("spring.jpa.hibernate.ddl-auto", "update");
    settings.put("hibernate.hbm2ddl.auto", EnumLike.CREATE_DROP);
    settings.put("spring.datasource.url", "jdbc:postgresql://db/app");
    SchemaGenerationEnabledException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            SchemaGenerationEnabledException.class, () -> DdlSettingsCheck.verify(settings));
    assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_GENERATION_ENABLED);
    assertThat(e.settings())
        .extracting(SchemaGenerationSetting::property, SchemaGenerationSetting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spring.jpa.hibernate.ddl-auto", "update"),
            org.assertj.core.groups.Tuple.tuple("hibernate.hbm2ddl.auto", "CREATE_DROP"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Hibernate would change the schema at startup, but Cairn's migrations own it:\n"
                + "  spring.jpa.hibernate.ddl-auto = update\n"
                + "  hibernate.hbm2ddl.auto = CREATE_DROP\n"
                + "Set spring.jpa.hibernate.ddl-auto=validate, hibernate.hbm2ddl.auto=validate"
                + " (or remove the setting), and put schema changes into a migration with"
                + " `cairn migrate diff <name>`.");
  }

  @org.junit.jupiter.api.Test
  void acceptsPropertiesWithNonStringValues() {
    Properties p = new Properties();
    p.put("hibernate.hbm2ddl.auto", EnumLike.VALIDATE);
    p.put("jakarta.persistence.schema-generation.database.action", EnumLike.UPDATE);
    assertThat(DdlSettingsCheck.findings(p))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.property())
                  .isEqualTo("jakarta.persistence.schema-generation.database.action");
              assertThat(s.describe())
                  .isEqualTo(
                      "jakarta.persistence.schema-generation.database.action=UPDATE (set"
                          + " jakarta.persistence.schema-generation.database.action=validate)");
            });
    assertThatThrownBy(() -> DdlSettingsCheck.verify(p))
        .isInstanceOf(SchemaGenerationEnabledException.class);
  }

  /** Stands in for Hibernate's {@code Action} enum, whose constants are upper case. */
  enum EnumLike {
    VALIDATE,
    UPDATE,
    CREATE_DROP
  }
}
