package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.junit.WithPostgres;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips between realistic, hand-written schemas (files under {@code roundtrip/}). */
@WithPostgres
class RealisticRoundTripTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("empty to rich", "", SqlScripts.resource("/inspect/rich.sql"), ""),
        Arguments.of("rich to empty", SqlScripts.resource("/inspect/rich.sql"), "", ""),
        Arguments.of("empty to exotic", "", SqlScripts.resource("/roundtrip/exotic.sql"), ""),
        Arguments.of("exotic to empty", SqlScripts.resource("/roundtrip/exotic.sql"), "", ""),
        Arguments.of(
            "rich to exotic",
            SqlScripts.resource("/inspect/rich.sql"),
            SqlScripts.resource("/roundtrip/exotic.sql"),
            ""),
        Arguments.of(
            "shop release with renames",
            SqlScripts.resource("/roundtrip/shop_v1.sql"),
            SqlScripts.resource("/roundtrip/shop_v2.sql"),
            "public.customer=customers public.customers.mail=email"),
        Arguments.of(
            "shop release rolled back",
            SqlScripts.resource("/roundtrip/shop_v2.sql"),
            SqlScripts.resource("/roundtrip/shop_v1.sql"),
            "public.customers=customer public.customer.email=mail"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void roundTrips(String name, String current, String desired, String hints, PostgresServer server)
      throws SQLException {
    RenameHints h = RenameHints.none();
    for (String hint : hints.split("\\s+")) {
      if (!hint.isBlank()) {
        h = h.parse(hint);
      }
    }
    try (RoundTrip rt = new RoundTrip(server)) {
      RoundTrip.Result r = rt.run(current, desired, h, PlanOptions.defaults());
      assertThat(r.plan().isEmpty()).isEqualTo(r.diff().changes().isEmpty());
    }
  }
}
