package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.MigrationStatus;
import dev.cairn.sample.domain.CardBrand;
import dev.cairn.sample.domain.PurchaseOrder;
import dev.cairn.sample.repository.PurchaseOrderRepository;
import dev.cairn.sample.service.OrderService;
import dev.cairn.test.CairnAssertions;
import dev.cairn.test.RecordingDriver;
import dev.cairn.test.StatementRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The startup guard test, as an application team would write it: the whole application starts on a
 * fresh database, the starter applies {@code migrations/} before JPA validates the entities, and
 * nothing the application itself sends — startup included — is DDL.
 *
 * <p>The application's data source goes through test-support's {@link RecordingDriver}; the starter
 * migrates through its own connection ({@code cairn.url}), as it would with a separate migration
 * user, so the recorder sees exactly the application's statements.
 */
@WithPostgres
class StartupGuardTest {

  @Test
  void theApplicationMigratesAtStartupAndNeverSendsDdl(ScratchDatabase db) {
    StatementRecorder recorder = StatementRecorder.global();
    recorder.clear();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .web(WebApplicationType.NONE)

            // Command-line arguments: they win over application.properties, as in a container.
            .run(
                "--spring.datasource.url=" + RecordingDriver.PREFIX + db.jdbcUrl().substring(5),
                // Boot cannot infer a driver from a jdbc:cairn-record: URL; name it.
                "--spring.datasource.driver-class-name=" + RecordingDriver.class.getName(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--cairn.url=" + db.jdbcUrl(),
                "--cairn.user=" + db.user(),
                "--cairn.password=" + db.password(),
                "--spring.main.banner-mode=off")) {
      MigrationStatus status = context.getBean(Cairn.class).status();
      assertThat(status.pending()).isEmpty();
      assertThat(status.applied()).hasSize(Repo.versions().size());

      Shop shop = Shop.seed(context);
      OrderService orders = context.getBean(OrderService.class);
      PurchaseOrder order =
          orders.place(
              shop.ada().getId(),
              List.of(
                  new OrderService.LineRequest(shop.knife().getId(), 2),
                  new OrderService.LineRequest(shop.board().getId(), 1)));
      orders.payByCard(order.getId(), CardBrand.VISA, "4242");
      List<PurchaseOrderRepository.OrderSummary> history =
          context.getBean(PurchaseOrderRepository.class).findSummaries(shop.ada().getId());
      assertThat(history)
          .singleElement()
          .satisfies(h -> assertThat(h.getStatus()).isEqualTo("PAID"));
      assertThat(history.get(0).getItemsTotal()).isEqualByComparingTo("213.50");

      CairnAssertions.assertThat(recorder)
          .executedNoDdl()
          .executedStatementsMatching("(?i)^insert into purchase_order")
          .executedStatementsMatching("(?i)^insert into card_payment")
          .executedStatementsMatching("(?i)from order_summary");
    }
  }
}
