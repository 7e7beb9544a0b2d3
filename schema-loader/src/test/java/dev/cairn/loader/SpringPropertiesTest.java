package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Spring Boot application's configuration keys drive the loader as they drive Spring Boot. */
class SpringPropertiesTest {
  private static final String STANDARD =
      "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
  private static final String SNAKE =
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "spring.jpa.hibernate.naming.physical-strategy",
        "spring.jpa.hibernate.naming.physicalStrategy",
        "spring.jpa.hibernate.naming.physical_strategy"
      })
  void relaxedNamingKeysSetThePhysicalStrategy(String key) {
    LoadedSchema schema = load(Map.of(key, STANDARD));

    assertThat(schema.summary().physicalNamingStrategy()).isEqualTo(STANDARD);
    assertThat(schema.summary().tables()).contains("LibraryMember");
  }

  @Test
  void namingKeysWinOverJpaPropertiesAsInSpringBoot() {
    LoadedSchema schema =
        load(
            Map.of(
                "spring.jpa.hibernate.naming.physical-strategy", SNAKE,
                "spring.jpa.properties.hibernate.physical_naming_strategy", STANDARD));

    assertThat(schema.summary().physicalNamingStrategy()).isEqualTo(SNAKE);
  }

  @Test
  void jpaPropertiesInDottedAndBracketFormArePassedThrough() {
    LoadedSchema schema =
        SchemaLoader.load(
            LoaderOptions.builder()
                .packages("dev.cairn.loader.models.types")
                .springProperties(
                    Map.of(
                        "spring.jpa.properties.hibernate.type.preferred_uuid_jdbc_type", "CHAR",
                        "spring.jpa.properties[hibernate.default_schema]", "metrics",
                        "spring.jpa.properties.hibernate.physical_naming_strategy", STANDARD,
                        "spring.datasource.password", "not-read"))
                .build());

    assertThat(schema.ddl()).contains("create table metrics.Measurement", "id char(36) not null");
    assertThat(schema.summary().physicalNamingStrategy()).isEqualTo(STANDARD);
  }

  @Test
  void mappingResourcesAndDatabasePlatformAreRead() {
    LoaderOptions options =
        LoaderOptions.builder()
            .springProperties(
                Map.of(
                    "spring.jpa.mapping-resources[0]", "META-INF/cairn-test-orm.xml",
                    "spring.jpa.database-platform", "org.hibernate.dialect.PostgreSQLDialect"))
            .build();
    LoadedSchema schema = SchemaLoader.load(options);

    assertThat(options.mappingFiles()).containsExactly("META-INF/cairn-test-orm.xml");
    assertThat(options.dialect()).contains("org.hibernate.dialect.PostgreSQLDialect");
    assertThat(schema.summary().tables()).containsExactly("notes");
  }

  @Test
  void connectionAndSchemaActionSettingsAreIgnored() {
    LoadedSchema schema =
        load(
            Map.of(
                "spring.jpa.properties.hibernate.hbm2ddl.auto", "create-drop",
                "spring.jpa.properties.jakarta.persistence.jdbc.url",
                    "jdbc:postgresql://localhost:1/never",
                "spring.jpa.properties.hibernate.hbm2ddl.import_files", "/nope.sql"));

    assertThat(schema.summary().tables()).contains("library_member");
  }

  private static LoadedSchema load(Map<String, String> springProperties) {
    return SchemaLoader.load(
        LoaderOptions.builder()
            .packages("dev.cairn.loader.models.naming")
            .springProperties(springProperties)
            .build());
  }
}
