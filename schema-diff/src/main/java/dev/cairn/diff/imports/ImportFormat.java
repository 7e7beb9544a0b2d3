package dev.cairn.diff.imports;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.util.Locale;

/** The migration tools whose files {@link MigrationImporter} converts. */
public enum ImportFormat {
  /** A Flyway location: {@code V<version>__<description>.sql}, {@code R__…} repeatables. */
  FLYWAY("flyway", "Flyway"),
  /** A Liquibase formatted-SQL changelog ({@code --liquibase formatted sql}). */
  LIQUIBASE("liquibase", "Liquibase"),
  /** A golang-migrate directory: {@code <version>_<title>.up.sql} and {@code .down.sql}. */
  GOLANG_MIGRATE("golang-migrate", "golang-migrate"),
  /** A goose directory: {@code <version>_<name>.sql} with {@code -- +goose Up/Down}. */
  GOOSE("goose", "goose");

  private final String id;
  private final String displayName;

  ImportFormat(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * The name used on the command line.
   *
   * @return e.g. {@code golang-migrate}
   */
  public String id() {
    return id;
  }

  /**
   * The tool's name for messages.
   *
   * @return e.g. {@code Flyway}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Parses a command-line name.
   *
   * @param name {@code flyway}, {@code liquibase}, {@code golang-migrate} or {@code goose}
   * @return the format
   * @throws CairnException with {@link ErrorCode#INVALID_CONFIGURATION} for any other name
   */
  public static ImportFormat parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ImportFormat f : values()) {
      if (f.id.equals(n) || (f == GOLANG_MIGRATE && n.equals("migrate"))) {
        return f;
      }
    }
    throw new CairnException(
        ErrorCode.INVALID_CONFIGURATION,
        "Unknown migration tool '"
            + name
            + "'; Cairn imports flyway, liquibase, golang-migrate and goose.");
  }
}
