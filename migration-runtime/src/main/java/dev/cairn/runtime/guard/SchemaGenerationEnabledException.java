package dev.cairn.runtime.guard;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.util.List;

/**
 * Thrown by {@link DdlSettingsCheck} when Hibernate/JPA/Spring settings would generate or change
 * the schema at startup. Code {@link ErrorCode#SCHEMA_GENERATION_ENABLED}.
 */
public class SchemaGenerationEnabledException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final transient List<SchemaGenerationSetting> settings;

  /**
   * Creates the exception.
   *
   * @param settings the offending settings (at least one)
   */
  public SchemaGenerationEnabledException(List<SchemaGenerationSetting> settings) {
    super(ErrorCode.SCHEMA_GENERATION_ENABLED, message(settings));
    this.settings = List.copyOf(settings);
  }

  /**
   * The offending settings.
   *
   * @return the settings, in the order found
   */
  public List<SchemaGenerationSetting> settings() {
    return settings;
  }

  private static String message(List<SchemaGenerationSetting> settings) {
    StringBuilder b =
        new StringBuilder(
            "Hibernate would change the schema at startup, but Cairn's migrations own it:");
    for (SchemaGenerationSetting s : settings) {
      b.append("\n  ").append(s.property()).append(" = ").append(s.value());
    }
    b.append("\nSet ");
    for (int i = 0; i < settings.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(settings.get(i).fix());
    }
    b.append(
        " (or remove the setting), and put schema changes into a migration with `cairn migrate"
            + " diff <name>`.");
    return b.toString();
  }
}
