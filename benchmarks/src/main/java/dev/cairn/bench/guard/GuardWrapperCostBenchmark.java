package dev.cairn.bench.guard;

import dev.cairn.runtime.guard.DdlGuard;
import dev.cairn.runtime.guard.GuardOptions;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The guard's own CPU cost per JDBC operation, without a database: the same statement cycle
 * (prepare, bind, execute, read a column, close) on an in-memory stub driver, raw, guarded and
 * through {@link ProxyGuard}. The stub is identical in every arm, so the differences are the
 * wrappers' cost — which {@link GuardJdbcOverheadBenchmark} cannot resolve against the noise of a
 * real round trip. Divide the difference by that round trip for the end-to-end overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GuardWrapperCostBenchmark {
  private static final String SQL =
      "select id, customer_id, status, total, version from orders where id = ?";

  /**
   * {@code raw}: the stub; {@code guarded}: {@link DdlGuard}; {@code proxy}: {@link ProxyGuard}.
   */
  @Param({"raw", "guarded", "proxy"})
  public String wrapping;

  private Connection connection;
  private long id;

  /** Builds the stub driver and wraps it. */
  @Setup
  public void setUp() {
    Connection stub = StubDriver.connection();
    connection =
        switch (wrapping) {
          case "guarded" -> DdlGuard.create(GuardOptions.defaults()).protect(stub);
          case "proxy" -> ProxyGuard.wrap(stub);
          default -> stub;
        };
  }

  /**
   * One statement cycle.
   *
   * @return the column read
   * @throws SQLException never, from the stub
   */
  @Benchmark
  public String statementCycle() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(SQL)) {
      ps.setLong(1, id++);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(3);
      }
    }
  }

  /** An in-memory JDBC driver that answers every call at once (proxies, same in every arm). */
  static final class StubDriver {
    private StubDriver() {}

    static Connection connection() {
      ResultSet rs = stub(ResultSet.class, null);
      PreparedStatement ps = stub(PreparedStatement.class, rs);
      return stub(Connection.class, ps);
    }

    private static <T> T stub(Class<T> type, Object child) {
      return type.cast(
          Proxy.newProxyInstance(
              StubDriver.class.getClassLoader(),
              new Class<?>[] {type},
              (proxy, method, args) -> {
                Class<?> r = method.getReturnType();
                if (child != null && r.isInstance(child)) {
                  return child;
                }
                if (r == boolean.class) {
                  return Boolean.TRUE;
                }
                if (r == int.class) {
                  return 1;
                }
                if (r == long.class) {
                  return 1L;
                }
                if (r == String.class) {
                  return "NEW";
                }
                return null;
              }));
    }
  }
}
