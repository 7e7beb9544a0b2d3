package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.model.Database;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Loading the two states of a diff side by side, and failing the way a single load would. */
class StatesTest {

  private static Database load(DevDatabase dev, String sql) {
    return SchemaSource.sql("test", sql).load(dev);
  }

  private static int tables(Database db) {
    return db.schemas().stream().mapToInt(s -> s.tables().size()).sum();
  }

  @Test
  void bothStatesLoadAtTheSameTimeOnAServerDevDatabase() throws Exception {
    try (DevDatabase dev = DevDatabases.open("embedded:postgres:17")) {
      assertThat(dev.concurrent()).isTrue();
      // Each side waits for the other to have started: only a side-by-side load gets through.
      CountDownLatch started = new CountDownLatch(2);
      States states =
          States.load(
              dev,
              () -> {
                started.countDown();
                await(started);
                return load(dev, "CREATE TABLE a (id int); CREATE TABLE b (id int);");
              },
              () -> {
                started.countDown();
                await(started);
                return load(dev, "CREATE TABLE c (id int);");
              });
      assertThat(tables(states.current())).isEqualTo(2);
      assertThat(tables(states.desired())).isEqualTo(1);
    }
  }

  @Test
  void aFailingStateFailsTheLoadWithItsOwnError() {
    try (DevDatabase dev = DevDatabases.open("embedded:postgres:17")) {
      assertThatThrownBy(
              () ->
                  States.load(
                      dev,
                      () -> load(dev, "CREATE TABLE a (id int); CREATE TABLE a (id int);"),
                      () -> load(dev, "CREATE TABLE c (id int);")))
          .isInstanceOf(SchemaSourceException.class)
          .hasMessageContaining("already exists");
      assertThatThrownBy(
              () ->
                  States.load(
                      dev,
                      () -> load(dev, "CREATE TABLE a (id int);"),
                      () -> load(dev, "CREATE TABLE c (id nosuchtype);")))
          .isInstanceOf(SchemaSourceException.class)
          .hasMessageContaining("nosuchtype");
    }
  }

  @Test
  void whenBothFailTheCurrentStatesErrorComesFirstWithTheOtherSuppressed() {
    try (DevDatabase dev = DevDatabases.open("embedded:postgres:17")) {
      assertThatThrownBy(
              () ->
                  States.load(
                      dev,
                      () -> load(dev, "CREATE TABLE a (id nosuchtype);"),
                      () -> load(dev, "CREATE TABLE c (id othertype);")))
          .hasMessageContaining("nosuchtype")
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .singleElement()
                      .satisfies(s -> assertThat(s).hasMessageContaining("othertype")));
    }
  }

  @Test
  void aDevDatabaseThatServesOneOperationAtATimeLoadsOneStateAfterTheOther() {
    try (DevDatabase server = DevDatabases.open("embedded:postgres:17")) {
      DevDatabase oneAtATime = new OneAtATime(server);
      String[] threads = new String[2];
      States states =
          States.load(
              oneAtATime,
              () -> {
                threads[0] = Thread.currentThread().getName();
                return load(oneAtATime, "CREATE TABLE a (id int);");
              },
              () -> {
                threads[1] = Thread.currentThread().getName();
                return load(oneAtATime, "CREATE TABLE b (id int); CREATE TABLE c (id int);");
              });
      assertThat(threads[0]).isEqualTo(threads[1]).isEqualTo(Thread.currentThread().getName());
      assertThat(tables(states.current())).isEqualTo(1);
      assertThat(tables(states.desired())).isEqualTo(2);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other state started").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A dev database like a single configured one: a second acquire while one is in use fails. */
  private static final class OneAtATime implements DevDatabase {
    private final DevDatabase server;
    private boolean busy;

    OneAtATime(DevDatabase server) {
      this.server = server;
    }

    @Override
    public synchronized CleanDatabase acquire() {
      assertThat(busy).as("a second acquire while the first is in use").isFalse();
      busy = true;
      CleanDatabase db = server.acquire();
      return new CleanDatabase() {
        @Override
        public String name() {
          return db.name();
        }

        @Override
        public String jdbcUrl() {
          return db.jdbcUrl();
        }

        @Override
        public javax.sql.DataSource dataSource() {
          return db.dataSource();
        }

        @Override
        public void close() {
          db.close();
          release();
        }
      };
    }

    private synchronized void release() {
      busy = false;
    }

    @Override
    public String description() {
      return "one at a time";
    }

    @Override
    public int majorVersion() {
      return server.majorVersion();
    }

    @Override
    public void close() {}
  }
}
