package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.runtime.Cairn;
import dev.cairn.runtime.ChecksumMismatchException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.HistoryChangedException;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code cairn.mode=validate}: start only at the head, untampered; apply nothing. */
@WithPostgres
class ValidateModeTest {

  @Test
  void refusesToStartWithPendingMigrationsAndAppliesNothing(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    Cairn.configure()
        .dataSource(db.dataSource())
        .directory(dir.path())
        .load()
        .markApplied("20240101000000");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.mode=validate")
        .run(
            context -> {
              MigrationsPendingException e =
                  Failures.find(context.getStartupFailure(), MigrationsPendingException.class);
              assertThat(e.code()).isEqualTo(ErrorCode.MIGRATIONS_PENDING);
              assertThat(e)
                  .hasMessageContaining("version 20240101000000")
                  .hasMessageContaining("pending: 20240102000000_create_purchase.sql")
                  .hasMessageNotContaining("pending: 20240101000000")
                  .hasMessageContaining("cairn.mode=migrate-only");
              assertThat(Sql.tables(db)).isEmpty();
            });
  }

  @Test
  void startsWhenTheDatabaseIsAtTheHead(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    Cairn.configure().dataSource(db.dataSource()).directory(dir.path()).load().migrate();
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.mode=validate")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(CairnMigrationInitializer.class).mode())
                  .isEqualTo(CairnProperties.Mode.VALIDATE);
              assertThat(context.getBean(CairnMigrationInitializer.class).result()).isEmpty();
            });
  }

  @Test
  void refusesAnAppliedFileThatChangedAfterwards(ScratchDatabase db) {
    TestMigrations dir = TestMigrations.shop();
    Cairn.configure().dataSource(db.dataSource()).directory(dir.path()).load().migrate();
    dir.add(
        "20240101000000_create_customer.sql",
        TestMigrations.CUSTOMER.replace("varchar(200)", "varchar(300)"));
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.mode=validate")
        .run(
            context ->
                assertThat(
                        Failures.find(context.getStartupFailure(), HistoryChangedException.class))
                    .hasMessageContaining("20240101000000"));
  }

  @Test
  void refusesADirectoryThatNoLongerMatchesItsSum(ScratchDatabase db) throws IOException {
    TestMigrations dir = TestMigrations.shop();
    Cairn.configure().dataSource(db.dataSource()).directory(dir.path()).load().migrate();
    Files.writeString(
        dir.path().resolve("20240102000000_create_purchase.sql"), TestMigrations.PURCHASE + " ");
    Runners.cairn(db)
        .withPropertyValues(dir.property(), "cairn.mode=validate")
        .run(
            context ->
                assertThat(
                        Failures.find(context.getStartupFailure(), ChecksumMismatchException.class))
                    .hasMessageContaining("20240102000000_create_purchase.sql"));
  }
}
