package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.guard.DdlGuard;
import dev.cairn.runtime.guard.DdlNotAllowedException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations run as the role that owns the schema; the application connects as one that can only
 * read and write data — which the privilege check then confirms.
 */
@WithPostgres
class SeparateUsersTest {
  private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  private final String owner = "owner_" + suffix;
  private final String app = "app_" + suffix;
  private ScratchDatabase db;

  @BeforeEach
  void roles(ScratchDatabase db) {
    this.db = db;
    Sql.execute(db, "CREATE ROLE " + owner + " LOGIN PASSWORD 'owner-pw'");
    Sql.execute(db, "CREATE ROLE " + app + " LOGIN PASSWORD 'app-pw'");
    Sql.execute(db, "GRANT CREATE ON DATABASE \"" + db.name() + "\" TO " + owner);
    Sql.execute(db, "GRANT CREATE ON SCHEMA public TO " + owner);
    Sql.execute(
        db,
        "ALTER DEFAULT PRIVILEGES FOR ROLE "
            + owner
            + " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
            + app);
  }

  @AfterEach
  void dropRoles() {
    for (String role : List.of(owner, app)) {
      Sql.execute(db, "DROP OWNED BY " + role);
      Sql.execute(db, "DROP ROLE " + role);
    }
  }

  @Test
  void cairnUrlUserAndPasswordGiveMigrationsTheirOwnConnection() {
    Runners.cairn(db)
        .withPropertyValues(
            "spring.datasource.username=" + app,
            "spring.datasource.password=app-pw",
            "cairn.url=" + db.jdbcUrl(),
            "cairn.user=" + owner,
            "cairn.password=owner-pw",
            "cairn.guard.privileges=fail")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(owners()).containsExactly("customer:" + owner, "purchase:" + owner);
              DataSource appDataSource = context.getBean(DataSource.class);
              Sql.execute(appDataSource, "INSERT INTO customer (name) VALUES ('Ada')");
              assertThat(Sql.column(appDataSource, "select current_user")).containsExactly(app);
            });
  }

  @Test
  void cairnUserAloneReusesTheApplicationUrl() {
    Runners.cairn(db)
        .withPropertyValues(
            "spring.datasource.username=" + app,
            "spring.datasource.password=app-pw",
            "cairn.user=" + owner,
            "cairn.password=owner-pw")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(owners()).containsExactly("customer:" + owner, "purchase:" + owner);
              assertThat(context.getBean(DataSource.class).isWrapperFor(DdlGuard.class)).isTrue();
            });
  }

  @Test
  void theApplicationRoleCannotChangeTheSchemaEvenWithoutTheGuard() {
    Runners.cairn(db)
        .withPropertyValues(
            "spring.datasource.username=" + app,
            "spring.datasource.password=app-pw",
            "cairn.user=" + owner,
            "cairn.password=owner-pw")
        .run(
            context -> {
              DataSource guarded = context.getBean(DataSource.class);
              org.assertj.core.api.Assertions.assertThatThrownBy(
                      () -> Sql.execute(guarded, "ALTER TABLE customer ADD COLUMN x int"))
                  .isInstanceOf(DdlNotAllowedException.class);
              // Past the guard, PostgreSQL itself refuses: the role does not own the table.
              DataSource raw = guarded.unwrap(com.zaxxer.hikari.HikariDataSource.class);
              org.assertj.core.api.Assertions.assertThatThrownBy(
                      () -> Sql.execute(raw, "ALTER TABLE customer ADD COLUMN x int"))
                  .hasMessageContaining("must be owner of table customer");
            });
  }

  private List<String> owners() {
    return Sql.column(
        db,
        "select tablename || ':' || tableowner from pg_tables where schemaname = 'public'"
            + " order by 1");
  }
}
