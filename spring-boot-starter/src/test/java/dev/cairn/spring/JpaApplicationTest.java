package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.spring.app.Customer;
import dev.cairn.spring.app.Purchase;
import dev.cairn.spring.app.ShopApplication;
import dev.cairn.test.CairnAssertions;
import dev.cairn.test.StatementRecorder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A whole Spring Boot application with Hibernate on embedded PostgreSQL: migrations run before JPA
 * initialises (Hibernate's {@code ddl-auto=validate} passes only if the tables exist), and the
 * application itself sends no DDL.
 */
@WithPostgres
@ExtendWith(OutputCaptureExtension.class)
class JpaApplicationTest {

  @Test
  void migrationsRunBeforeJpaAndTheApplicationSendsNoDdl(ScratchDatabase db, CapturedOutput out) {
    try (ConfigurableApplicationContext context =
        app(db).sources(RecordingConfiguration.class).run()) {
      assertThat(Sql.revisions(db)).containsExactly("20240101000000", "20240102000000");

      EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
      try {
        em.getTransaction().begin();
        Customer ada = new Customer("Ada", "ada@example.org");
        em.persist(ada);
        em.persist(new Purchase(ada, new BigDecimal("12.50")));
        em.getTransaction().commit();
        assertThat(
                em.createQuery("select sum(p.amount) from Purchase p", BigDecimal.class)
                    .getSingleResult())
            .isEqualByComparingTo("12.50");
      } finally {
        em.close();
      }

      StatementRecorder recorder = context.getBean(StatementRecorder.class);
      CairnAssertions.assertThat(recorder)
          .executedNoDdl()
          .executedStatementsMatching("(?i)^insert into purchase");
    }
    // The markers the migrate-only test expects to be absent do appear in a normal start.
    assertThat(out).contains("SHOP SERVICE CREATED").contains("SHOP RUNNER RAN");
  }

  @Test
  void withoutCairnTheSameApplicationFailsHibernateValidation(ScratchDatabase db) {
    assertThatThrownBy(() -> app(db).properties("cairn.enabled=false").run().close())
        .hasStackTraceContaining("missing table");
    assertThat(Sql.tables(db)).isEmpty();
  }

  @Test
  void ddlAutoUpdateStopsTheApplicationBeforeItTouchesTheDatabase(ScratchDatabase db) {
    assertThatThrownBy(
            () -> app(db).properties("spring.jpa.hibernate.ddl-auto=update").run().close())
        .hasStackTraceContaining("spring.jpa.hibernate.ddl-auto = update")
        .hasStackTraceContaining("spring.jpa.hibernate.ddl-auto=validate");
    assertThat(Sql.tables(db)).isEmpty();
  }

  static SpringApplicationBuilder app(ScratchDatabase db) {
    return new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties(Runners.datasource(db))
        .properties(
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.main.banner-mode=off",
            "cairn.guard.privileges=off");
  }

  @Configuration(proxyBeanMethods = false)
  static class RecordingConfiguration {
    @Bean
    static StatementRecorder recorder() {
      return StatementRecorder.create();
    }

    /** Wraps outside the guard: sees exactly what the application sends. */
    @Bean
    static BeanPostProcessor recordingPostProcessor(
        org.springframework.beans.factory.ObjectProvider<StatementRecorder> recorder) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds ? recorder.getObject().wrap(ds) : bean;
        }
      };
    }
  }
}
