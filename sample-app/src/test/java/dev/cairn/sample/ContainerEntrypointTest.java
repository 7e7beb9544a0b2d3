package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.Main;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container-entrypoint flow: a release step runs {@code cairn migrate apply} against the
 * database, then the application starts with {@code cairn.mode=validate} (it applies nothing and
 * refuses to start unless the database is at the directory's head) and serves traffic.
 */
@WithPostgres
class ContainerEntrypointTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void migrateWithTheCliThenStartTheApplicationInValidateMode(ScratchDatabase db)
      throws IOException, InterruptedException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.execute(
            Clock.systemUTC(),
            new PrintWriter(out),
            new PrintWriter(err),
            "migrate",
            "apply",
            "--dir",
            "file://" + Repo.migrations(),
            "--url",
            db.jdbcUrl(),
            "--user",
            db.user(),
            "--password",
            db.password());
    assertThat(exit).as(err.toString()).isZero();
    String head = Repo.versions().get(Repo.versions().size() - 1);
    assertThat(out.toString()).contains("Migrated from version none to " + head);

    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)

            // Command-line arguments: they win over application.properties, as in a container.
            .run(
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--cairn.mode=validate",
                "--server.port=0",
                "--spring.main.banner-mode=off")) {
      String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
      Shop shop = Shop.seed(context);

      JsonNode health = get(base + "/actuator/health", 200);
      assertThat(health.path("status").asString()).isEqualTo("UP");

      JsonNode migrations = get(base + "/actuator/cairn", 200);
      assertThat(migrations.toString()).contains(head);

      JsonNode products = get(base + "/api/products", 200);
      assertThat(products.findValuesAsString("sku")).containsExactly("KN-001", "BD-002");

      HttpResponse<String> placed =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"customerId\": "
                              + shop.ada().getId()
                              + ", \"lines\": [{\"productId\": "
                              + shop.board().getId()
                              + ", \"quantity\": 2}]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
      assertThat(json.readTree(placed.body()).path("total").decimalValue())
          .isEqualByComparingTo("71.00");

      JsonNode history = get(base + "/api/customers/" + shop.ada().getId() + "/orders", 200);
      assertThat(history).hasSize(1);
      assertThat(history.get(0).path("status").asString()).isEqualTo("PENDING");
      assertThat(history.get(0).path("lineCount").asLong()).isEqualTo(1);

      HttpResponse<String> tooMany =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"customerId\": "
                              + shop.ada().getId()
                              + ", \"lines\": [{\"productId\": "
                              + shop.board().getId()
                              + ", \"quantity\": 5}]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(tooMany.statusCode()).isEqualTo(409);
      assertThat(tooMany.body()).contains("only 1 of BD-002 available");
    }
  }

  private JsonNode get(String url, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(expectedStatus);
    return json.readTree(r.body());
  }
}
