package dev.cairn.loader.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the DDL-relevant parts of a Spring Boot application's flattened configuration. Spring's
 * relaxed binding accepts {@code physical-strategy}, {@code physicalStrategy} and {@code
 * physical_strategy} alike, so names are compared in a canonical form (lower case, without {@code
 * -} and {@code _}).
 */
public final class SpringPropertiesReader {
  private static final String JPA_PROPERTIES = "spring.jpa.properties";

  private SpringPropertiesReader() {}

  /**
   * What was read.
   *
   * @param hibernateSettings {@code spring.jpa.properties.*} with the prefix removed
   * @param physicalStrategy {@code spring.jpa.hibernate.naming.physical-strategy}, or null
   * @param implicitStrategy {@code spring.jpa.hibernate.naming.implicit-strategy}, or null
   * @param databasePlatform {@code spring.jpa.database-platform}, or null
   * @param mappingResources {@code spring.jpa.mapping-resources}
   */
  public record Result(
      Map<String, String> hibernateSettings,
      String physicalStrategy,
      String implicitStrategy,
      String databasePlatform,
      List<String> mappingResources) {}

  /**
   * Reads the properties.
   *
   * @param properties flattened Spring properties
   * @return what was found
   */
  public static Result read(Map<String, ?> properties) {
    Map<String, String> settings = new TreeMap<>();
    String physical = null;
    String implicit = null;
    String platform = null;
    // Indexed list entries (mapping-resources[0]) must keep their index order.
    Map<Integer, String> indexedResources = new TreeMap<>();
    List<String> resources = new ArrayList<>();
    for (Map.Entry<String, ?> e : new TreeMap<>(properties).entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      String key = e.getKey().trim();
      String value = String.valueOf(e.getValue()).trim();
      String hibernateKey = jpaPropertyKey(key);
      if (hibernateKey != null) {
        settings.put(hibernateKey, value);
        continue;
      }
      String canonical = canonical(key);
      switch (canonical) {
        case "spring.jpa.hibernate.naming.physicalstrategy" -> physical = value;
        case "spring.jpa.hibernate.naming.implicitstrategy" -> implicit = value;
        case "spring.jpa.databaseplatform" -> platform = value;
        case "spring.jpa.mappingresources" -> {
          for (String part : value.split(",")) {
            if (!part.isBlank()) {
              resources.add(part.trim());
            }
          }
        }
        default -> {
          if (canonical.startsWith("spring.jpa.mappingresources[") && canonical.endsWith("]")) {
            String index = canonical.substring(canonical.indexOf('[') + 1, canonical.length() - 1);
            try {
              indexedResources.put(Integer.parseInt(index), value);
            } catch (NumberFormatException ignored) {
              // Not a list index: not a key Spring would bind to mapping-resources either.
            }
          }
        }
      }
    }
    resources.addAll(indexedResources.values());
    return new Result(settings, physical, implicit, platform, List.copyOf(resources));
  }

  /**
   * The Hibernate key of a {@code spring.jpa.properties} entry in dotted ({@code
   * spring.jpa.properties.hibernate.x}) or bracket ({@code spring.jpa.properties[hibernate.x]})
   * form; the part after the prefix is kept verbatim because map keys are not relaxed.
   */
  private static String jpaPropertyKey(String key) {
    if (key.length() <= JPA_PROPERTIES.length()
        || !canonical(key.substring(0, JPA_PROPERTIES.length())).equals(JPA_PROPERTIES)) {
      return null;
    }
    String rest = key.substring(JPA_PROPERTIES.length());
    if (rest.startsWith(".")) {
      return rest.substring(1);
    }
    if (rest.startsWith("[") && rest.endsWith("]")) {
      return rest.substring(1, rest.length() - 1);
    }
    return null;
  }

  private static String canonical(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }
}
