package dev.cairn.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several instances of an application starting at once against one database all come up. */
@WithPostgres
class ConcurrentStartupTest {
  private static final int INSTANCES = 4;

  @Test
  void instancesStartingTogetherAllComeUpAndEachFileRunsOnce(ScratchDatabase db) throws Exception {
    // A slow first file keeps the lock held while the other instances arrive.
    TestMigrations dir =
        TestMigrations.shop()
            .add("20240103000000_slow.sql", "SELECT pg_sleep(0.5);\nCREATE TABLE slow (id int);\n");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
    try {
      List<Future<Integer>> instances = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        instances.add(
            pool.submit(
                () -> {
                  start.await();
                  int[] applied = new int[1];
                  Runners.cairn(db)
                      .withPropertyValues(dir.property())
                      .run(
                          context -> {
                            assertThat(context).hasNotFailed();
                            applied[0] =
                                context
                                    .getBean(CairnMigrationInitializer.class)
                                    .result()
                                    .orElseThrow()
                                    .appliedCount();
                          });
                  return applied[0];
                }));
      }
      start.countDown();
      List<Integer> applied = new ArrayList<>();
      for (Future<Integer> f : instances) {
        applied.add(f.get(60, TimeUnit.SECONDS));
      }
      // Exactly one instance applied the three files; the others found nothing to do.
      assertThat(applied).containsExactlyInAnyOrder(3, 0, 0, 0);
    } finally {
      pool.shutdownNow();
    }
    assertThat(Sql.revisions(db))
        .containsExactly("20240101000000", "20240102000000", "20240103000000");
    assertThat(Sql.tables(db)).containsExactly("customer", "purchase", "slow");
  }
}
