package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;

/** The generated configuration metadata gives IDEs every property with a description. */
class ConfigurationMetadataTest {

  @Test
  void everyCairnPropertyIsDescribed() throws IOException {
    Map<String, ConfigurationMetadataProperty> properties = properties();
    assertThat(properties.keySet())
        .containsExactlyInAnyOrder(
            "cairn.enabled",
            "cairn.mode",
            "cairn.location",
            "cairn.url",
            "cairn.user",
            "cairn.password",
            "cairn.revisions-schema",
            "cairn.revisions-table",
            "cairn.baseline-version",
            "cairn.allow-dirty",
            "cairn.tx-mode",
            "cairn.exec-order",
            "cairn.lock-timeout",
            "cairn.connect-retry",
            "cairn.environment",
            "cairn.guard.mode",
            "cairn.guard.allow",
            "cairn.guard.allow-do-blocks",
            "cairn.guard.privileges",
            "cairn.drift.check-on-startup",
            "cairn.drift.health",
            "cairn.drift.health-cache",
            "cairn.drift.dev-url");
    properties.forEach(
        (name, p) -> assertThat(p.getDescription()).as(name).isNotBlank().hasSizeGreaterThan(20));
    assertThat(properties.get("cairn.location").getDefaultValue())
        .isEqualTo("classpath:db/migrations");
    assertThat(properties.get("cairn.mode").getDefaultValue()).isEqualTo("migrate");
    assertThat(properties.get("cairn.guard.mode").getDefaultValue()).isEqualTo("fail");
    assertThat(properties.get("cairn.lock-timeout").getType()).isEqualTo("java.time.Duration");
    assertThat(properties.get("cairn.drift.check-on-startup").getDefaultValue()).isEqualTo("off");
    assertThat(properties.get("cairn.drift.dev-url").getDefaultValue())
        .isEqualTo("embedded:postgres:17");
  }

  private static Map<String, ConfigurationMetadataProperty> properties() throws IOException {
    try (InputStream in =
        CairnProperties.class
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      Map<String, ConfigurationMetadataProperty> cairn = new TreeMap<>();
      ConfigurationMetadataRepositoryJsonBuilder.create(in)
          .build()
          .getAllProperties()
          .forEach(
              (name, p) -> {
                if (name.startsWith("cairn.")) {
                  cairn.put(name, p);
                }
              });
      return cairn;
    }
  }
}
