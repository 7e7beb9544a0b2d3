package dev.cairn.maven.internal;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import java.util.function.Consumer;

/**
 * Opens the dev database of a goal: the configured URL, else {@code CAIRN_DEV_URL}, else the
 * embedded server of the configured PostgreSQL version. Shared by every goal that replays SQL.
 */
public final class DevDatabaseOpener {
  private static final String QUIET_EMBEDDED = "org.slf4j.simpleLogger.log.io.zonky";

  private DevDatabaseOpener() {}

  /**
   * Opens the dev database; the caller closes it.
   *
   * @param devUrl the configured URL, or null/blank
   * @param databaseVersion the PostgreSQL major version for the embedded default
   * @param log where the one line naming the dev database goes
   * @return the dev database
   */
  public static DevDatabase open(String devUrl, int databaseVersion, Consumer<String> log) {
    String u = devUrl;
    if (u == null || u.isBlank()) {
      u = System.getenv("CAIRN_DEV_URL");
    }
    if (u == null || u.isBlank()) {
      u = "embedded:postgres:" + databaseVersion;
    }
    if (u.startsWith("embedded:")) {
      ShutdownSafety.prepare();
      // The embedded server's own start-up chatter (initdb, server log) would fill the build log;
      // Cairn reports the start in one line. Maven's logger reads levels from system properties
      // when a logger is created, so this must happen before the first start.
      if (System.getProperty(QUIET_EMBEDDED) == null) {
        System.setProperty(QUIET_EMBEDDED, "warn");
      }
    }
    DevDatabase dev = DevDatabases.open(u);
    log.accept("Dev database: " + dev.description());
    return dev;
  }
}
