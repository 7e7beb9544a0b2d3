package dev.cairn.spring;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.spring.actuate.CairnEndpointAutoConfiguration;
import dev.cairn.spring.actuate.CairnHealthContributorAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Context runners wired to a scratch database. */
final class Runners {
  private Runners() {}

  /** Boot's DataSource auto-configuration and Cairn's, without the privilege check. */
  static ApplicationContextRunner cairn(ScratchDatabase db) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                CairnAutoConfiguration.class,
                CairnEndpointAutoConfiguration.class,
                CairnHealthContributorAutoConfiguration.class))
        .withPropertyValues(datasource(db))
        .withPropertyValues("cairn.guard.privileges=off");
  }

  static String[] datasource(ScratchDatabase db) {
    return new String[] {
      "spring.datasource.url=" + db.jdbcUrl(),
      "spring.datasource.username=" + db.user(),
      "spring.datasource.password=" + db.password()
    };
  }
}
