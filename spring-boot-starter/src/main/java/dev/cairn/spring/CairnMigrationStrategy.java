package dev.cairn.spring;

import dev.cairn.runtime.Cairn;

/**
 * Replaces how the starter migrates at startup in the {@code migrate} and {@code migrate-only}
 * modes, e.g. to add logging or metrics around {@link Cairn#migrate()}, or to only report status.
 * Declare one as a bean; it runs at the same point the default migration would: before the {@code
 * EntityManagerFactory} and every bean that depends on database initialization.
 */
@FunctionalInterface
public interface CairnMigrationStrategy {

  /**
   * Migrates, or does whatever the application wants instead.
   *
   * @param cairn the configured runtime
   */
  void migrate(Cairn cairn);
}
