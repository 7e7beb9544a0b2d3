package dev.cairn.bench.tools;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** Flyway, configured as its documentation shows: a data source and a file-system location. */
final class FlywayRunner {
  private FlywayRunner() {}

  static Flyway configure(Target t, Path flywayDir) {
    return Flyway.configure()
        .dataSource(t.jdbcUrl(), t.user(), t.password())
        .locations("filesystem:" + flywayDir.toAbsolutePath())
        .load();
  }

  static int migrate(Target t, Path flywayDir) {
    return configure(t, flywayDir).migrate().migrationsExecuted;
  }

  static int validate(Target t, Path flywayDir) {
    // validate() throws on any mismatch; this is what Spring Boot's validate-on-migrate runs too.
    configure(t, flywayDir).validate();
    return 0;
  }
}
