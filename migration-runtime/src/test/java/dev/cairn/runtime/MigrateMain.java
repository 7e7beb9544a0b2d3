package dev.cairn.runtime;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A separate migrator process for the reliability tests: {@code MigrateMain <jdbc-url> <user>
 * <password> <directory>}. Prints {@code applied=<n> version=<v>} and exits 0, or prints the error
 * and exits 1.
 */
public final class MigrateMain {
  private MigrateMain() {}

  public static void main(String[] args) {
    try {
      MigrateResult r =
          Cairn.configure()
              .url(args[0], args[1], args[2].isEmpty() ? null : args[2])
              .directory(Path.of(args[3]))
              .lockTimeout(Duration.ofMinutes(2))
              .load()
              .migrate();
      System.out.println("applied=" + r.appliedCount() + " version=" + r.currentVersion());
      System.exit(0);
    } catch (RuntimeException e) {
      e.printStackTrace(System.out);
      System.exit(1);
    }
  }
}
