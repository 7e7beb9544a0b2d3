package dev.cairn.runtime.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Fails fast when Hibernate, JPA or Spring settings would let the ORM generate or change the schema
 * at startup — the most common way an application bypasses its migrations.
 *
 * <p>Looked at, with any value other than {@code none} or {@code validate} (case-insensitive; empty
 * counts as {@code none}) being a finding:
 *
 * <ul>
 *   <li>{@code hibernate.hbm2ddl.auto}
 *   <li>{@code jakarta.persistence.schema-generation.database.action} and its older {@code
 *       javax.persistence.…} name
 *   <li>{@code spring.jpa.hibernate.ddl-auto}, in any of Spring's relaxed spellings ({@code
 *       spring.jpa.hibernate.ddlAuto}, {@code SPRING_JPA_HIBERNATE_DDL_AUTO}, …)
 *   <li>the Hibernate and JPA names above passed through {@code spring.jpa.properties.…}
 * </ul>
 *
 * <p>Also {@code spring.jpa.generate-ddl=true}, which makes Spring set {@code
 * hibernate.hbm2ddl.auto=update}. Values may be strings or anything whose {@code toString()} names
 * the action (e.g. Hibernate's {@code Action} enum).
 */
public final class DdlSettingsCheck {
  private static final String HBM2DDL = "hibernate.hbm2ddl.auto";
  private static final String JAKARTA = "jakarta.persistence.schema-generation.database.action";
  private static final String JAVAX = "javax.persistence.schema-generation.database.action";
  private static final String SPRING_PREFIX = "spring.jpa.properties.";
  private static final String SPRING_DDL_AUTO = "springjpahibernateddlauto";
  private static final String SPRING_GENERATE_DDL = "springjpagenerateddl";

  private DdlSettingsCheck() {}

  /**
   * Checks settings and throws when any would generate or change the schema.
   *
   * @param settings Hibernate/JPA properties, or Spring's flattened environment properties
   * @throws SchemaGenerationEnabledException naming every offending property, its value and the fix
   */
  public static void verify(Map<String, ?> settings) {
    List<SchemaGenerationSetting> found = findings(settings);
    if (!found.isEmpty()) {
      throw new SchemaGenerationEnabledException(found);
    }
  }

  /**
   * Checks {@link Properties} (e.g. a {@code persistence.xml}'s or {@code hibernate.properties}'s).
   *
   * @param settings the properties
   * @throws SchemaGenerationEnabledException when any would generate or change the schema
   */
  public static void verify(Properties settings) {
    verify(toMap(settings));
  }

  /**
   * Lists the settings that would generate or change the schema, without throwing.
   *
   * @param settings the properties
   * @return the findings, in the map's iteration order; empty when all is well
   */
  public static List<SchemaGenerationSetting> findings(Map<String, ?> settings) {
    Objects.requireNonNull(settings, "settings");
    List<SchemaGenerationSetting> found = new ArrayList<>();
    for (Map.Entry<String, ?> e : settings.entrySet()) {
      String key = e.getKey();
      if (key == null) {
        continue;
      }
      Object raw = e.getValue();
      String value = raw == null ? "" : raw.toString().strip();
      String jpaName = key.startsWith(SPRING_PREFIX) ? key.substring(SPRING_PREFIX.length()) : key;
      if (jpaName.equals(HBM2DDL) || jpaName.equals(JAKARTA) || jpaName.equals(JAVAX)) {
        if (!harmless(value)) {
          found.add(new SchemaGenerationSetting(key, value, key + "=validate"));
        }
        continue;
      }
      String relaxed = relaxed(key);
      if (relaxed.equals(SPRING_DDL_AUTO) && !harmless(value)) {
        found.add(new SchemaGenerationSetting(key, value, key + "=validate"));
      } else if (relaxed.equals(SPRING_GENERATE_DDL) && value.equalsIgnoreCase("true")) {
        found.add(new SchemaGenerationSetting(key, value, key + "=false"));
      }
    }
    return found;
  }

  /**
   * Lists offending {@link Properties}.
   *
   * @param settings the properties
   * @return the findings
   */
  public static List<SchemaGenerationSetting> findings(Properties settings) {
    return findings(toMap(settings));
  }

  private static boolean harmless(String value) {
    String v = value.toLowerCase(Locale.ROOT).replace('_', '-');
    return v.isEmpty() || v.equals("none") || v.equals("validate");
  }

  /** Spring Boot's relaxed binding: case, dashes, underscores and dots do not matter. */
  private static String relaxed(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '.' && c != '-' && c != '_') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static Map<String, Object> toMap(Properties properties) {
    Objects.requireNonNull(properties, "settings");
    // Sorted for a stable message; entrySet rather than stringPropertyNames() because Hibernate
    // accepts non-String values (e.g. its Action enum) in Properties too.
    Map<String, Object> map = new TreeMap<>();
    for (Map.Entry<Object, Object> e : properties.entrySet()) {
      if (e.getKey() != null) {
        map.put(e.getKey().toString(), e.getValue());
      }
    }
    return map;
  }
}
