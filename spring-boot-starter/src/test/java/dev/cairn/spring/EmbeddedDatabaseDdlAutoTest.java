package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Boot defaults Hibernate's {@code ddl-auto} to {@code create-drop} on an embedded database unless
 * a {@code SchemaManagementProvider} says the schema is managed. Cairn's does. (H2 stands in for
 * "embedded"; Cairn itself is told not to migrate it.)
 */
class EmbeddedDatabaseDdlAutoTest {

  @ParameterizedTest
  @CsvSource({"true, ", "false, create-drop"})
  void cairnKeepsBootFromDefaultingToCreateDrop(boolean cairnEnabled, String expected) {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                HibernateJpaAutoConfiguration.class,
                CairnAutoConfiguration.class))
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:ddlauto" + cairnEnabled + ";DB_CLOSE_DELAY=-1",
            "cairn.enabled=" + cairnEnabled,
            "cairn.guard.privileges=off")
        .withBean(CairnMigrationStrategy.class, () -> cairn -> {})
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              Object ddlAuto =
                  context
                      .getBean(LocalContainerEntityManagerFactoryBean.class)
                      .getJpaPropertyMap()
                      .get("hibernate.hbm2ddl.auto");
              assertThat(ddlAuto).isEqualTo(expected);
            });
  }
}
