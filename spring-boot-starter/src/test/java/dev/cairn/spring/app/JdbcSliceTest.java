package dev.cairn.spring.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.runtime.guard.DdlNotAllowedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boot's test slices that initialize the data source ({@code @JdbcTest}, {@code @DataJpaTest}, …)
 * include Cairn: the slice's database is migrated and guarded like the application's.
 */
@JdbcTest(properties = "cairn.guard.privileges=off")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcSliceTest {
  private static final ScratchDatabase DB = PostgresServer.shared().createDatabase("slice");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::jdbcUrl);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void theSliceIsMigratedAndGuarded() {
    assertThat(
            jdbc.queryForList(
                "select version from atlas_schema_revisions.atlas_schema_revisions order by 1",
                String.class))
        .containsExactly("20240101000000", "20240102000000");
    assertThat(jdbc.update("insert into customer (name) values ('Ada')")).isEqualTo(1);
    assertThatThrownBy(() -> jdbc.execute("drop table purchase"))
        .hasRootCauseInstanceOf(DdlNotAllowedException.class);
  }
}
